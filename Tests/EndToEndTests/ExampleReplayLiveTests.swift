import Foundation
import JSON
import Service
import Testing

/// Every example pairing in Protocol/openrpc.json, replayed in document order against the real
/// binary over its socket, on a fresh store with "now" pinned (Protocol/README.md, "Example pairings").
@Suite struct ExampleReplayLiveTests {
  @Test func everyExampleHoldsAgainstTheBinary() throws {
    let text = try String(
      contentsOf: Binaries.packageRoot.appendingPathComponent("Protocol/openrpc.json"), encoding: .utf8)
    let doc = try JSONParser.parse(text)
    let dir = Binaries.temporaryDirectory()
    // The examples were recorded with every permission; this user gets every role for the replay.
    let roles = dir + "/roles.json"
    let all = #"["privacyOfficer","administration","management","confidentialCounsellor","rightsQuery"]"#
    let rolesText = #"{"version":1,"uids":{"\#(getuid())":\#(all)}}"#
    #expect(FileManager.default.createFile(atPath: roles, contents: Data(rolesText.utf8), attributes: [.posixPermissions: 0o600]))
    // The examples were recorded with the example board's settings (breaches.apForm, section 1).
    try FileManager.default.createDirectory(atPath: dir + "/store", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    #expect(FileManager.default.createFile(atPath: dir + "/store/" + ServiceSettings.fileName, contents: Data(JSONWriter.string(ServiceSettings.example.json).utf8)))
    let server = try LiveProcess(
      Binaries.avgd, ["serve", "--store", dir + "/store", "--roles", roles], socket: true, directory: dir)
    let client = try server.connect()
    var replayed = 0
    for method in doc["methods"]?.arrayValue ?? [] {
      let name = method["name"]?.stringValue ?? ""
      for ex in method["examples"]?.arrayValue ?? [] {
        var params = JSONObject()
        for p in ex["params"]?.arrayValue ?? [] { params[p["name"]?.stringValue ?? ""] = p["value"] }
        let request: JSONValue = ["jsonrpc": "2.0", "method": .string(name), "params": .object(params), "id": .int(replayed)]
        client.send(JSONWriter.bytes(request) + [0x0A])
        let reply = try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
        var expected = ex["result"]?["value"] ?? .null
        if case .object(var o) = expected {
          for v in method["x-volatile"]?.arrayValue ?? [] { o[v.stringValue ?? ""] = nil }
          expected = .object(o)
        }
        // The examples were recorded as the user "privacy-officer"; this process runs as someone else.
        let got = reply["result"].map { Self.renaming($0, from: Self.userName, to: "privacy-officer") }
        #expect(got != nil, "\(name) / \(ex["name"] ?? .null): error \(reply["error"] ?? .null)")
        if let got {
          #expect(ExampleRecorder.contains(got, expected),
            "\(name) / \(ex["name"] ?? .null): expected \(JSONWriter.string(expected)), got \(JSONWriter.string(got))")
        }
        replayed += 1
      }
    }
    #expect(replayed >= (doc["methods"]?.arrayValue?.count ?? 0))
    client.close()
    #expect(server.terminate() == 0)
  }

  static var userName: String {
    guard let pw = getpwuid(getuid()) else { return "uid:\(getuid())" }
    return String(cString: pw.pointee.pw_name)
  }

  static func renaming(_ v: JSONValue, from: String, to: String) -> JSONValue {
    switch v {
    case .string(let s) where s == from: return .string(to)
    case .string(let s) where s.contains("\r\n"):  // a CSV export (`,` or the Dutch `;`): the name sits in a cell
      func cells(_ text: Substring, _ separator: Character, _ each: (Substring) -> String) -> String {
        text.split(separator: separator, omittingEmptySubsequences: false).map(each).joined(separator: String(separator))
      }
      return .string(s.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
        cells(line, ",") { part in cells(part, ";") { $0 == from ? to : String($0) } }
      }.joined(separator: "\r\n"))
    case .array(let a): return .array(a.map { renaming($0, from: from, to: to) })
    case .object(let o): return .object(JSONObject(o.map { ($0.key, renaming($0.value, from: from, to: to)) }))
    default: return v
    }
  }
}
