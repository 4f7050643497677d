import JSON
import Registers
import Rules
import Testing

/// `requests.correct` (issue 16 §6, AVG art. 16 on the register): what may be corrected, and
/// what a corrected birth date or receipt re-runs, at the boundaries.
@Suite struct CorrectRequestTests {
  /// Runs a correction of `id` with `fields` on `desk`.
  @discardableResult
  static func correct(_ desk: inout Desk, _ id: String, _ fields: JSONObject, reason: String? = "typefout") throws -> (RequestRecord, JSONObject) {
    let command = CorrectRequest(id: id, fields: fields, reason: reason)
    var change: JSONObject = [:]
    let r = try desk.run { r, c throws(RegisterError) in
      let ch = try command.change(in: r, clock: c, actor: "fg")
      change = ch.change
      return ch
    }
    return (r, change)
  }

  /// Received 2026-11-20 from a parent. (born, corrected birth date, parent entitled before, after):
  /// the 16th birthday moved across receipt (on receipt day the student holds the right).
  static let birthdays: [(String, String, Bool, Bool)] = [
    ("2010-11-27", "2010-11-17", true, false),  // 16 a week after receipt → 16 three days before
    ("2010-11-17", "2010-11-27", false, true),
    ("2010-11-27", "2010-11-21", true, true),  // 16 the day after receipt: the parent still holds it
    ("2010-11-27", "2010-11-20", true, false),  // 16 on the day of receipt: the student holds it
  ]

  @Test(arguments: birthdays)
  func aCorrectedBirthDateReRunsStandingAtReceipt(born: String, corrected: String, before: Bool, after: Bool) throws {
    var desk = Desk()
    let r = try desk.open(born: born, received: "2026-11-20")
    #expect(r.entitled == before)
    let (x, change) = try Self.correct(&desk, r.id, ["student": ["birthDate": .string(corrected)]])
    #expect(x.entitled == after)
    #expect(x.birthDate?.description == corrected)
    #expect(x.json["entitlementAtReceipt"]?["entitled"] == .bool(after))
    #expect(change["fields"] == [["field": "student.birthDate", "old": .string(born), "new": .string(corrected)]])
    let recomputed = (change["recomputed"]?.arrayValue ?? []).compactMap { $0["field"]?.stringValue }
    #expect(recomputed.contains("entitled") == (before != after))
    #expect(x.status == .open)
    #expect(x.json["dueOn"] == r.json["dueOn"])
  }

  /// (corrected receivedOn, dueOn): one month, rolled past weekends and Dutch holidays (Reg.
  /// 1182/71 art. 3(4)); the request was received 2026-11-20 (due Mon 21 December).
  static let receipts: [(String, String)] = [
    ("2026-11-18", "2026-12-18"),  // Friday
    ("2026-11-19", "2026-12-21"),  // Saturday 19 December → Monday
    ("2026-11-24", "2026-12-24"),  // Thursday
    ("2026-11-25", "2026-12-28"),  // Kerstmis, 2e Kerstdag, Sunday → Monday 28
  ]

  @Test(arguments: receipts)
  func aCorrectedReceiptMovesTheDueDateAcrossWeekendsAndHolidays(receivedOn: String, dueOn: String) throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    #expect(r.dueOn?.description == "2026-12-21")
    let (x, change) = try Self.correct(&desk, r.id, ["receivedOn": .string(receivedOn)])
    #expect(x.receivedOn?.description == receivedOn)
    #expect(x.dueOn?.description == dueOn)
    #expect(x.json["dueBy"] == .string("\(dueOn)T23:59:59+01:00"))
    let dueChange = (change["recomputed"]?.arrayValue ?? []).first { $0["field"] == "dueOn" }
    if dueOn == "2026-12-21" {
      #expect(dueChange == nil)  // the base date moved, the rolled due date did not
    } else {
      #expect(dueChange?["old"] == "2026-12-21" && dueChange?["new"] == .string(dueOn))
    }
    #expect(x.id == r.id)
  }

  @Test func aCorrectedReceiptMovesTheExtendedDatesAndKeepsTheNotice() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    try desk.extend(r.id, at: "2026-11-25T10:00:00+01:00")
    let (x, _) = try Self.correct(&desk, r.id, ["receivedOn": "2026-11-24"])
    #expect(x.status == .extended)
    #expect(x.extendedDueOn?.description == "2027-02-24")
    #expect(x.json["extensionNoticeSentAt"] == "2026-11-25T10:00:00+01:00")
  }

  @Test func aReceiptAfterARecordedActIsRefused() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    try desk.extend(r.id, at: "2026-11-21T10:00:00+01:00")
    let e = Desk.error { try Self.correct(&desk, r.id, ["receivedOn": "2026-11-22"]) }
    #expect(Desk.invalidField(e) == "fields.receivedOn")
    let future = Desk.error { try Self.correct(&desk, r.id, ["receivedOn": "2026-11-30"]) }
    #expect(Desk.invalidField(future) == "fields.receivedOn")
  }

  /// A decided request: the decision stays; its timeliness is re-run and a review note says so.
  @Test func aDecidedRequestKeepsItsDecisionAndShowsItWasLate() throws {
    var desk = Desk()
    desk.now = "2027-01-10T10:00:00+01:00"
    let r = try desk.open(received: "2026-12-10")  // due 2027-01-11
    try desk.decide(try Desk.decision(r.id, .granted, at: "2027-01-08T10:00:00+01:00"))
    let (x, change) = try Self.correct(&desk, r.id, ["receivedOn": "2026-12-01"])  // due 2027-01-04
    #expect(x.status == .decided)
    #expect(x.json["decision"] == "granted")
    #expect(x.json["decidedLate"] == true)
    #expect(x.dueOn?.description == "2027-01-04")
    let review = change["review"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(review.contains { $0.contains("te laat") && $0.contains("decidedLate") })
  }

  /// A student under 16 asking for themselves: the pending route (decision 7) follows the
  /// corrected birth date while nothing was routed yet.
  @Test func thePendingRouteFollowsTheCorrectedBirthDate() throws {
    var desk = Desk()
    let r = try desk.open(born: "2011-06-01", by: .student, received: "2026-11-20")
    #expect(r.route == .pending)
    let (x, _) = try Self.correct(&desk, r.id, ["student": ["birthDate": "2010-06-01"]])
    #expect(x.entitled && x.route == nil)
    let (y, _) = try Self.correct(&desk, r.id, ["student": ["birthDate": "2011-06-01"]])
    #expect(!y.entitled && y.route == .pending)
  }

  @Test func descriptiveFieldsChangeAloneWithBothValues() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    let (x, change) = try Self.correct(
      &desk, r.id, ["requester": ["name": "J. de Vries"], "school": "De Linde", "student": ["id": "S-2"]], reason: "verkeerd overgenomen")
    #expect(x.json["requester"]?["name"] == "J. de Vries" && x.json["requester"]?["relationship"] == "parent")
    #expect(x.studentID == "S-2" && x.school == "De Linde")
    #expect(change["reason"] == "verkeerd overgenomen")
    #expect(change["fields"]?.arrayValue?.count == 3)
    #expect(change["recomputed"] == nil)
    #expect(x.json["lastCorrectedBy"] == "fg")
  }

  /// Fields that may not be corrected, each refused naming the field.
  static let refusals: [(JSONObject, String)] = [
    (["status": "responded"], "fields.status"), (["id": "R-2026-0009"], "fields.id"), (["type": "erasure"], "fields.type"),
    (["requester": ["relationship": "guardian"]], "fields.requester.relationship"), (["decision": "granted"], "fields.decision"),
    (["dueOn": "2027-01-01"], "fields.dueOn"), (["entitled": true], "fields.entitled"), (["colour": "red"], "fields.colour"),
    (["student": ["name": "Piet"]], "fields.student.name"), ([:], "fields"),
    (["receivedOn": "2026-11-19", "receivedAt": "2026-11-19T10:00:00+01:00"], "fields.receivedOn"),
    (["receivedOn": "2026-11-20"], "fields"),  // the same value: nothing to correct
    (["student": ["birthDate": "15-03-2010"]], "fields.student.birthDate"), (["school": "  "], "fields.school"),
  ]

  @Test(arguments: refusals.indices)
  func aFieldThatMayNotBeCorrectedIsRefusedByName(_ i: Int) throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    let (fields, field) = Self.refusals[i]
    let e = Desk.error { try Self.correct(&desk, r.id, fields) }
    #expect(Desk.invalidField(e) == field, "\(fields)")
    #expect(desk.seq == 1)
  }

  @Test func aReasonIsRequired() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    #expect(Desk.invalidField(Desk.error { try Self.correct(&desk, r.id, ["school": "X"], reason: " ") }) == "reason")
    #expect(Desk.invalidField(Desk.error { try Self.correct(&desk, r.id, ["school": "X"], reason: nil) }) == "reason")
  }

  @Test func aClosedRequestCanBeCorrected() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    let withdraw = WithdrawRequest(id: r.id, at: try Desk.at("2026-11-21T10:00:00+01:00"), note: nil)
    try desk.run { reg, c throws(RegisterError) in try withdraw.change(in: reg, clock: c) }
    let (x, _) = try Self.correct(&desk, r.id, ["requester": ["contact": "ouder@example.nl"]])
    #expect(x.status == .withdrawn && x.json["requester"]?["contact"] == "ouder@example.nl")
  }
}
