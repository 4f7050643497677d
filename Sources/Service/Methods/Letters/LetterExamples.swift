import JSON
import JSONRPC

/// The recorded examples of `letters.render`, run last in the catalog, on the example requests
/// (R-2026-0001 extended and partly granted, R-2026-0003 from a parent without authority) and
/// the example breach D-2026-0001 (high risk, people told).
enum LetterExamples {
  /// One example per letter kind.
  static let all = [
    MethodExample("acknowledgement", params: ["kind": "acknowledgement", "id": "R-2026-0001"], result: ["kind": "acknowledgement", "check": ["ok": true]]),
    MethodExample("extension notice", params: ["kind": "extensionNotice", "id": "R-2026-0001"], result: ["kind": "extensionNotice", "check": ["ok": true]]),
    MethodExample("decision (partly granted, private board)", params: ["kind": "decision", "id": "R-2026-0001", "board": "private"], result: ["kind": "decision", "check": ["ok": true]]),
    MethodExample("art. 34 notice", params: ["kind": "breachNotice", "id": "D-2026-0001"], result: ["kind": "breachNotice", "check": ["ok": true]]),
    MethodExample("BW 1:377c answer", params: ["kind": "parentInformation", "id": "R-2026-0003"], result: ["kind": "parentInformation", "check": ["ok": true]]),
  ]
}
