import JSON
import JSONRPC

/// The recorded examples of `breaches.apForm`: the USB stick of the `breaches.register` examples
/// (D-2026-0001) right after its assessment, before the report, as the privacy officer types it in.
enum BreachesAPFormExamples {
  /// The examples, in order.
  static let all: [MethodExample] = [
    MethodExample(
      "the USB stick, assessed and not yet reported: a new notification",
      params: ["id": "D-2026-0001"],
      result: ["id": "D-2026-0001", "notification": "new", "reportBy": "2026-11-30T16:30:00+01:00", "complete": false]),
    MethodExample(
      "the same, as text to copy into the form",
      params: ["id": "D-2026-0001", "format": "text"],
      result: "TODO"),
  ]
}
