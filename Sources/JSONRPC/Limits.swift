/// Every limit of the wire in one place; `service.info` reports them and Protocol/README.md documents them.
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

  /// The defaults.
  public init() {}
}
