/// Every limit of the wire in one place; `service.info` reports them, Protocol/README.md and
/// Protocol/access.md ("Limits") document them. The connection and reply limits exist so that no
/// caller — whatever its role — can lock others out or exhaust the daemon's memory (issue 14,
/// items 4 and 5; AVG art. 32(1)(b): availability and resilience).
public struct Limits: Sendable, Hashable {
  /// Largest message (one line, or one Content-Length body) in bytes. Default 8 MiB.
  public var maxMessageBytes: Int = 8 * 1024 * 1024
  /// Largest header section in Content-Length framing, in bytes.
  public var maxHeaderBytes: Int = 8 * 1024
  /// Most elements in one batch.
  public var maxBatchSize: Int = 100
  /// Most simultaneous socket connections; one more is told "server busy" and closed.
  public var maxConnections: Int = 256
  /// Most requests read but not yet answered on one connection; beyond it, reading pauses.
  public var maxInFlightPerConnection: Int = 64
  /// Seconds a reply may wait on a client that stops reading before the connection is closed.
  public var writeTimeoutSeconds: Double = 10
  /// Seconds granted to in-flight requests at shutdown (SIGTERM/SIGINT, end of input).
  public var drainTimeoutSeconds: Double = 5
  /// Deepest JSON nesting accepted.
  public var maxDepth: Int = 128

  /// Largest single buffered reply, in bytes. A bigger answer is replaced by -32008 naming this
  /// limit and the paged alternative (`.list` with `cursor`, or narrower filters). Default 16 MiB.
  /// A streamed reply (`RPCReply.streamed`: a register export sent as a request of its own) is
  /// written chunk by chunk and has no size limit; in a batch the same export is collected and
  /// stops at this limit.
  public var maxReplyBytes: Int = 16 * 1024 * 1024
  /// Largest sum of one batch's replies, in bytes. Once reached, the batch's remaining requests
  /// are not run and are answered with -32008. Default 32 MiB.
  public var maxBatchReplyBytes: Int = 32 * 1024 * 1024
  /// Seconds a socket connection may stay silent, with nothing read and nothing running, before
  /// it is closed. Stdio never times out. Default 600.
  public var idleTimeoutSeconds: Double = 600
  /// Seconds a started message may take to arrive in full on a socket (a slow-request guard:
  /// one byte and then nothing holds a slot no longer than this). Default 10.
  public var requestTimeoutSeconds: Double = 10
  /// Most simultaneous socket connections of one uid; avgd's own user and root are exempt.
  /// Default 32.
  public var maxConnectionsPerUID: Int = 32
  /// Of `maxConnections`, the slots only avgd's own user and root may take, so that the daemon's
  /// owner can always get in; at most half of `maxConnections` is reserved. Default 8.
  public var reservedConnections: Int = 8
  /// Seconds between two "refused a connection" log lines; the refusals in between are counted
  /// and reported with the next line. Default 10.
  public var refusalLogIntervalSeconds: Double = 10

  /// The defaults.
  public init() {}
}
