import JSON
import Wording
import JSONRPC

/// The methods JSON-RPC 2.0 §7's examples assume (`subtract`, `sum`, `get_data` and the
/// notifications `update`, `notify_hello`, `notify_sum`). Test-only: never part of avgd's API.
public enum SpecFixtures {
  static let number: JSONValue = ["type": "number"]

  /// The fixture declarations.
  public static var declarations: [MethodDeclaration] {
    [
      MethodDeclaration(
        name: "subtract", summary: "minuend - subtrahend",
        params: [ParamSpec("minuend", required: true, "", schema: number),
                 ParamSpec("subtrahend", required: true, "", schema: number)],
        paramStructure: .either, result: ResultSpec("difference", schema: number)
      ) { p, _ in
        let a = try p.int("minuend"), b = try p.int("subtrahend")
        return .int(a - b)
      },
      MethodDeclaration(
        name: "sum", summary: "sum of the numbers", params: (0..<10).map { ParamSpec("n\($0)", "", schema: number) },
        paramStructure: .either,
        result: ResultSpec("sum", schema: number)
      ) { p, _ in .int(p.object.members.reduce(0) { $0 + ($1.value.intValue ?? 0) }) },
      MethodDeclaration(
        name: "get_data", summary: "fixed data", result: ResultSpec("data", schema: ["type": "array"])
      ) { _, _ in ["hello", 5] },
      notification("update"), notification("notify_hello"),
      MethodDeclaration(
        name: "notify_sum", summary: "", params: (0..<3).map { ParamSpec("n\($0)", "", schema: number) },
        paramStructure: .either, result: ResultSpec("none", schema: ["type": "null"])
      ) { _, _ in .null },
    ]
  }

  static func notification(_ name: String) -> MethodDeclaration {
    MethodDeclaration(
      name: name, summary: "a notification target", rejectsUnknownParams: false, paramStructure: .either,
      result: ResultSpec("none", schema: ["type": "null"])
    ) { _, _ in .null }
  }

  /// A server with the fixtures.
  public static func server(limits: Limits = Limits()) throws -> RPCServer {
    // The specification's examples and our conformance cases are in English.
    RPCServer(table: try MethodTable(declarations), limits: limits, language: .en)
  }
}
