import JSON
import Registers
import Rules
import Testing

/// The decisions of rules.md §3.1–3.4 through the commands: late reports (33(1)), the unlikely
/// path (33(5)), high risk and art. 34(3) exemptions, closing only when the duties are met.
@Suite struct BreachFlowTests {
  static let aware = "2026-11-27T16:30:00+01:00"

  static func report(_ id: String, at: String, lateReason: String?) -> (Register) throws(RegisterError) -> RegisterChange {
    { r throws(RegisterError) in
      try Breaches.reportToAuthority(id: id, reportedAt: t(at), reference: "AP-1", lateReason: lateReason, in: r)
    }
  }

  static let lateCases: [(at: String, reason: String?, error: String?)] = [
    ("2026-11-30T16:30:00+01:00", nil, nil),  // exactly at the deadline: in time
    ("2026-11-30T16:30:01+01:00", nil, "lateReason"),
    ("2026-11-30T16:30:01+01:00", "  ", "lateReason"),
    ("2026-12-01T09:00:00+01:00", "the processor told us only on Monday evening", nil),
    ("2026-11-27T16:29:59+01:00", nil, "reportedAt"),  // before awareAt
  ]

  @Test(arguments: lateCases) func lateReportNeedsAReason(_ c: (at: String, reason: String?, error: String?)) throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    let e = registerError { () throws(RegisterError) in _ = try Self.report(id, at: c.at, lateReason: c.reason)(b.register) }
    if let field = c.error {
      guard case .invalid(let f, _)? = e else { Issue.record("expected -32602 on \(field), got \(String(describing: e))"); return }
      #expect(f == field)
    } else {
      #expect(e == nil)
      let rec = try b.run(Self.report(id, at: c.at, lateReason: c.reason))
      #expect(rec["status"] == "reported")
      #expect(rec["authorityReport"]?["late"] == .bool(c.reason != nil))
    }
  }

  @Test func unlikelyRiskNeedsNoReportButARationale() throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    #expect(registerError { () throws(RegisterError) in _ = try b.assessed(id, .unlikely, rationale: " ") } == .invalid("riskRationale", "is verplicht en mag niet leeg zijn"))
    let rec = try b.assessed(id, .unlikely, rationale: "encrypted stick, key not lost")
    #expect(rec["authorityReportRequired"] == false)
    #expect(rec["subjectsNotificationRequired"] == false)
    #expect(BreachDue.list(in: b.register, at: t("2026-12-05T10:00:00+01:00")).isEmpty)
    let closed = try b.run { r throws(RegisterError) in try Breaches.close(id: id, closedAt: t("2026-11-29T10:00:00+01:00"), lessonsLearned: nil, in: r) }
    #expect(closed["status"] == "closed")
    #expect(closed["retainUntil"] == "2031-11-29")
  }

  static let highCases: [(exemption: BreachExemption?, notify: Bool?, error: String?)] = [
    (nil, true, nil),
    (BreachExemption(ground: .encrypted, justification: "AES-256, key kept apart"), false, nil),
    (BreachExemption(ground: .subsequentMeasures, justification: "accounts blocked within the hour"), false, nil),
    (BreachExemption(ground: .disproportionateEffort, justification: "3000 former students, no addresses"), nil, "exemption.publicCommunication"),
    (BreachExemption(ground: .disproportionateEffort, justification: "3000 former students, no addresses", publicCommunication: "notice on the website"), false, nil),
    (BreachExemption(ground: .encrypted, justification: ""), nil, "exemption.justification"),
  ]

  @Test(arguments: highCases) func highRiskAndExemptions(_ c: (exemption: BreachExemption?, notify: Bool?, error: String?)) throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    let e = registerError { () throws(RegisterError) in _ = try b.assessed(id, .high, exemption: c.exemption) }
    if let field = c.error {
      guard case .invalid(let f, _)? = e else { Issue.record("expected \(field), got \(String(describing: e))"); return }
      #expect(f == field)
      return
    }
    let rec = try b.assessed(id, .high, exemption: c.exemption)
    #expect(rec["authorityReportRequired"] == true)
    #expect(rec["subjectsNotificationRequired"] == c.notify.map(JSONValue.bool))
    try b.run(Self.report(id, at: "2026-11-28T11:00:00+01:00", lateReason: nil))
    let close = registerError { () throws(RegisterError) in
      _ = try Breaches.close(id: id, closedAt: t("2026-12-01T10:00:00+01:00"), lessonsLearned: nil, in: b.register)
    }
    if c.notify == true {
      guard case .blocked(let action, let status, let allowed, let duty, let reason)? = close else { Issue.record("closed without telling people"); return }
      #expect(action == "close" && status == "reported" && allowed.contains("notifySubjects"))
      // The refusal says which duty comes first (issue 16 §4).
      #expect(duty == "notifySubjects" && reason.contains("art. 34"))
    } else {
      #expect(close == nil)
    }
  }

  @Test func exemptionOnlyForHighRisk() throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    let e = registerError { () throws(RegisterError) in _ = try b.assessed(id, .risk, exemption: BreachExemption(ground: .encrypted, justification: "x")) }
    guard case .invalid("exemption", _)? = e else { Issue.record("got \(String(describing: e))"); return }
  }

  @Test func reportRequiredBeforeClosingAndOnlyForDataBreaches() throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    let unassessed = registerError { () throws(RegisterError) in
      _ = try Breaches.close(id: id, closedAt: t("2026-12-01T10:00:00+01:00"), lessonsLearned: nil, in: b.register)
    }
    guard case .blocked("close", "registered", let allowed, "assess", _)? = unassessed else {
      Issue.record("closed unassessed: \(String(describing: unassessed))"); return
    }
    #expect(allowed == ["addMeasure", "assess", "correct", "notifySubjects", "reclassify", "reportToAuthority"])
    try b.assessed(id, .risk)
    let unreported = registerError { () throws(RegisterError) in
      _ = try Breaches.close(id: id, closedAt: t("2026-12-01T10:00:00+01:00"), lessonsLearned: nil, in: b.register)
    }
    guard case .blocked("close", "assessed", let allowedThen, "reportToAuthority", let why)? = unreported else {
      Issue.record("closed unreported: \(String(describing: unreported))"); return
    }
    #expect(allowedThen == ["addMeasure", "assess", "correct", "notifySubjects", "reclassify", "reportToAuthority"])
    #expect(why.contains("art. 33 lid 1"))
    let incident = try b.registered(.securityIncident, awareAt: Self.aware)
    let e = registerError { () throws(RegisterError) in _ = try Self.report(incident, at: "2026-11-28T11:00:00+01:00", lateReason: nil)(b.register) }
    guard case .blocked("reportToAuthority", "registered", let allowed, "reclassify", _)? = e else { Issue.record("got \(String(describing: e))"); return }
    #expect(!allowed.contains("reportToAuthority"))
  }

  @Test func followUpsOnlyAfterAReportAndWithdrawalKeepsTheRecord() throws {
    var b = Bench()
    let id = try b.registered(awareAt: Self.aware)
    let follow = { (r: Register) throws(RegisterError) -> RegisterChange in
      try Breaches.followUp(id: id, at: t("2026-11-29T09:00:00+01:00"), type: .withdraw, reference: "AP-1", note: "no personal data on the stick", in: r)
    }
    guard case .transition("followUp", "registered", _)? = registerError({ () throws(RegisterError) in _ = try follow(b.register) }) else {
      Issue.record("follow-up before a report")
      return
    }
    try b.run(Self.report(id, at: "2026-11-28T11:00:00+01:00", lateReason: nil))
    let rec = try b.run(follow)
    #expect(rec["authorityReport"]?["withdrawn"] == true)
    #expect(rec["authorityReport"]?["followUps"]?.arrayValue?.count == 1)
  }
}
