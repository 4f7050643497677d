import Foundation

/// One connection's state as the dispatcher sees it: who the peer is and which of its requests
/// were cancelled before they ran (`$/cancelRequest`, LSP-style).
public final class RPCSession: @unchecked Sendable {
  /// The caller.
  public let peer: Peer
  private let lock = NSLock()
  private var cancelled: Set<RequestID> = []

  /// A session for `peer`.
  public init(peer: Peer) { self.peer = peer }

  /// Marks `id` cancelled; if it has not run yet, it will be answered with -32800.
  public func cancel(_ id: RequestID) {
    lock.lock(); defer { lock.unlock() }
    if cancelled.count > 10_000 { cancelled.removeAll() }
    cancelled.insert(id)
  }

  /// True (once) when `id` was cancelled; clears the mark so a later reuse of the id runs normally.
  public func takeCancellation(_ id: RequestID) -> Bool {
    lock.lock(); defer { lock.unlock() }
    return cancelled.remove(id) != nil
  }
}
