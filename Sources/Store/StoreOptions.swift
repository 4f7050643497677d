/// Tuning for a store; defaults are what production uses.
public struct StoreOptions: Sendable {
  /// The service should call `writeSnapshot` after this many events (see `Store.snapshotDue`),
  /// which bounds start-up replay work whatever the journal's size.
  public var snapshotEvery: Int
  /// Whether to fsync at all. Only tests and throwaway demos turn this off; then
  /// `waitDurable` returns at once and a crash can lose acknowledged events.
  public var fsync: Bool
  /// Whether a store on a network or user-space file system (NFS, CIFS, FUSE) is opened anyway
  /// (`--allow-network-fs`); refused by default, see `StoreFileSystem`.
  public var allowNetworkFileSystem = false
  /// `head.json` (the durable end of the journal, outside it) is rewritten at least this often, in
  /// seconds, while writes go on; a tail cut from the journal before the head is then lost data, not
  /// a torn write (Protocol/store-format.md, "Head").
  public var headInterval: Double

  /// Options with production defaults.
  public init(snapshotEvery: Int = 10_000, fsync: Bool = true, headInterval: Double = 2) {
    self.snapshotEvery = snapshotEvery
    self.fsync = fsync
    self.headInterval = headInterval
  }
}
