import Synchronization

/// One connection's state as the dispatcher sees it: who the peer is and which of its requests
/// were cancelled before they ran (`$/cancelRequest`, LSP-style).
///
/// Checked `Sendable`: the connection's thread marks and takes cancellations while `intercept`
/// reads ahead, so the one mutable member, the set of cancelled ids, lives in a `Mutex` that
/// guards it alone (issue 13 §2: no manual lock/unlock pairs to get wrong).
public final class RPCSession: Sendable {
  /// The caller.
  public let peer: Peer
  /// Guards the ids cancelled and not yet taken; nothing else.
  private let cancelled = Mutex<Set<RequestID>>([])

  /// A session for `peer`.
  public init(peer: Peer) { self.peer = peer }

  /// Marks `id` cancelled; if it has not run yet, it will be answered with -32800.
  public func cancel(_ id: RequestID) {
    cancelled.withLock { ids in
      if ids.count > 10_000 { ids.removeAll() }
      ids.insert(id)
    }
  }

  /// True (once) when `id` was cancelled; clears the mark so a later reuse of the id runs normally.
  public func takeCancellation(_ id: RequestID) -> Bool {
    cancelled.withLock { $0.remove(id) != nil }
  }
}
