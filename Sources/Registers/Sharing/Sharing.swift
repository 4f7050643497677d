import JSON
import Rules
import Wording

/// The register of disclosures to third parties (rules.md §5): every time students' data leaves
/// the school, with its art. 6(1) basis. It feeds the recipients part of an access answer (AVG
/// art. 15(1)(c), CJEU C-154/21 Österreichische Post, decision 25) and the art. 19 notices after
/// a withdrawal or erasure. A disclosure is a fact: recorded once, never changed or deleted here.
public enum Sharing {
  /// The register's name (and event-type prefix).
  public static let name = "sharing"
  /// The id prefix: `S-2026-0001`.
  public static let idPrefix = "S"

  /// Records a disclosure. Consent (6(1)(a)) needs a consent per student that covers that student
  /// (1003 otherwise), is not withdrawn by the disclosure date and covers its purpose and data
  /// (1006 otherwise); (c) and (e) need the specific law (art. 6(3); -32602 otherwise) and record
  /// whom the school informed (`informed`; decision 41): for a student of 18 or more, informing
  /// only the parents is refused (-32602), since telling them is itself a disclosure.
  public static func record(
    _ input: DisclosureInput, in register: Register, consents: Register, now: Instant, by actor: String,
    convention: LeapDayConvention = .default
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    guard input.disclosedOn <= today else { throw .invalid("disclosedOn", Texts.Processing.inTheFuture(input.disclosedOn.description, today: today.description).string) }
    guard !input.students.isEmpty else { throw .invalid("students", Texts.Sharing.nameStudent.string) }
    guard !input.dataCategories.isEmpty else { throw .invalid("dataCategories", Texts.Sharing.nameDataCategory.string) }
    let law = input.specificLaw.flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
    if input.legalBasis.needsSpecificLaw, law == nil {
      throw .invalid("specificLaw", Texts.Sharing.specificLawRequired(input.legalBasis.rawValue).string)
    }
    if input.legalBasis != .AVG6_1a, input.consentID != nil || input.students.contains(where: { $0.consentID != nil }) {
      throw .invalid("consentId", Texts.Sharing.consentOnlyOnConsent(input.legalBasis.rawValue).string)
    }
    if input.parentsInformedOn != nil, input.informedHow == nil {
      throw .invalid("informedHow", Texts.Sharing.sayHowInformed.string)
    }
    if input.informedHow != nil, input.parentsInformedOn == nil {
      throw .invalid("parentsInformedOn", Texts.Sharing.requiredWithInformedHow.string)
    }
    if input.parentsInformedOn != nil, !input.informed.isEmpty {
      throw .invalid("parentsInformedOn", Texts.Sharing.informOnce.string)
    }
    var informed = input.informed
    if let on = input.parentsInformedOn, let how = input.informedHow {
      informed.append(Informing(whom: .legalRepresentatives, on: on, how: how))
    }
    let legacy = input.parentsInformedOn != nil && input.informed.isEmpty
    for (i, entry) in informed.enumerated() {
      if legacy {
        try checkInforming(entry, today: today, onField: "parentsInformedOn", howField: "informedHow")
      } else {
        try checkInforming(entry, today: today, onField: "informed[\(i)].on", howField: "informed[\(i)].how")
      }
    }
    var students: [JSONValue] = []
    var consentIDs: [String] = []
    for (i, s) in input.students.enumerated() {
      guard s.birthDate <= input.disclosedOn else {
        throw .invalid("students[\(i)].birthDate", Texts.Sharing.bornAfterDisclosure(s.birthDate.description, disclosedOn: input.disclosedOn.description).string)
      }
      let age = Rules.age(birthDate: s.birthDate, on: input.disclosedOn, convention: convention)
      if age >= 18, !informed.isEmpty, !informed.contains(where: { $0.whom == .student }) {
        throw .invalid(legacy ? "parentsInformedOn" : "informed", adultParentsOnly(s.id, age: age).string)
      }
      var entry: JSONObject = ["id": .string(s.id), "ageOnDisclosure": .int(age)]
      if input.legalBasis == .AVG6_1a {
        let consent = try consentFor(s, index: i, input, in: consents)
        entry["consentId"] = .string(consent.id)
        if !consentIDs.contains(consent.id) { consentIDs.append(consent.id) }
        if age >= 16, let giver = consent.givenBy, giver != .student, consent.json["ageOnGiving"]?.intValue.map({ $0 < 16 }) == true {
          entry["reconfirmationAdvised"] = true
        }
      }
      students.append(.object(entry))
    }
    let id = register.nextID(year: input.disclosedOn.year)
    var record: JSONObject = [
      "id": .string(id), "status": "recorded",
      "recipient": ["name": .string(input.recipientName), "role": .string(input.recipientRole.rawValue)],
      "purpose": .string(input.purpose), "legalBasis": .string(input.legalBasis.rawValue),
      "dataCategories": .array(input.dataCategories.map(JSONValue.string)), "students": .array(students),
      "disclosedOn": .string(input.disclosedOn.description),
    ]
    if let law { record["specificLaw"] = .string(law) }
    if let school = input.school { record["school"] = .string(school) }
    record["informed"] = .array(informed.map(json))
    if !consentIDs.isEmpty { record["consentIds"] = .array(consentIDs.map(JSONValue.string)) }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    record = withInforming(record)
    return RegisterChange(
      type: "\(name).recorded", id: id, record: record,
      change: ["recipient": .string(input.recipientName), "legalBasis": .string(input.legalBasis.rawValue), "students": .int(students.count)])
  }
}
