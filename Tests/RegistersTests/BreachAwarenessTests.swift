import JSON
import Registers
import Rules
import Testing

/// Issue 19 items 5 and 12: the 72 hours of AVG art. 33(1) run from the moment the school became
/// aware that personal data was breached (EDPB guidelines 9/2022), also for a record reclassified
/// to a data breach; an awareness in the future is refused; an art. 34 notice records what it said;
/// the AP report can say why the people were not told. Each boundary is tested at both sides.
@Suite struct BreachAwarenessTests {
  /// The field of an `.invalid` error, or nil.
  static func field(_ e: RegisterError?) -> String? {
    if case .invalid(let f, _)? = e { return f }
    return nil
  }

  /// awareAt relative to the bench's now (2026-11-29T10:00:00+01:00): five minutes is tolerated.
  static let futureCases: [(awareAt: String, refused: Bool)] = [
    ("2026-11-29T10:00:00+01:00", false),
    ("2026-11-29T10:05:00+01:00", false),
    ("2026-11-29T10:05:01+01:00", true),
    ("2026-11-29T09:05:01Z", true),  // the same instant in UTC
    ("2026-11-30T10:00:00+01:00", true),
  ]

  @Test(arguments: futureCases) func awarenessInTheFutureIsRefused(_ c: (awareAt: String, refused: Bool)) {
    var b = Bench()
    let e = registerError { () throws(RegisterError) in _ = try b.registered(awareAt: c.awareAt) }
    #expect((Self.field(e) == "awareAt") == c.refused, "\(c.awareAt): \(String(describing: e))")
    #expect((e == nil) == !c.refused)
  }

  /// Reclassification of an incident registered aware at 2026-11-27 16:30, decided at
  /// 2026-11-28 12:00: the given awareAt, and whether it is refused (field) or the reportBy it gives.
  static let reclassifyCases: [(awareAt: String?, field: String?, reportBy: String?)] = [
    (nil, "awareAt", nil),
    ("2026-11-27T16:29:59+01:00", "awareAt", nil),  // before the registration's own awareAt
    ("2026-11-27T16:30:00+01:00", nil, "2026-11-30T16:30:00+01:00"),  // exactly then
    ("2026-11-28T11:00:00+01:00", nil, "2026-12-01T11:00:00+01:00"),
    ("2026-11-28T12:00:00+01:00", nil, "2026-12-01T12:00:00+01:00"),  // exactly at the reclassification
    ("2026-11-28T12:00:01+01:00", "awareAt", nil),  // after it
  ]

  @Test(arguments: reclassifyCases) func reclassifyingTakesTheMomentOfAwareness(_ c: (awareAt: String?, field: String?, reportBy: String?)) throws {
    var b = Bench()
    let id = try b.registered(.securityIncident, awareAt: "2026-11-27T16:30:00+01:00")
    let now = t(b.now)
    let aware = c.awareAt.map { t($0) }
    var record: JSONObject?
    let e = registerError { () throws(RegisterError) in
      record = try b.run { r throws(RegisterError) in
        try Breaches.reclassify(id: id, to: .dataBreach, reason: "class list on it", at: t("2026-11-28T12:00:00+01:00"), awareAt: aware, now: now, in: r)
      }
    }
    #expect(Self.field(e) == c.field)
    #expect(record?["reportBy"]?.stringValue == c.reportBy)
    if c.field == nil {
      #expect(record?["breachAwareAt"]?.stringValue == c.awareAt.map { Amsterdam.format(t($0)) })
      #expect(record?["awareAt"] == "2026-11-27T16:30:00+01:00")
      #expect(record?["reclassifications"]?.arrayValue?.last?["awareAt"] == record?["breachAwareAt"])
    }
  }

  @Test func reclassifyingInTheFutureIsRefusedAndOtherKindsTakeNoAwareAt() throws {
    var b = Bench()
    let id = try b.registered(.securityIncident, awareAt: "2026-11-29T09:00:00+01:00")
    let now = t(b.now)
    for (aware, refused) in [("2026-11-29T10:05:00+01:00", false), ("2026-11-29T10:05:01+01:00", true)] {
      let e = registerError { () throws(RegisterError) in
        _ = try Breaches.reclassify(id: id, to: .dataBreach, reason: "x", at: t("2026-11-29T10:10:00+01:00"), awareAt: t(aware), now: now, in: b.register)
      }
      #expect((Self.field(e) == "awareAt") == refused, "\(aware)")
    }
    let otherKind = registerError { () throws(RegisterError) in
      _ = try Breaches.reclassify(id: id, to: .nearMiss, reason: "x", at: t("2026-11-29T09:30:00+01:00"), awareAt: t("2026-11-29T09:10:00+01:00"), now: now, in: b.register)
    }
    #expect(Self.field(otherKind) == "awareAt")
    // To a data breach and back: the deadline goes with the kind.
    try b.run { r throws(RegisterError) in
      try Breaches.reclassify(id: id, to: .dataBreach, reason: "x", at: t("2026-11-29T09:30:00+01:00"), awareAt: t("2026-11-29T09:10:00+01:00"), now: now, in: r)
    }
    let back = try b.run { r throws(RegisterError) in
      try Breaches.reclassify(id: id, to: .securityIncident, reason: "no personal data after all", at: t("2026-11-29T09:40:00+01:00"), now: now, in: r)
    }
    #expect(back["reportBy"] == nil && back["breachAwareAt"] == nil)
  }

  /// Registered as an incident on Monday, a data breach known on Wednesday, reported on Friday:
  /// within 72 hours of Wednesday, so in time, though more than 72 hours after Monday.
  static let lateCases: [(reportedAt: String, late: Bool)] = [
    ("2026-11-27T09:00:00+01:00", false),  // exactly reportBy
    ("2026-11-27T09:00:01+01:00", true),
  ]

  @Test(arguments: lateCases) func theLateReasonRuleFollowsTheReclassification(_ c: (reportedAt: String, late: Bool)) throws {
    var b = Bench()
    let id = try b.registered(.securityIncident, awareAt: "2026-11-23T09:00:00+01:00")
    let now = t("2026-11-29T10:00:00+01:00")
    try b.run { r throws(RegisterError) in
      try Breaches.reclassify(id: id, to: .dataBreach, reason: "the backup held grades", at: t("2026-11-24T10:00:00+01:00"), awareAt: t("2026-11-24T09:00:00+01:00"), now: now, in: r)
    }
    let without = registerError { () throws(RegisterError) in
      _ = try Breaches.reportToAuthority(id: id, reportedAt: t(c.reportedAt), reference: "M-1", lateReason: nil, in: b.register)
    }
    #expect((Self.field(without) == "lateReason") == c.late)
    let report = try b.run { r throws(RegisterError) in
      try Breaches.reportToAuthority(id: id, reportedAt: t(c.reportedAt), reference: "M-1", lateReason: c.late ? "weekend" : nil, in: r)
    }
    #expect(report["authorityReport"]?["late"] == .bool(c.late))
  }

  /// Each art. 34(2) item of the notice is required; `nature` is optional.
  static let noticeCases: [(SubjectNotice, String?)] = [
    (notice, nil),
    (SubjectNotice(contactPoint: " ", consequences: "c", measures: "m"), "content.contactPoint"),
    (SubjectNotice(contactPoint: "FG", consequences: "", measures: "m"), "content.consequences"),
    (SubjectNotice(contactPoint: "FG", consequences: "c", measures: "\n"), "content.measures"),
    (SubjectNotice(contactPoint: "FG", consequences: "c", measures: "m", nature: "a lost USB stick"), nil),
  ]

  @Test(arguments: noticeCases.indices) func theNoticeRecordsWhatItSaid(_ i: Int) throws {
    let (content, field) = Self.noticeCases[i]
    var b = Bench()
    let id = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    var record: JSONObject?
    let e = registerError { () throws(RegisterError) in
      record = try b.run { r throws(RegisterError) in
        try Breaches.notifySubjects(
          id: id, notifiedAt: t("2026-11-29T09:00:00+01:00"), channel: "letter", content: content, audience: NotificationAudience(),
          studentBirthDates: [d("2012-01-01")], in: r)
      }
    }
    #expect(Self.field(e) == field)
    if field == nil {
      let said = record?["notifications"]?.arrayValue?.first?["content"]
      #expect(said?["contactPoint"]?.stringValue == content.contactPoint)
      #expect(said?["consequences"]?.stringValue == content.consequences)
      #expect(said?["measures"]?.stringValue == content.measures)
      #expect(said?["nature"]?.stringValue == content.nature)
    }
  }

  @Test func theReportSaysWhyPeopleWereNotToldUntilTheyAre() throws {
    var b = Bench()
    let id = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let second = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let report = try b.run { r throws(RegisterError) in
      try Breaches.reportToAuthority(
        id: id, reportedAt: t("2026-11-28T10:00:00+01:00"), reference: "M-1", lateReason: nil,
        subjectsNotToldReason: "the data was encrypted; art. 34(3)(a)", in: r)
    }
    #expect(report["authorityReport"]?["subjectsNotToldReason"] == "the data was encrypted; art. 34(3)(a)")
    try b.run { r throws(RegisterError) in
      try Breaches.notifySubjects(
        id: second, notifiedAt: t("2026-11-28T09:00:00+01:00"), channel: "letter", content: notice, audience: NotificationAudience(),
        studentBirthDates: [], in: r)
    }
    let afterTelling = registerError { () throws(RegisterError) in
      _ = try Breaches.reportToAuthority(
        id: second, reportedAt: t("2026-11-28T10:00:00+01:00"), reference: "M-2", lateReason: nil, subjectsNotToldReason: "x", in: b.register)
    }
    #expect(Self.field(afterTelling) == "subjectsNotToldReason")
  }

  @Test(arguments: ExemptionGround.allCases) func aDecisionNotToNotifyNamesItsGround(_ ground: ExemptionGround) throws {
    var b = Bench()
    let id = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let a = try b.assessed(id, .high, exemption: BreachExemption(ground: ground, justification: "why it applies", publicCommunication: "notice on the website"))
    let ex = a["assessment"]?["exemption"]
    #expect(ex?["article"]?.stringValue == ground.article)
    #expect(ex?["article"]?.stringValue?.hasPrefix("AVG art. 34(3)(") == true)
    #expect(ex?["justification"] == "why it applies")
    #expect(a["subjectsNotificationRequired"] == false)
  }
}
