import JSON
import Rules
import Wording

/// `requests.adopt`: the student takes over a parent's request after becoming its holder (16 for
/// the AVG rights, 18 for results and for a parent without authority's BW 1:377c request; rules.md
/// §1.5, decision 5). The request continues for the
/// student with the original receipt and deadline ("the deadline still runs from the original
/// receipt"); the original requester is kept in the record.
///
/// Allowed from `holderChanged` (after `decide` found the change), and from `open`/`extended`
/// when the original requester has already lost standing on `at`, so a privacy officer who sees
/// the birthday coming need not first try a decision.
public struct AdoptRequest: Sendable {
  /// The request.
  public let id: String
  /// When the student said they adopt it.
  public let at: Instant

  /// An adoption by the student (the only possible new holder).
  public init(id: String, at: Instant) {
    self.id = id
    self.at = at
  }

  /// The `requests.adopted` change.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    var next = try RequestLifecycle.next("adopt", from: r)
    try clock.notFuture(at, field: "at")
    try clock.notBeforeReceipt(at, r, field: "at")
    guard let birthDate = r.birthDate, let type = r.type, let requester = r.requester else {
      throw .conflict(field: "id", reason: Texts.Requests.recordLacksStanding.string)
    }
    guard requester != .student else {
      throw .conflict(field: "by", reason: Texts.Requests.alreadyTheStudents.string)
    }
    guard r.hadStanding else {
      throw .conflict(field: "id", reason: Texts.Requests.neverHadStanding.string)
    }
    let on = Amsterdam.date(of: at)
    func check(_ who: Requester) throws(RegisterError) -> Entitlement {
      do {
        return try RightHolder.standing(
          birthDate: birthDate, on: on, right: type.right, requester: who, about: r.about, convention: clock.convention
        ).entitlement
      } catch { throw .invalid("at", error.reason) }
    }
    let student = try check(.student)
    guard student.entitled else { throw .notEntitled(field: "by", reason: student.reason) }
    if r.status != .holderChanged {
      let original = try check(requester)
      guard !original.entitled else {
        throw .conflict(field: "by", reason: Texts.Requests.requesterStillHolds(requester.rawValue, on: on.description).string)
      }
    } else {
      next = r.extendedDueOn == nil ? .open : .extended
    }
    let stamp = Amsterdam.format(at)
    // The student's request travels the student's channel: a BW 1:377c request becomes an AVG one.
    let age = Rules.age(birthDate: birthDate, on: on, convention: clock.convention)
    let channel = LegalChannel.of(right: type.right, requester: .student, about: r.about, age: age)
    return r.with([
      ("status", .string(next.rawValue)), ("requester", ["relationship": "student"]),
      ("legalChannel", .string(channel.rawValue)),
      ("originalRequester", r.json["requester"]), ("adoptedBy", "student"), ("adoptedAt", .string(stamp)),
      ("entitlementAtAdoption", student.json(on: on)),
    ]).change("adopted", ["by": "student", "at": .string(stamp)])
  }
}
