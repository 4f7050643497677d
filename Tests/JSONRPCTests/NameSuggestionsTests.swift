import JSON
import Testing

@testable import JSONRPC

/// Issue 16 §4: "Method not found" names the closest methods; an unknown parameter is reported
/// before a missing one, with the known names.
@Suite struct NameSuggestionsTests {
  static let methods = [
    "requests.open", "requests.list", "requests.get", "requests.decide", "breaches.register", "breaches.list",
    "breaches.close", "rights.resolve", "rights.check", "service.info",
  ]

  static let cases: [(typed: String, closest: [String])] = [
    ("requests.lst", ["requests.list"]),
    ("request.open", ["requests.open"]),
    ("breach.list", ["breaches.list"]),
    ("Rights.Resolve", ["rights.resolve"]),
    ("rights.resolv", ["rights.resolve"]),
    ("rigths.check", ["rights.check"]),
    ("breaches.registr", ["breaches.register"]),
    ("service", ["service.info"]),
    ("xyz", []),
    ("", []),
  ]

  @Test(arguments: cases) func closestNames(_ c: (typed: String, closest: [String])) {
    let got = NameSuggestions.closest(to: c.typed, in: Self.methods)
    #expect(Array(got.prefix(c.closest.count)) == c.closest, "\(c.typed) → \(got)")
    if c.closest.isEmpty { #expect(got.isEmpty) }
  }

  static func server() throws -> RPCServer {
    let decl = MethodDeclaration(
      name: "requests.open", summary: "Open.", description: "Open.",
      params: [
        ParamSpec("type", required: true, "Type.", schema: ["type": "string"]),
        ParamSpec("receivedAt", "When.", schema: ["type": "string", "format": "date-time"]),
      ],
      result: ResultSpec("r", schema: [:]), examples: [], roles: []
    ) { _, _ in .null }
    let list = MethodDeclaration(
      name: "requests.list", summary: "List.", description: "List.", result: ResultSpec("r", schema: [:]), examples: [], roles: []
    ) { _, _ in .null }
    return RPCServer(table: try MethodTable([decl, list]))
  }

  @Test func methodNotFoundNamesTheClosest() throws {
    let peer = Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "t")
    guard case .failure(let e) = try Self.server().call("requests.opne", params: [:], peer: peer) else {
      Issue.record("expected -32601")
      return
    }
    #expect(e.code == .methodNotFound && e.message == "Method not found")
    #expect(e.data?["method"] == "requests.opne")
    #expect(e.data?["closest"]?.arrayValue?.first == "requests.open")
  }

  @Test func unknownParamBeforeMissingOne() throws {
    let peer = Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "t")
    guard case .failure(let e) = try Self.server().call("requests.open", params: ["typ": "access"], peer: peer) else {
      Issue.record("expected -32602")
      return
    }
    #expect(e.code == .invalidParams && e.data?["field"] == "typ")
    #expect(e.data?["known"] == ["type", "receivedAt"])
    #expect(e.data?["closest"] == ["type"])
    #expect(e.data?["reason"]?.stringValue?.contains("bekend: type, receivedAt") == true)
  }
}
