import Rules

/// What `sharing.record` records: one disclosure of students' data to a recipient (rules.md §5
/// "Sharing register fields"), the facts an access request must be able to name (AVG art.
/// 15(1)(c); CJEU C-154/21) and a withdrawal must be able to trace (art. 19).
public struct DisclosureInput: Sendable {
  /// One student whose data was disclosed.
  public struct Student: Sendable {
    /// The student's id in the school's administration.
    public var id: String
    /// Birth date: the age on the disclosure date is recorded, the date itself is not.
    public var birthDate: CivilDate
    /// This student's consent, when it differs per student (basis AVG6_1a).
    public var consentID: String?

    /// A student.
    public init(id: String, birthDate: CivilDate, consentID: String? = nil) {
      self.id = id
      self.birthDate = birthDate
      self.consentID = consentID
    }
  }

  /// The recipient organisation.
  public var recipientName: String
  /// What the recipient is to the school.
  public var recipientRole: RecipientRole
  /// Why the data was shared.
  public var purpose: String
  /// The art. 6(1) basis.
  public var legalBasis: SharingBasis
  /// The law laying down a (c) or (e) basis (art. 6(3)), e.g. "WPO art. 42".
  public var specificLaw: String?
  /// The kinds of data shared.
  public var dataCategories: [String]
  /// Whose data.
  public var students: [Student]
  /// When.
  public var disclosedOn: CivilDate
  /// When the parents were told (informing instead of consent, decision 41).
  public var parentsInformedOn: CivilDate?
  /// How they were told (letter, portal message, ...).
  public var informedHow: String?
  /// The consent for every student (basis AVG6_1a), unless given per student.
  public var consentID: String?
  /// Whom the school told, when and how (decision 41; Protocol/sharing.md "Informing").
  public var informed: [Informing] = []
  /// The school the disclosure belongs to (issue 18 §1; decision 51), nil for the whole board: only
  /// callers for that school see it, and its consents and assessment must be of the same school.
  public var school: String? = nil

  /// An input.
  public init(
    recipientName: String, recipientRole: RecipientRole, purpose: String, legalBasis: SharingBasis,
    specificLaw: String? = nil, dataCategories: [String], students: [Student], disclosedOn: CivilDate,
    parentsInformedOn: CivilDate? = nil, informedHow: String? = nil, consentID: String? = nil, informed: [Informing] = [],
    school: String? = nil
  ) {
    self.recipientName = recipientName
    self.recipientRole = recipientRole
    self.purpose = purpose
    self.legalBasis = legalBasis
    self.specificLaw = specificLaw
    self.dataCategories = dataCategories
    self.students = students
    self.disclosedOn = disclosedOn
    self.parentsInformedOn = parentsInformedOn
    self.informedHow = informedHow
    self.consentID = consentID
    self.informed = informed
    self.school = school
  }
}
