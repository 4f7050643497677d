import JSON

/// A result written piece by piece into the connection instead of being built whole (issue 14,
/// item 4: a register export of 30 000 records must not cost the daemon a copy of itself per
/// caller). Given by a method's `MethodDeclaration.streamedHandler`.
///
/// The handler takes its consistent view (copies of the records, value types, under the
/// register's read lock) and states its audit before returning this; `write` then runs with no
/// lock held, so a slow reader never holds back a writer of the register. `write` must be
/// deterministic: for Content-Length framing it runs twice, once to count the bytes, once to send
/// them, and the two must agree.
public struct StreamedResult: Sendable {
  /// Writes the compact JSON encoding of the result, exactly `JSONWriter.bytes(value())`.
  /// Checks `ReplyWriter.isBroken` between large pieces to stop early when the peer left.
  public let write: @Sendable (ReplyWriter) -> Void
  /// The result as a value, for in-process calls (`RPCServer.call`) and tests.
  public let value: @Sendable () -> JSONValue

  /// A result written by `write` whose value `value` builds.
  public init(write: @escaping @Sendable (ReplyWriter) -> Void, value: @escaping @Sendable () -> JSONValue) {
    self.write = write
    self.value = value
  }
}
