import JSON
import Registers
import Rules
import Testing

/// `requests.extend` (AVG art. 12(3)), overdue and the morning list on pinned dates.
@Suite struct ExtendAndDueTests {
  @Test func extensionIsAllowedUntilTheLastSecondOfTheLegalDueDate() throws {
    var desk = Desk()
    desk.now = "2027-01-15T12:00:00+01:00"
    let r = try desk.open(received: "2026-11-26")  // due Mon 2026-12-28 (26 Dec is 2e Kerstdag)
    let e = Desk.error { try desk.extend(r.id, at: "2026-12-29T00:00:00+01:00") }
    #expect(e == .tooLate(
      field: "noticeSentAt",
      reason: "een verlenging moet binnen de eerste maand worden meegedeeld (AVG art. 12(3)); de wettelijke termijn liep af op 2026-12-28T23:59:59+01:00, dus het verzoek is te laat",
      deadline: "2026-12-28T23:59:59+01:00"))
    let x = try desk.extend(r.id, at: "2026-12-28T23:59:59+01:00")
    #expect(x.status == .extended && x.extendedDueOn?.description == "2027-02-26")
    #expect(x.json["extensionNoticeSentAt"] == "2026-12-28T23:59:59+01:00")
  }

  @Test func aSecondExtensionIs1002() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-11-20")
    try desk.extend(r.id, at: "2026-11-21T10:00:00+01:00")
    let e = Desk.error { try desk.extend(r.id, at: "2026-11-22T10:00:00+01:00") }
    #expect(e == .transition(action: "extend", status: "extended", allowed: ["adopt", "correct", "decide", "route", "verifyIdentity", "withdraw"]))
  }

  @Test func theChainedReadingIsFlaggedWhenEarlier() throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-01-31")
    let x = try desk.extend(r.id, at: "2026-02-02T10:00:00+01:00")
    #expect(x.json["chainedExtendedDueOn"] == "2026-04-28")
    #expect(x.json["chainedIsEarlier"] == true)
  }

  /// date, overdue before extension, overdue after (received 2026-10-27: due 11-27, extended 2027-01-27).
  static let overdue: [(String, Bool, Bool)] = [
    ("2026-11-26", false, false), ("2026-11-27", false, false), ("2026-11-28", true, false),
    ("2027-01-27", true, false), ("2027-01-28", true, true),
  ]

  @Test(arguments: overdue)
  func overdueCountsAgainstTheEffectiveDueDate(on: String, before: Bool, after: Bool) throws {
    var desk = Desk()
    let r = try desk.open(received: "2026-10-27")
    #expect(r.isOverdue(on: try Desk.on(on)) == before)
    let x = try desk.extend(r.id, at: "2026-11-20T10:00:00+01:00")
    #expect(x.isOverdue(on: try Desk.on(on)) == after)
  }

  @Test func theMorningListOnPinnedDates() throws {
    var desk = Desk()
    let a = try desk.open(received: "2026-10-27")  // due 11-27: overdue on 11-29
    let b = try desk.open(received: "2026-11-03")  // due 12-03: 4 days left
    let c = try desk.open(received: "2026-11-20")  // due 12-21: 22 days left
    let d = try desk.open(received: "2026-10-28")  // due 11-28, extended to 2027-01-28
    try desk.extend(d.id, at: "2026-11-01T10:00:00+01:00")
    let closed = try desk.open(received: "2026-10-26")
    let withdrawal = WithdrawRequest(id: closed.id, at: try Desk.at("2026-11-01T10:00:00+01:00"), note: nil)
    _ = try desk.run { r, clock throws(RegisterError) in try withdrawal.change(in: r, clock: clock) }
    let records = desk.register.all { _ in true }
    let list = DueList.entries(records, on: try Desk.on("2026-11-29"), within: 7)
    #expect(list.map(\.record.id) == [a.id, b.id])
    #expect(list.map(\.daysLeft) == [-2, 4])
    #expect(list.first?.json["overdue"] == true)
    let month = DueList.entries(records, on: try Desk.on("2026-11-29"), within: 60)
    #expect(month.map(\.record.id) == [a.id, b.id, c.id, d.id])
    #expect(month.last?.json["extended"] == true)
    #expect(month.last?.daysLeft == 60)
  }
}
