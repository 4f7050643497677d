import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The `publications.*`, `imageConsents.*` and `staff.*` methods in-process: the errors a caller
/// sees (-32602 with data.field, 1003 with holders, 1006, 1002), Dutch export headers, the roles in
/// the permissions table, and a withdrawal that answers with the publication to take down.
@Suite struct PublicationsServiceTests {
  /// The pinned service (2026-11-29), called as the privacy officer's user "fg".
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  static let consent: JSONObject = [
    "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
    "channels": ["WEBSITE", "NIEUWSBRIEF"], "givenOn": "2026-03-14", "validFrom": "2026-08-01",
  ]

  @Test func consentAtTheBirthdayAndTheErrorsACallerSees() throws {
    #expect(try s.ok("publications.consent", Self.consent)["count"] == 2)
    var onBirthday = Self.consent
    onBirthday["givenOn"] = "2026-03-15"
    let refused = try #require(s.error("publications.consent", onBirthday))
    #expect(refused.code == .notEntitled)
    #expect(refused.data?["field"] == "givenBy.relationship")
    #expect(refused.data?["holders"] == ["student"])
    var badChannel = Self.consent
    badChannel["channels"] = ["WEBSITE", "BIOSCOOP"]
    #expect(s.error("publications.consent", badChannel)?.data?["field"] == "channels[1]")
    #expect(s.error("publications.check", ["studentId": "3310", "channel": "website"])?.code == .invalidParams)
    let parentAfter16 = try s.ok("publications.withdraw", [
      "studentId": "3310", "channel": "NIEUWSBRIEF", "withdrawnOn": "2026-11-01", "by": ["relationship": "parent", "name": "K. de Boer"],
    ])
    #expect(parentAfter16["status"] == "suspended")
    #expect(parentAfter16["note"]?.stringValue?.contains("beslist zelf") == true)
    let curator = try #require(s.error("publications.withdraw", [
      "studentId": "3310", "channel": "WEBSITE", "withdrawnOn": "2026-03-14", "by": ["relationship": "curator", "name": "X"],
    ]))
    #expect(curator.code == .notEntitled && curator.data?["field"] == "by.relationship", "\(curator)")
    #expect(curator.data?["holders"] == ["parents"], "\(curator)")
    #expect(s.error("publications.withdraw", [
      "studentId": "9999", "channel": "WEBSITE", "withdrawnOn": "2026-11-01", "by": ["relationship": "student", "name": "X"],
    ])?.code == .conflict)
    let check = try s.ok("publications.check", ["studentId": "3310", "channel": "NIEUWSBRIEF"])
    #expect(check["allowed"] == false && check["code"] == "suspended" && check["since"] == "2026-11-01")
  }

  @Test func endToEndAWithdrawalListsThePublicationToTakeDown() throws {
    _ = try s.ok("publications.consent", Self.consent)
    let pub = try s.ok("publications.record", [
      "channel": "WEBSITE", "publishedOn": "2026-10-05", "description": "Foto's sportdag", "location": "https://school.example/sportdag",
      "students": [["id": "3310"]],
    ])
    #expect(pub["students"]?.arrayValue?.first?["reconfirmByStudent"] == true, "a parent's consent, the student is 16 now")
    let withdrawal = try s.ok("publications.withdraw", [
      "studentId": "3310", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": ["relationship": "student", "name": "L. de Boer"],
    ])
    let item = try #require(withdrawal["takedowns"]?.arrayValue?.first)
    #expect(withdrawal["takedowns"]?.arrayValue?.count == 1)
    #expect(item["publicationId"] == pub["id"] && item["recallable"] == true && item["location"] == "https://school.example/sportdag")
    #expect(try s.ok("publications.takedowns", ["channel": "WEBSITE"])["count"] == 1)
    #expect(try s.ok("publications.takedowns", ["channel": "PERS"])["count"] == 0)
    #expect(s.error("publications.takeDown", ["id": "BP-2026-0404", "takenDownOn": "2026-11-21"])?.code == .notFound)
    _ = try s.ok("publications.takeDown", ["id": try #require(pub["id"]), "takenDownOn": "2026-11-21"])
    #expect(s.error("publications.takeDown", ["id": try #require(pub["id"]), "takenDownOn": "2026-11-22"])?.code == .invalidTransition)
    #expect(try s.ok("publications.takedowns", [:])["count"] == 0)
    #expect(try s.ok("publications.list", ["studentId": "3310", "status": "takenDown"])["total"] == 1)
    let audit = try s.ok("audit.list", ["recordId": try #require(pub["id"])])
    let methods = audit["items"]?.arrayValue?.compactMap { $0["method"]?.stringValue } ?? []
    #expect(methods.contains("publications.withdraw"), "the take-down list in the withdrawal's answer is an audited read")
  }

  @Test(arguments: ["en", "nl"]) func exportsHaveDutchHeaders(_ language: String) throws {
    _ = try s.ok("publications.consent", Self.consent)
    _ = try s.ok("publications.record", ["channel": "NIEUWSBRIEF", "publishedOn": "2026-09-20", "description": "Nieuwsbrief september", "students": [["id": "3310"]]])
    _ = try s.ok("staff.register", ["id": "MW-1", "roles": ["LERAAR"], "schools": ["De Linde"], "activeFrom": "2020-08-01"])
    func header(_ method: String) throws -> String {
      let csv = try #require(try s.ok(method, ["format": "csv", "language": .string(language)])["csv"]?.stringValue)
      return csv.components(separatedBy: "\r\n")[0]
    }
    let nl = language == "nl"
    // nl: the CSV for Dutch Excel (byte-order mark, `;`; issue 16 §2).
    #expect(try header("imageConsents.export").hasPrefix(nl ? "\u{FEFF}Kenmerk;Status;Leerling;Kanaal" : "Id,Status,Student,Channel"))
    #expect(try header("publications.export").hasPrefix(nl ? "\u{FEFF}Kenmerk;Status;Kanaal;Gepubliceerd op" : "Id,Status,Channel,Published on"))
    #expect(try header("staff.export") == (nl
      ? "\u{FEFF}Personeelsnummer;Status;Rollen;Scholen;In dienst vanaf;Uit dienst op;Instructies"
      : "Staff id,Status,Roles,Schools,In service from,Left on,Instructions"))
  }

  @Test func staffDueAndCoverageThroughTheService() throws {
    _ = try s.ok("staff.register", ["id": "MW-1", "roles": ["LERAAR"], "schools": ["De Linde"], "activeFrom": "2020-08-01"])
    _ = try s.ok("staff.instruct", ["topic": "DATALEK_MELDEN", "on": "2025-11-29", "staff": [["id": "MW-1"]]])
    #expect(try s.ok("staff.due", ["topic": "DATALEK_MELDEN"])["count"] == 0, "valid through today")
    #expect(try s.ok("staff.due", ["topic": "DATALEK_MELDEN", "on": "2026-11-30"])["count"] == 1)
    let coverage = try s.ok("staff.coverage", ["topic": "DATALEK_MELDEN"])
    #expect(coverage["rows"]?.arrayValue?.first?["percent"] == 100)
    #expect(s.error("staff.due", ["topic": "KOFFIE"])?.data?["field"] == "topic")
    #expect(s.error("staff.instruct", ["topic": "AVG_BASIS", "on": "2026-11-01", "staff": [["id": "MW-9"]]])?.data?["field"] == "staff[0].role")
    #expect(s.error("staff.register", ["id": "MW-2", "roles": ["KOK"], "schools": ["De Linde"], "activeFrom": "2020-08-01"])?.data?["field"] == "roles[0]")
    _ = try s.ok("staff.leave", ["id": "MW-1", "on": "2026-11-01"])
    #expect(s.error("staff.instruct", ["topic": "AVG_BASIS", "on": "2026-11-02", "staff": [["id": "MW-1"]]])?.code == .invalidTransition)
    #expect(try s.ok("staff.coverage", [:])["count"] == 0, "a leaver is not counted")
  }

  /// The permissions a privacy officer expects: the administration records, management reads and
  /// sees coverage, nobody else sees students or staff.
  static let roles: [(method: String, roles: Set<String>)] = [
    ("publications.consent", ["privacyOfficer", "administration"]),
    ("publications.withdraw", ["privacyOfficer", "administration"]),
    ("publications.record", ["privacyOfficer", "administration"]),
    ("publications.takeDown", ["privacyOfficer", "administration"]),
    ("publications.check", ["privacyOfficer", "administration", "management"]),
    ("publications.takedowns", ["privacyOfficer", "administration", "management"]),
    ("imageConsents.export", ["privacyOfficer", "administration", "management"]),
    ("staff.instruct", ["privacyOfficer", "administration"]),
    ("staff.due", ["privacyOfficer", "administration", "management"]),
    ("staff.coverage", ["privacyOfficer", "management"]),
    ("staff.topics", ["privacyOfficer", "administration", "management", "confidentialCounsellor", "rightsQuery"]),
  ]

  @Test func rolesInThePermissionsTable() throws {
    let declared = Dictionary(uniqueKeysWithValues: s.service.server.table.declarations.map { ($0.name, Set($0.roles)) })
    for row in Self.roles { #expect(declared[row.method] == row.roles, "\(row.method)") }
  }
}
