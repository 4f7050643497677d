import JSON
import JSONRPC
import Rules
import Testing

@testable import Service

/// Issue 16 §3: a moment that records when a step is done may be left out and is then the
/// service's clock, shown in the answer; moments the law's clock counts from stay required.
@Suite struct NowDefaultTests {
  /// Every "done" moment, by method: optional in the declaration (and so in openrpc.json).
  static let doneMoments: [(method: String, param: String)] = [
    ("requests.verifyIdentity", "verifiedAt"), ("requests.adopt", "at"), ("requests.decide", "decidedAt"),
    ("requests.extend", "noticeSentAt"), ("requests.respond", "respondedAt"), ("requests.route", "at"),
    ("requests.withdraw", "at"), ("breaches.notifySubjects", "notifiedAt"), ("breaches.close", "closedAt"),
    ("breaches.addMeasure", "at"), ("breaches.attachAffected", "at"), ("breaches.reportToAuthority", "reportedAt"),
    ("breaches.reclassify", "at"), ("breaches.followUp", "at"), ("breaches.assess", "assessedAt"),
    ("complaints.close", "closedAt"), ("complaints.addReport", "at"), ("sharing.informed", "on"), ("staff.instruct", "on"),
  ]

  /// Moments that start a legal clock: still required.
  static let pastMoments: [(method: String, param: String)] = [
    ("breaches.register", "awareAt"), ("deadlines.breach", "awareAt"), ("complaints.open", "openedAt"),
  ]

  static func spec(_ method: String, _ param: String) throws -> ParamSpec {
    let service = try makeService()
    let decl = try #require(service.server.table[method], "no method \(method)")
    return try #require(decl.params.first { $0.name == param }, "\(method) has no \(param)")
  }

  @Test(arguments: doneMoments) func doneMomentIsOptional(_ c: (method: String, param: String)) throws {
    let p = try Self.spec(c.method, c.param)
    #expect(!p.required)
    #expect(p.summary.contains("Default"))
  }

  @Test(arguments: pastMoments) func lawClockMomentStaysRequired(_ c: (method: String, param: String)) throws {
    #expect(try Self.spec(c.method, c.param).required)
  }

  /// Left out → the pinned clock, shown in the record; given without offset → Amsterdam time.
  @Test(arguments: [
    (nil, "2026-11-29T10:00:00+01:00"), ("2026-11-28T16:45:00", "2026-11-28T16:45:00+01:00"),
    ("2026-11-28T15:45:00Z", "2026-11-28T16:45:00+01:00"),
  ] as [(String?, String)])
  func withdrawnAtIsNowWhenLeftOut(_ at: String?, _ shown: String) throws {
    let s = try InProcess()
    let id = try s.open(student: "S-1")
    var p: JSONObject = ["id": .string(id)]
    if let at { p["at"] = .string(at) }
    let record = try s.ok("requests.withdraw", p)
    #expect(record["withdrawnAt"]?.stringValue == shown)
  }

  @Test func measureAtIsNowWhenLeftOut() throws {
    let s = try InProcess()
    let breach = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "stick", "awareAt": "2026-11-27T16:30:00"])
    let id = try #require(breach["id"]?.stringValue)
    #expect(breach["awareAt"]?.stringValue == "2026-11-27T16:30:00+01:00")
    let record = try s.ok("breaches.addMeasure", ["id": .string(id), "description": "sticks encrypted"])
    #expect(record["measures"]?.arrayValue?.first?["at"]?.stringValue == "2026-11-29T10:00:00+01:00")
  }

  /// A wall time in the autumn fold is refused, naming both offsets, at the field.
  @Test func foldIsRefusedAtTheField() throws {
    let s = try InProcess()
    let id = try s.open(student: "S-1")
    let e = try #require(s.error("requests.withdraw", ["id": .string(id), "at": "2026-10-25T02:30:00"]))
    #expect(e.code == .invalidParams && e.data?["field"] == "at")
    let reason = e.data?["reason"]?.stringValue ?? ""
    #expect(reason.contains("+01:00") && reason.contains("+02:00"))
  }
}
