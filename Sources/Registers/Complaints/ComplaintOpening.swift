import JSON
import Rules
import Wording

/// What `complaints.open` records: the dossier S&V describes (rules.md §7): complainant, accused,
/// description, plus the recorded consent, the counsellor, and special categories with reasons.
public struct ComplaintOpening: Sendable {
  /// Who complains.
  public var complainant: ComplaintParty
  /// Who the complaint is about, if anyone.
  public var accused: ComplaintParty?
  /// The complaint: facts and circumstances only (S&V).
  public var description: String
  /// The complaint's category code (for the annual report), if chosen.
  public var category: ComplaintCategory?
  /// The complainant's explicit consent; `nil` refuses the dossier (decision 47).
  public var consent: ComplaintConsent?
  /// Special categories, each with why it is directly related.
  public var specialCategories: [SpecialCategoryNote]
  /// Who handles it.
  public var counsellor: Counsellor
  /// When the dossier was opened.
  public var openedAt: Instant
  /// The school or location (decision 51).
  public var school: String?

  /// An opening.
  public init(
    complainant: ComplaintParty, accused: ComplaintParty? = nil, description: String,
    category: ComplaintCategory? = nil, consent: ComplaintConsent?, specialCategories: [SpecialCategoryNote] = [],
    counsellor: Counsellor, openedAt: Instant, school: String? = nil
  ) {
    self.complainant = complainant
    self.accused = accused
    self.description = description
    self.category = category
    self.consent = consent
    self.specialCategories = specialCategories
    self.counsellor = counsellor
    self.openedAt = openedAt
    self.school = school
  }
}

extension Complaints {
  /// Opens a dossier. Refused (-32602) without the complainant's explicit consent on `consent`,
  /// and for a special category without a reason on `specialCategories[i].reason` (decision 47).
  /// The id's year is the Amsterdam year of `openedAt`. The change's `prompt` is the reminder of
  /// decision 49 (reporting duty or aangifte), returned to the caller with the record.
  public static func open(_ input: ComplaintOpening, in register: Register, now: Instant, by actor: String)
    throws(RegisterError) -> RegisterChange
  {
    guard let consent = input.consent else {
      throw .invalid("consent", Texts.Complaints.consentRequired.string)
    }
    let consentJSON = try consent.json(openedAt: input.openedAt)
    let complainant = try input.complainant.json(field: "complainant")
    let accused = try input.accused.map { p throws(RegisterError) in try p.json(field: "accused") }
    let description = try requiredText(input.description, field: "description")
    var notes: [JSONValue] = []
    for (i, note) in input.specialCategories.enumerated() { notes.append(try note.json(index: i)) }
    let id = register.nextID(year: Amsterdam.date(of: input.openedAt).year)
    var record: JSONObject = [
      "id": .string(id), "status": .string(ComplaintMachine.initial), "complainant": complainant,
    ]
    if let accused { record["accused"] = accused }
    record["description"] = .string(description)
    if let c = input.category { record["category"] = .string(c.rawValue) }
    record["consent"] = consentJSON
    record["specialCategories"] = .array(notes)
    record["counsellor"] = try input.counsellor.json()
    record["openedAt"] = .string(Amsterdam.format(input.openedAt))
    if let s = input.school { record["school"] = .string(s) }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    record["reports"] = []
    return RegisterChange(
      type: "\(name).opened", id: id, record: record,
      change: ["openedAt": record["openedAt"] ?? .null, "prompt": CounsellorPrompt.json(isStaff: input.counsellor.isStaff)])
  }
}
