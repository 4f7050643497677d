import Foundation
import JSONRPC
@testable import Transport

/// Runs `body` against a started listener on a fresh short path; drains it afterwards.
func withListener(
  limits: Limits = Limits(), handler: TestHandler = TestHandler(),
  _ body: (UnixSocketListener, String, TestHandler) throws -> Void
) throws {
  let path = temporarySocketPath()
  let listener = try UnixSocketListener(path: path, limits: limits, handler: handler)
  try listener.start()
  defer { listener.drain(timeout: 2) }
  try body(listener, path, handler)
}
