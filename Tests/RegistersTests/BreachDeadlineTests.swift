import JSON
import Registers
import Rules
import Testing

/// AVG art. 33(1): reportBy = awareAt + 72 h exactly, written in Amsterdam time; only data breaches.
@Suite struct BreachDeadlineTests {
  static let cases: [(name: String, awareAt: String, reportBy: String)] = [
    ("Friday-afternoon USB stick", "2026-11-27T16:30:00+01:00", "2026-11-30T16:30:00+01:00"),
    ("across the end of summer time", "2026-10-24T10:00:00+02:00", "2026-10-27T09:00:00+01:00"),
    ("rules.md spring vector", "2026-03-27T10:15:00+01:00", "2026-03-30T11:15:00+02:00"),
    ("given in UTC", "2026-11-27T15:30:00Z", "2026-11-30T16:30:00+01:00"),
  ]

  @Test(arguments: cases) func reportByIsSeventyTwoHoursLater(_ c: (name: String, awareAt: String, reportBy: String)) throws {
    var b = Bench()
    let id = try b.registered(awareAt: c.awareAt)
    #expect(id == "D-2026-0001", "\(c.name)")
    #expect(b.register[id]?["reportBy"] == .string(c.reportBy), "\(c.name)")
    #expect(b.register[id]?["status"] == "registered")
    #expect(b.register[id]?["authorityReportRequired"] == .null, "undecided until assessed")
  }

  @Test(arguments: [BreachKind.securityIncident, .nearMiss]) func otherKindsHaveNoDeadline(_ kind: BreachKind) throws {
    var b = Bench()
    let id = try b.registered(kind, awareAt: "2026-11-27T16:30:00+01:00")
    #expect(b.register[id]?["reportBy"] == nil)
    #expect(b.register[id]?["authorityReportRequired"] == false)
  }

  @Test func idYearIsTheAmsterdamYearOfAwareness() throws {
    var b = Bench()
    let id = try b.registered(awareAt: "2025-12-31T23:30:00Z")  // 2026-01-01 00:30 in Amsterdam
    #expect(id == "D-2026-0001")
  }

  @Test func reclassifyingToDataBreachStartsTheClockAtTheGivenAwareness() throws {
    var b = Bench()
    let id = try b.registered(.securityIncident, awareAt: "2026-11-27T16:30:00+01:00")
    let now = t(b.now)
    let rec = try b.run { r throws(RegisterError) in
      try Breaches.reclassify(
        id: id, to: .dataBreach, reason: "the stick held a class list", at: t("2026-11-28T12:00:00+01:00"),
        awareAt: t("2026-11-28T11:00:00+01:00"), now: now, in: r)
    }
    #expect(rec["kind"] == "dataBreach")
    #expect(rec["awareAt"] == "2026-11-27T16:30:00+01:00")
    #expect(rec["breachAwareAt"] == "2026-11-28T11:00:00+01:00")
    #expect(rec["reportBy"] == "2026-12-01T11:00:00+01:00")
    #expect(b.register.histories[id]?.last?.type == "breaches.reclassified")
    let same = registerError { () throws(RegisterError) in
      _ = try Breaches.reclassify(
        id: id, to: .dataBreach, reason: "x", at: t("2026-11-28T12:00:00+01:00"), awareAt: t("2026-11-28T11:00:00+01:00"),
        now: now, in: b.register)
    }
    #expect(same == .invalid("kind", "de registratie is al een dataBreach"))
  }

  @Test func dueListsHoursLeftAndOverdue() throws {
    var b = Bench()
    let friday = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let old = try b.registered(awareAt: "2026-11-20T10:00:00+01:00")
    let unlikely = try b.registered(awareAt: "2026-11-28T10:00:00+01:00")
    try b.assessed(unlikely, .unlikely)
    let due = BreachDue.list(in: b.register, at: t("2026-11-29T10:00:00+01:00"))
    #expect(due.map(\.record.id) == [old, friday])
    #expect(due[0].json["hoursOverdue"] == .double(144))
    #expect(due[1].json["hoursLeft"] == .double(30.5))
    #expect(due[0].record.isOverdue(at: t("2026-11-29T10:00:00+01:00")))
  }
}
