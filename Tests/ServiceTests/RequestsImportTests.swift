import Foundation
import JSON
import JSONRPC
import Testing

/// Issue 16 §2: an import can be run twice (`externalRef`) and tried first (`dryRun`), which checks
/// exactly what the real open checks and registers nothing.
@Suite struct RequestsImportTests {
  static let params: JSONObject = [
    "type": "access", "student": ["id": "S-9", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"],
    "receivedOn": "2026-11-20", "externalRef": "SIS-1",
  ]

  func count(_ s: InProcess) throws -> Int? { try s.ok("requests.list", [:])["total"]?.intValue }

  @Test func aSecondOpenWithTheSameReferenceAnswersTheFirstRecord() throws {
    let s = try InProcess()
    let first = try s.ok("requests.open", Self.params)
    #expect(first["externalRef"] == "SIS-1")
    #expect(first["alreadyRegistered"] == nil)
    var again = Self.params
    again["description"] = "the same request, read again by the import"
    let second = try s.ok("requests.open", again)
    #expect(second["id"] == first["id"])
    #expect(second["alreadyRegistered"] == true)
    #expect(second["description"] == nil)
    #expect(try count(s) == 1)
    #expect(try s.ok("requests.history", ["id": first["id"] ?? .null])["events"]?.arrayValue?.count == 1)
  }

  static let others: [(String, JSONValue, String)] = [
    ("type", .string("erasure"), "type"),
    ("student", .object(["id": "S-10", "birthDate": "2014-05-12"]), "student.id"),
    ("receivedOn", .string("2026-11-21"), "receivedOn"),
  ]

  @Test(arguments: others)
  func aReferenceNamingAnotherRequestIsAConflict(_ key: String, _ value: JSONValue, _ field: String) throws {
    let s = try InProcess()
    _ = try s.ok("requests.open", Self.params)
    var other = Self.params
    other[key] = value
    let e = try #require(s.error("requests.open", other))
    #expect(e.code == .conflict)
    #expect(e.data?["field"]?.stringValue == field)
    #expect(try count(s) == 1)
  }

  @Test func aDryRunRegistersNothingAndAnswersWhatWouldBeRegistered() throws {
    let s = try InProcess()
    var p = Self.params
    p["dryRun"] = true
    let would = try s.ok("requests.open", p)
    #expect(would["dryRun"] == true)
    #expect(would["id"] == "R-2026-0001")
    #expect(would["dueOn"] != nil)
    #expect(try count(s) == 0)
    let real = try s.ok("requests.open", Self.params)
    #expect(real["id"] == "R-2026-0001")
    #expect(real["dueOn"] == would["dueOn"])
  }

  static let refused: [(String, JSONValue)] = [
    ("receivedOn", .string("2026-12-24")), ("receivedOn", .string("2026-02-30")), ("type", .string("everything")),
  ]

  @Test(arguments: refused)
  func aDryRunRefusesExactlyWhatTheRealCallRefuses(_ key: String, _ value: JSONValue) throws {
    let s = try InProcess()
    var p = Self.params
    p[key] = value
    let real = try #require(s.error("requests.open", p))
    p["dryRun"] = true
    let dry = try #require(s.error("requests.open", p))
    #expect(dry.code == real.code)
    #expect(dry.data == real.data)
  }
}
