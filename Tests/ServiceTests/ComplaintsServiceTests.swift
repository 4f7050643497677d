import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The complaints and communication methods in-process: refusals with their fields, prompts,
/// configured retention, the annual report without names, the check using the register's names,
/// declared roles, and a purge that erases a dossier from the store's files.
@Suite struct ComplaintsServiceTests {
  /// The dossiers are the counsellor's alone (rules.md §7), so these tests run as one.
  static let counsellor: [Role] = [.privacyOfficer, .confidentialCounsellor]
  static var counsellorAccess: AccessPolicy {
    var config = RolesConfig()
    config.uids[getuid()] = counsellor
    return AccessPolicy(config: config)
  }

  @Test func thePrivacyOfficerMayNotReadDossiers() throws {
    let counsellorService = try makeService(roles: Self.counsellor)
    _ = call(counsellorService, "complaints.open", Self.opening())
    let officer = try makeService()
    let e = callError(officer, "complaints.get", ["id": "K-2026-0001"])
    #expect(e?.code == .forbidden)
    #expect(e?.data?["required"] == ["confidentialCounsellor"])
    #expect(callError(officer, "complaints.annualReport", ["year": 2026]) == nil)
  }

  static func opening(name: String = "Sanne de Vries", isStaff: Bool = true, openedAt: String = "2026-11-02T10:15:00+01:00") -> JSONObject {
    [
      "complainant": ["name": .string(name), "role": "student"], "accused": ["name": "Peter Bakker", "role": "staff"],
      "description": "Remarks in class", "category": "treatment",
      "consent": ["givenBy": .string(name), "givenAt": "2024-01-01T10:00:00+01:00", "explicit": true],
      "counsellor": ["name": "A. Smit", "isStaff": .bool(isStaff)], "openedAt": .string(openedAt),
    ]
  }

  static func with(_ o: JSONObject, _ key: String, _ v: JSONValue?) -> JSONObject {
    var o = o
    o[key] = v
    return o
  }

  /// param change → field of the -32602.
  static let refusals: [(JSONObject, String)] = [
    (with(opening(), "consent", nil), "consent"),
    (with(opening(), "consent", ["givenBy": "S", "givenAt": "2024-01-01T10:00:00+01:00", "explicit": false]), "consent.explicit"),
    (with(opening(), "consent", ["givenBy": "S", "givenAt": "2027-01-01T10:00:00+01:00", "explicit": true]), "consent.givenAt"),
    (with(opening(), "specialCategories", [["category": "health", "reason": ""]]), "specialCategories[0].reason"),
    (with(opening(), "specialCategories", [["category": "health"]]), "specialCategories[0].reason"),
    (with(opening(), "openedAt", "2026-10-25T02:15:00"), "openedAt"),
  ]

  @Test(arguments: refusals.indices) func openRefused(_ i: Int) throws {
    let service = try makeService(roles: Self.counsellor)
    let e = callError(service, "complaints.open", Self.refusals[i].0)
    #expect(e?.code == .invalidParams)
    #expect(e?.data?["field"]?.stringValue == Self.refusals[i].1)
    #expect(callError(service, "complaints.get", ["id": "K-2026-0001"])?.code.rawValue == 1001)
  }

  @Test func promptsRetentionAndReport() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.complaintRetentionYears = 3
    c.access = Self.counsellorAccess
    let service = try AvgdService(configuration: c)
    #expect(call(service, "service.info", [:])["complaintRetentionYears"] == 3)
    #expect(call(service, "complaints.open", Self.opening())["prompt"]?["kind"] == "reportingDuty")
    #expect(call(service, "complaints.open", Self.opening(name: "Fatima El Amrani", isStaff: false))["prompt"]?["kind"] == "aangifte")
    let closed = call(service, "complaints.close", ["id": "K-2026-0001", "closedAt": "2026-11-20T12:00:00+01:00", "outcome": "resolved"])
    #expect(closed["retainUntil"] == "2029-11-20")
    #expect(closed["retentionRule"] == "complaints-3y")
    #expect(callError(service, "complaints.addReport", ["id": "K-2026-0001", "at": "2026-11-21T12:00:00+01:00", "summary": "x"])?.code.rawValue == 1002)
    let report = call(service, "complaints.annualReport", ["year": 2026])
    #expect(report["opened"] == 2 && report["closed"] == 1)
    let text = JSONWriter.string(report)
    for name in ["Sanne", "Vries", "Fatima", "Amrani", "Peter", "Bakker", "Smit", "Remarks", "resolved"] {
      #expect(!text.contains(name), "\(name) in the annual report")
    }
    #expect(callError(service, "complaints.purge", ["on": "2026-11-30"])?.data?["field"] == "on")
    #expect(call(service, "complaints.purge", [:])["count"] == 0)
  }

  @Test func checkUsesTheRegistersNames() throws {
    let service = try makeService(roles: Self.counsellor)
    _ = call(service, "complaints.open", Self.opening())
    let r = call(service, "communication.check", ["text": "We spraken met Peter Bakker en Sanne.", "audience": "general"])
    #expect(r["ok"] == false)
    #expect(r["findings"]?.arrayValue?.map { $0["text"] } == ["Peter Bakker", "Sanne"])
    #expect(r["findings"]?.arrayValue?.first?["start"] == 15)
    let general = callError(service, "communication.check", ["text": "x", "audience": "general", "recipientNames": ["Sanne"]])
    #expect(general?.data?["field"] == "recipientNames")
    let affected = call(service, "communication.check", [
      "text": "Beste Sanne de Vries, uw gegevens stonden op de lijst.", "audience": "affected", "recipientNames": ["Sanne de Vries"],
    ])
    #expect(affected["ok"] == true)
  }

  @Test func rolesAreDeclared() throws {
    let service = try makeService(roles: Self.counsellor)
    let methods = call(service, "rpc.discover", [:])["methods"]?.arrayValue ?? []
    func roles(_ name: String) -> [String] {
      (methods.first { $0["name"]?.stringValue == name }?["x-roles"]?.arrayValue ?? []).compactMap(\.stringValue)
    }
    for m in ["open", "addReport", "close", "purge", "get", "history", "list", "export"] {
      #expect(roles("complaints.\(m)") == ["confidentialCounsellor"], "complaints.\(m)")
    }
    #expect(Set(roles("complaints.annualReport")) == ["confidentialCounsellor", "management", "privacyOfficer"])
    #expect(!roles("communication.check").contains("rightsQuery"))
  }

  @Test func purgeErasesTheDossierFromTheStoreFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-complaints-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.storeDirectory = dir
    c.access = Self.counsellorAccess
    var service: AvgdService? = try AvgdService(configuration: c)
    guard let s = service else { return }
    _ = call(s, "complaints.open", Self.opening(name: "Fatima El Amrani", openedAt: "2024-03-04T14:00:00+01:00"))
    _ = call(s, "complaints.open", Self.opening())
    _ = call(s, "complaints.close", ["id": "K-2024-0001", "closedAt": "2024-06-10T16:00:00+02:00", "outcome": "mediated"])
    let purge = call(s, "complaints.purge", [:])
    #expect(purge["count"] == 1)
    #expect(purge["erasedFromJournal"] == true)
    _ = call(s, "complaints.addReport", ["id": "K-2026-0001", "at": "2026-11-20T12:00:00+01:00", "summary": "talked"])
    s.shutdown()
    service = nil
    for file in try FileManager.default.contentsOfDirectory(atPath: dir) {
      let bytes = (try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? ""
      #expect(!bytes.contains("Fatima"), "\(file) still holds the purged dossier")
    }
    let again = try AvgdService(configuration: c)
    #expect(callError(again, "complaints.get", ["id": "K-2024-0001"])?.code.rawValue == 1001)
    #expect(call(again, "complaints.get", ["id": "K-2026-0001"])["reports"]?.arrayValue?.count == 1)
    #expect(call(again, "complaints.annualReport", ["year": 2026])["purged"] == 1)
    let next = call(again, "complaints.open", Self.opening(name: "Jan Jansen", openedAt: "2024-05-01T10:00:00+02:00"))
    #expect(next["id"] == "K-2024-0002")
    again.shutdown()
  }
}
