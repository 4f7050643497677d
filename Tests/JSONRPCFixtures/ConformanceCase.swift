import Foundation
import JSON

/// One case of `Protocol/conformance/jsonrpc.jsonl` (format in that folder's README).
public struct ConformanceCase: Sendable, CustomStringConvertible {
  /// What the case shows.
  public let name: String
  /// The bytes to send.
  public let send: [UInt8]
  /// The expected reply, or nil for "no reply".
  public let expect: JSONValue?
  /// The exact reply text, when the case pins it.
  public let expectText: String?
  /// True when the case uses only methods avgd itself has (no §7 fixture method).
  public let needsFixtures: Bool

  public var description: String { name }

  /// The package root, found from this file's path.
  public static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Every case in the committed file; a line that is not a case stops the run (test fixtures only).
  public static func all() -> [ConformanceCase] {
    let url = packageRoot.appendingPathComponent("Protocol/conformance/jsonrpc.jsonl")
    // A case that cannot be read stops the run: dropping it would let the suites pass without it.
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { preconditionFailure("cannot read \(url.path)") }
    return text.split(separator: "\n").map { line in
      guard let v = try? JSONParser.parse(String(line)), let name = v["name"]?.stringValue else {
        preconditionFailure("not a conformance case (JSON with a name): \(line)")
      }
      let bytes: [UInt8]
      if let hex = v["sendHex"]?.stringValue {
        precondition(hex.count % 2 == 0, "\(name): sendHex has an odd number of digits")
        bytes = stride(from: 0, to: hex.count, by: 2).map { i in
          let s = hex.index(hex.startIndex, offsetBy: i)
          guard let b = UInt8(hex[s..<hex.index(s, offsetBy: 2)], radix: 16) else {
            preconditionFailure("\(name): sendHex holds a non-hex pair at \(i)")
          }
          return b
        }
      } else {
        bytes = Array((v["send"]?.stringValue ?? "").utf8)
      }
      let expect: JSONValue? = v["expect"].flatMap { $0.isNull ? Optional<JSONValue>.none : $0 }
      let fixtures = ["subtract", "sum", "get_data", "update", "notify_hello", "notify_sum"]
      let text = String(decoding: bytes, as: UTF8.self)
      return ConformanceCase(
        name: name, send: bytes, expect: expect, expectText: v["expectText"]?.stringValue,
        needsFixtures: fixtures.contains { text.contains("\"\($0)\"") })
    }
  }

  /// Nil when `reply` satisfies the case, else why not.
  public func mismatch(_ reply: [UInt8]?) -> String? {
    guard let expect else {
      return reply.map { "expected no reply, got \(String(decoding: $0, as: UTF8.self))" }
    }
    guard let reply else { return "expected a reply, got none" }
    if let expectText, String(decoding: reply, as: UTF8.self) != expectText {
      return "expected exactly \(expectText), got \(String(decoding: reply, as: UTF8.self))"
    }
    guard let got = try? JSONParser.parse(reply) else { return "reply is not JSON" }
    return Self.matches(got, expect) ? nil : "expected \(JSONWriter.string(expect)), got \(JSONWriter.string(got))"
  }

  /// Semantic comparison: objects by members, batches as multisets, error `data` only if expected.
  public static func matches(_ got: JSONValue, _ want: JSONValue) -> Bool {
    switch (got, want) {
    case (.array(let g), .array(let w)):
      guard g.count == w.count else { return false }
      var remaining = g
      for item in w {
        guard let i = remaining.firstIndex(where: { matches($0, item) }) else { return false }
        remaining.remove(at: i)
      }
      return true
    case (.object(let g), .object(let w)):
      if w["code"] != nil, w["message"] != nil, w["data"] == nil {
        return g["code"] == w["code"] && g["message"] == w["message"]
      }
      guard g.count == w.count else { return false }
      return w.allSatisfy { m in g[m.key].map { matches($0, m.value) } ?? false }
    case (.number(let g), .number(let w)):
      return g.text == w.text || (g.doubleValue != nil && g.doubleValue == w.doubleValue)
    default:
      return got == want
    }
  }
}
