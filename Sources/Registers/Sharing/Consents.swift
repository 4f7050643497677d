import JSON
import Rules
import Wording

/// The consent register: consents for disclosures and other processing on AVG art. 6(1)(a),
/// each for one student, given by whoever holds consent on that date (UAVG art. 5; decision 42).
/// A consent given by a parent before the 16th birthday stays valid after it; from 16 the
/// student may withdraw it, before 16 only a legal representative may (art. 7(3); UAVG art. 5(1);
/// rules.md §1.5; decision 43).
public enum Consents {
  /// The register's name (and event-type prefix).
  public static let name = "consents"
  /// The id prefix: `C-2026-0001`.
  public static let idPrefix = "C"

  /// Records a consent; 1003 when the giver does not hold consent for the student on `givenOn`
  /// (under 16 a parent or guardian, from 16 the student, a curator only for an adult).
  public static func record(
    _ input: ConsentInput, in register: Register, now: Instant, by actor: String, convention: LeapDayConvention = .default
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    guard input.givenOn <= today else { throw .invalid("givenOn", Texts.Processing.inTheFuture(input.givenOn.description, today: today.description).string) }
    let who = try entitlement(input.relationship, birthDate: input.birthDate, on: input.givenOn, convention: convention, field: "givenBy.relationship")
    guard !input.scope.isEmpty else { throw .invalid("scope", Texts.Sharing.nameScope.string) }
    let age = Rules.age(birthDate: input.birthDate, on: input.givenOn, convention: convention)
    let id = register.nextID(year: input.givenOn.year)
    var record: JSONObject = [
      "id": .string(id), "status": .string(ConsentMachine.initial),
      "student": ["id": .string(input.studentID), "birthDate": .string(input.birthDate.description)],
      "givenBy": ["relationship": .string(input.relationship.rawValue), "name": .string(input.giverName)],
      "scope": .array(input.scope.map(JSONValue.string)), "purpose": .string(input.purpose),
      "givenOn": .string(input.givenOn.description), "ageOnGiving": .int(age), "holderBasis": .string(who.basis.article),
    ]
    if let school = input.school { record["school"] = .string(school) }
    if age < 16 {
      record["studentTakesOverOn"] = .string(anniversary(of: input.birthDate, years: 16, convention: convention).description)
    }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    return RegisterChange(
      type: "\(name).recorded", id: id, record: record,
      change: ["student": .string(input.studentID), "givenBy": .string(input.relationship.rawValue), "givenOn": .string(input.givenOn.description)])
  }

  /// Withdraws a consent as of `withdrawnOn` (art. 7(3)). Whoever holds consent on that date may
  /// withdraw it (decision 43): under 16 only a legal representative (parent with authority,
  /// guardian; UAVG art. 5(1)); from 16 the student, also a consent the parent gave before 16; a
  /// curator only for an adult. Anyone else, a student under 16 included, is 1003. Already
  /// withdrawn is 1006. The withdrawal acts on the consent's own school (issue 18 §1): the record
  /// keeps its `school`, and a caller scoped to other schools does not find it (1001).
  public static func withdraw(
    consentID: String, withdrawnOn: CivilDate, by relationship: ConsentGiver, name byName: String,
    in register: Register, now: Instant, convention: LeapDayConvention = .default
  ) throws(RegisterError) -> RegisterChange {
    guard let json = register[consentID] else { throw .notFound(register: name, id: consentID) }
    let before = ConsentRecord(json)
    if before.status == "withdrawn" {
      throw .conflict(field: "consentId", reason: Texts.Sharing.alreadyWithdrawn(consentID, on: before.withdrawnOn?.description ?? "?").string)
    }
    let today = Amsterdam.date(of: now)
    guard withdrawnOn <= today else { throw .invalid("withdrawnOn", Texts.Processing.inTheFuture(withdrawnOn.description, today: today.description).string) }
    if let given = before.givenOn, withdrawnOn < given {
      throw .invalid("withdrawnOn", Texts.Sharing.withdrawnBeforeGiven(withdrawnOn.description, given: given.description).string)
    }
    if let birth = before.birthDate {
      _ = try entitlement(relationship, birthDate: birth, on: withdrawnOn, convention: convention, field: "by.relationship")
    }
    let status = try ConsentMachine.table.next(after: "withdraw", from: before.status)
    let withdrawal: JSONObject = [
      "on": .string(withdrawnOn.description), "by": ["relationship": .string(relationship.rawValue), "name": .string(byName)],
    ]
    var record = json
    record["status"] = .string(status)
    record["withdrawal"] = .object(withdrawal)
    return RegisterChange(type: "\(name).withdrawn", id: consentID, record: record, change: withdrawal)
  }

  /// The holder check of the rules module for consent; 1003 naming `field` when not entitled.
  static func entitlement(
    _ who: ConsentGiver, birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention, field: String
  ) throws(RegisterError) -> Entitlement {
    let e: Entitlement
    do {
      e = try RightHolder.check(birthDate: birthDate, on: on, right: .consent, requester: who.requester, convention: convention)
    } catch { throw .invalid("student.birthDate", error.reason) }
    guard e.entitled else { throw .notEntitled(field: field, reason: e.reason) }
    return e
  }
}
