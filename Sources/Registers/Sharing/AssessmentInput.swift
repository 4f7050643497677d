import Rules

/// What `sharing.assess` weighs before a disclosure: the planned recipient, purpose, students and
/// data, and the basis if the school already has one in mind (NJi, Handreiking
/// gegevensuitwisseling; rules.md §5). Birth dates decide who gives consent or is informed (UAVG
/// art. 5); they are not stored, the ages on the assessment date are.
public struct AssessmentInput: Sendable {
  /// The recipient organisation.
  public var recipientName: String
  /// What the recipient is to the school.
  public var recipientRole: RecipientRole
  /// Why the data would be shared.
  public var purpose: String
  /// Whose data.
  public var students: [DisclosureInput.Student]
  /// The kinds of data.
  public var dataCategories: [String]
  /// The art. 6(1) basis as given (`AVG6_1a` … `AVG6_1f`), nil when not chosen yet. Kept as text so
  /// `AVG6_1f` can be answered with a stop and its reason instead of a bare refusal.
  public var legalBasis: String?
  /// The law for a (c) or (e) basis (art. 6(3)).
  public var specificLaw: String?
  /// The consent for every student (basis AVG6_1a), unless given per student.
  public var consentID: String?
  /// The art. 9(2) exception relied on for special categories (e.g. "UAVG art. 30 lid 2").
  public var art9Exception: String?
  /// The school the planned disclosure belongs to (issue 18 §1), nil for the whole board; a
  /// disclosure resting on the assessment must be of the same school.
  public var school: String?

  /// An input.
  public init(
    recipientName: String, recipientRole: RecipientRole = .thirdPartyController, purpose: String,
    students: [DisclosureInput.Student], dataCategories: [String], legalBasis: String? = nil, specificLaw: String? = nil,
    consentID: String? = nil, art9Exception: String? = nil, school: String? = nil
  ) {
    self.recipientName = recipientName
    self.recipientRole = recipientRole
    self.purpose = purpose
    self.students = students
    self.dataCategories = dataCategories
    self.legalBasis = legalBasis
    self.specificLaw = specificLaw
    self.consentID = consentID
    self.art9Exception = art9Exception
    self.school = school
  }
}
