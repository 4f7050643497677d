import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// A correction that moves a record to a school outside the caller's is refused on the corrected
/// value, `fields.school` (issue 18 §1 with issue 16 §6): the caller gave `fields.school`, not a
/// top-level `school`, so the refusal points where they wrote it — in every `*.correct`, whether
/// it is one of the generic corrections or the request's and breach's own. Within the caller's
/// schools the move is made.
@Suite struct CorrectedSchoolTests {
  typealias T = SchoolPublicationsScopeTests

  /// Makes a record at Noorderschool as the caller of Noorderschool, by the method's first example.
  static func record(_ s: AvgdService, _ method: String, result: String) throws -> String {
    let open = try #require(s.server.table[method])
    var params = try #require(open.examples.first?.params)
    params["school"] = .string(T.noord)
    let made = try T.ok(s, method, params, as: T.a)
    // One record, or (publications.consent) a list of the consents given, one per channel.
    let record = made[result]?.arrayValue?.first?.objectValue.map(JSONValue.object) ?? made[result] ?? made
    return try #require(record["id"]?.stringValue, "\(made)")
  }

  @Test(arguments: [
    ("requests.open", "request", "requests.correct"),
    ("breaches.register", "breach", "breaches.correct"),
    ("publications.consent", "items", "imageConsents.correct"),
  ])
  func aMoveOutsideTheCallersSchoolsIsRefusedOnTheCorrectedField(entry: String, result: String, correct: String) throws {
    let s = try T.service()
    let id = try Self.record(s, entry, result: result)
    let away: JSONObject = ["id": .string(id), "fields": ["school": .string(T.zuid)], "reason": "verkeerde school"]
    let refused = try #require(T.error(s, correct, away, as: T.a))
    #expect(refused.code == .invalidParams && refused.data?["field"] == "fields.school", "\(refused)")
    let moved = try T.ok(s, correct, away, as: T.ab)
    #expect(JSONWriter.string(moved).contains(T.zuid), "a caller of both schools moves it: \(moved)")
  }

  @Test func otherRefusalsKeepTheirField() {
    let e = RPCError.invalidParams(field: "id", reason: "x")
    #expect(e.schoolAtFieldsPath.data?["field"] == "id")
    #expect(RPCError.invalidParams(field: "schools", reason: "x").schoolAtFieldsPath.data?["field"] == "fields.schools")
  }
}
