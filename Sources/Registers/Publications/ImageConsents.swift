import JSON
import Rules
import Wording

/// The register of consents for publishing images of students (duties.md §5; AP letter of
/// 23 August 2017): one record per student per channel, given by whoever holds consent on that day
/// (UAVG art. 5, decisions 42–43: the same rule as `consents.record`, `Consents.entitlement`),
/// valid for one school year up to the renewal date (D16), withdrawable at any time (AVG art. 7(3)).
public enum ImageConsents {
  /// The catalogue's publication texts.
  typealias T = Texts.Publications

  /// The register's name (and event-type prefix).
  public static let name = "imageConsents"
  /// The id prefix: `BT-2026-0001` (beeldtoestemming; unique among the registers).
  public static let idPrefix = "BT"

  /// Records one consent per channel of `input`; 1003 when the giver does not hold consent for the
  /// student on `givenOn`, -32602 for no channel, a channel twice, a date in the future, or a
  /// `validFrom` before `givenOn` or after the next renewal date.
  public static func record(
    _ input: ImageConsentInput, in register: Register, renewal: RenewalDate, now: Instant, by actor: String,
    convention: LeapDayConvention = .default
  ) throws(RegisterError) -> [RegisterChange] {
    let today = Amsterdam.date(of: now)
    guard input.givenOn <= today else { throw .invalid("givenOn", T.inFuture(input.givenOn.description, today: today.description).string) }
    guard !input.channels.isEmpty else { throw .invalid("channels", T.noChannel.string) }
    for (i, c) in input.channels.enumerated() where input.channels[..<i].contains(c) {
      throw .invalid("channels[\(i)]", T.channelTwice(c.rawValue).string)
    }
    let who = try Consents.entitlement(input.relationship, birthDate: input.birthDate, on: input.givenOn, convention: convention, field: "givenBy.relationship")
    let from = input.validFrom ?? input.givenOn
    guard from >= input.givenOn else { throw .invalid("validFrom", T.beforeGiven(from.description, given: input.givenOn.description).string) }
    let nextRenewal = renewal.next(after: input.givenOn)
    guard from <= nextRenewal else {
      throw .invalid("validFrom", T.afterRenewal(from.description, renewal: nextRenewal.description).string)
    }
    let until = renewal.lastValidDay(from: from)
    let age = Rules.age(birthDate: input.birthDate, on: input.givenOn, convention: convention)
    let ids = nextIDs(input.channels.count, year: input.givenOn.year, in: register)
    return zip(ids, input.channels).map { id, channel in
      var record: JSONObject = [
        "id": .string(id), "status": .string(ImageConsentMachine.lifecycle.initial.rawValue),
        "student": ["id": .string(input.studentID), "birthDate": .string(input.birthDate.description)],
        "channel": .string(channel.rawValue), "channelLabel": .string(channel.label.nl),
        "givenBy": ["relationship": .string(input.relationship.rawValue), "name": .string(input.giverName)],
        "givenOn": .string(input.givenOn.description), "validFrom": .string(from.description),
        "validUntil": .string(until.description), "renewalDate": .string(renewal.description),
        "ageOnGiving": .int(age), "holderBasis": .string(who.basis.article),
      ]
      if let school = input.school { record["school"] = .string(school) }
      if age < 16 {
        record["studentTakesOverOn"] = .string(anniversary(of: input.birthDate, years: 16, convention: convention).description)
      }
      record["registeredAt"] = .string(Amsterdam.format(now))
      record["registeredBy"] = .string(actor)
      return RegisterChange(
        type: "\(name).given", id: id, record: record,
        change: ["student": .string(input.studentID), "channel": .string(channel.rawValue), "givenBy": .string(input.relationship.rawValue)])
    }
  }

  /// Withdraws the consents of `studentID` for `channel` recorded at `school` (nil: the board-level
  /// ones) that still hold on or after `withdrawnOn` (art. 7(3)): each school's consent is its own,
  /// as it clears only that school's publications (`PublicationVerdict`). The student may always withdraw; a parent or guardian while the student is under
  /// 16; from the 16th birthday a parent's withdrawal is a request that suspends the channel until
  /// the student answers (D17); a curator only for an adult (1003 otherwise). None to withdraw: 1006.
  public static func withdraw(
    studentID: String, channel: PublicationChannel, withdrawnOn: CivilDate, by relationship: ConsentGiver, name byName: String,
    school: String? = nil, in register: Register, now: Instant, convention: LeapDayConvention = .default
  ) throws(RegisterError) -> [RegisterChange] {
    let today = Amsterdam.date(of: now)
    guard withdrawnOn <= today else { throw .invalid("withdrawnOn", T.inFuture(withdrawnOn.description, today: today.description).string) }
    let open = register.all { json in
      let c = ImageConsentRecord(json)
      guard c.studentID == studentID, c.channel == channel, c.school == school, let until = c.validUntil, let given = c.givenOn else { return false }
      return c.withdrawnOn == nil && until >= withdrawnOn && given <= withdrawnOn
    }.map(ImageConsentRecord.init)
    guard let birth = open.compactMap(\.birthDate).first else {
      throw .conflict(field: "channel", reason: T.nothingToWithdraw(studentID, on: withdrawnOn.description, channel: channel.rawValue).string)
    }
    let age = Rules.age(birthDate: birth, on: withdrawnOn, convention: convention)
    let suspends = (relationship == .parent || relationship == .guardian) && age >= 16
    if relationship != .student, !suspends {
      _ = try Consents.entitlement(relationship, birthDate: birth, on: withdrawnOn, convention: convention, field: "by.relationship")
    }
    let targets = open.filter { !(suspends && $0.status == .suspended) }
    guard !targets.isEmpty else {
      throw .conflict(field: "channel", reason: T.alreadySuspended.string)
    }
    let by: JSONObject = ["on": .string(withdrawnOn.description), "by": ["relationship": .string(relationship.rawValue), "name": .string(byName)]]
    var changes: [RegisterChange] = []
    for c in targets {
      let target: ImageConsentStatus = suspends ? .suspended : .withdrawn
      guard let from = c.status, ImageConsentMachine.lifecycle.allows("withdraw", from: from, to: target) else {
        throw .transition(action: "withdraw", status: c.json["status"]?.stringValue ?? "?", allowed: [])
      }
      var record = c.json
      record["status"] = .string(target.rawValue)
      record[suspends ? "suspension" : "withdrawal"] = .object(by)
      changes.append(RegisterChange(type: "\(name).\(suspends ? "suspended" : "withdrawn")", id: c.id, record: record, change: by))
    }
    return changes
  }

  /// `count` fresh ids for `year`, in order: the register numbers its ids only as changes are
  /// applied, so a command making several records numbers them itself.
  static func nextIDs(_ count: Int, year: Int, in register: Register) -> [String] {
    let first = register.nextID(year: year)
    let n = first.split(separator: "-").last.flatMap { Int($0) } ?? 1
    return (0..<count).map { k in
      let digits = String(n + k)
      return "\(idPrefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }
  }
}
