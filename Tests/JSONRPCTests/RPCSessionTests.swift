import Foundation
import JSON
import JSONRPC
import Synchronization
import Testing

/// Issue 13 §2: the session's cancellations under its `Mutex`, from many threads at once: every
/// cancel is kept, each is taken exactly once, and an id never cancelled is never taken.
@Suite struct RPCSessionTests {
  @Test func cancellationsFromManyThreadsAreEachTakenOnce() {
    let session = RPCSession(peer: Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "t"))
    DispatchQueue.concurrentPerform(iterations: 2000) { k in session.cancel(.number(JSONNumber(k))) }
    let taken = Counter()
    DispatchQueue.concurrentPerform(iterations: 4000) { k in
      // Each id is asked for twice, from different threads: exactly one of them takes it.
      if session.takeCancellation(.number(JSONNumber(k % 2000))) { taken.add() }
    }
    #expect(taken.value == 2000)
    #expect(!session.takeCancellation(.string("never")))
  }
}

/// A thread-safe count for the test.
final class Counter: Sendable {
  private let count = Mutex(0)
  func add() { count.withLock { $0 += 1 } }
  var value: Int { count.withLock { $0 } }
}
