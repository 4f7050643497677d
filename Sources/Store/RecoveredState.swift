import JSON
import Wording

/// What `Store.open` found: the latest snapshot and the events after it, for the service to replay.
public struct RecoveredState: Sendable {
  /// The snapshot's state, or nil when there is no snapshot yet (replay from empty state).
  public var snapshot: JSONValue?
  /// The last seq the snapshot covers (0 without a snapshot).
  public var snapshotSeq: UInt64
  /// Events after the snapshot, in seq order.
  public var events: [StoredEvent]
  /// Things recovery fixed and the operator should know, e.g. a torn final record that was cut
  /// (in both languages; recovery has logged them already in the process's language).
  public var warnings: [Text]
  /// Registers whose erasure was promised before a crash and not finished (`erasure.pending`): the
  /// service finishes them right after replay (AVG art. 17; Protocol/store-format.md, "Erasure").
  public var pendingErasures: [String] = []

  /// Makes a recovered state.
  public init(snapshot: JSONValue?, snapshotSeq: UInt64, events: [StoredEvent], warnings: [Text]) {
    self.snapshot = snapshot
    self.snapshotSeq = snapshotSeq
    self.events = events
    self.warnings = warnings
  }
}
