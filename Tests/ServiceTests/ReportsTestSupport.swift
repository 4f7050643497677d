import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// A pinned in-process service whose caller is privacy officer and counsellor (complaints are the
/// counsellor's), with a small year of register data for the reports and letters tests.
struct ReportsFixture {
  let s: InProcess

  /// Registers the fixture's data with "now" pinned at 15 December 2026, 10:00.
  init(now: String = "2026-12-15T10:00:00+01:00") throws {
    var c = ServiceConfiguration()
    c.fixedNow = now
    var roles = RolesConfig()
    roles.uids[getuid()] = [.privacyOfficer, .confidentialCounsellor]
    c.access = AccessPolicy(config: roles)
    s = InProcess(service: try AvgdService(configuration: c), peer: Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: "fg"))
    try registerData()
  }

  /// D-2026-0001 the Friday USB stick (high risk, reported late, people not told yet);
  /// D-2026-0002 a near miss in March; D-2025-0001 an incident in 2025; D-2026-0003 a data
  /// breach found this morning whose summary tries markup (due in 72 h); R-2026-0001 (received 2 Nov, overdue) and
  /// R-2026-0002 (received 10 Dec); R-2026-0003 from a parent without authority; K-2026-0001.
  func registerData() throws {
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "USB stick lost", "awareAt": "2026-11-27T16:30:00+01:00", "school": "Brederocollege"])
    _ = try s.ok("breaches.assess", [
      "id": "D-2026-0001", "risk": "high", "riskRationale": "grades of minors", "assessedBy": ["name": "A. de Vries", "role": "FG"],
      "assessedAt": "2026-11-28T09:00:00+01:00", "ciaTypes": ["confidentiality"], "dataCategories": ["name", "grades"],
      "subjectsAffected": ["min": 28, "max": 30], "recordsAffected": ["min": 28, "max": 31], "includesMinors": true,
      "preBreachMeasures": "none", "consequences": "cijfers bekend bij onbekenden",
    ])
    _ = try s.ok("breaches.addMeasure", ["id": "D-2026-0001", "at": "2026-11-28T10:00:00+01:00", "description": "Versleutelde <b>USB-sticks</b> voor iedereen"])
    _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-12-01T09:00:00+01:00", "reference": "M-1", "lateReason": "weekend, FG ziek"])
    _ = try s.ok("breaches.register", ["kind": "nearMiss", "summary": "Phishing-mail, niemand klikte", "awareAt": "2026-03-10T09:00:00+01:00"])
    _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "old", "awareAt": "2025-06-10T09:00:00+02:00"])
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": .string(Self.hostile), "awareAt": "2026-12-15T10:00:00+01:00", "school": "De Linde"])
    try s.open(student: "S-1", on: "2026-11-02")
    try s.open(student: "S-2", on: "2026-12-10")
    _ = try s.ok("requests.open", [
      "type": "access", "student": ["id": "S-3", "birthDate": "2013-02-14"], "requester": ["relationship": "parentWithoutAuthority"],
      "receivedOn": "2026-12-01",
    ])
    _ = try s.ok("complaints.open", [
      "complainant": ["name": "Sanne de Vries", "role": "student"], "accused": ["name": "Peter Bakker", "role": "staff"],
      "description": "Remarks in class", "category": "treatment",
      "consent": ["givenBy": "Sanne de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": true],
      "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": "2026-11-02T10:15:00+01:00",
    ])
  }

  /// A summary that tries to become markup.
  static let hostile = "Laptop kwijt <script>alert(1)</script> <img src=x onerror=alert(2)>"

  /// The section `id` of the JSON annual report.
  func section(_ id: String, _ params: JSONObject = [:]) throws -> JSONValue? {
    var p: JSONObject = ["year": 2026, "format": "json"]
    for m in params { p[m.key] = m.value }
    return try s.ok("reports.annual", p)["sections"]?.arrayValue?.first { $0["id"]?.stringValue == id }
  }
}

extension InProcess {
  /// A harness around a service configured by the caller (roles, clock).
  init(service: AvgdService, peer: Peer) {
    self.service = service
    self.peer = peer
  }
}
