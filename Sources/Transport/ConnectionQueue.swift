import Foundation

/// The bounded hand-off between a connection's reader and its worker.
///
/// Its capacity is `limits.maxInFlightPerConnection`: when full, the reader stops reading, so the
/// kernel's socket buffer fills and the client is slowed down (backpressure), and memory per
/// connection stays bounded.
final class ConnectionQueue: @unchecked Sendable {
  /// One unit of work for the worker, carrying the framing its reply must use.
  enum Item {
    /// A message for `handler.handle`.
    case message([UInt8], Framing)
    /// A ready reply from the transport itself; `close` ends the connection after writing it.
    case reply([UInt8], Framing, close: Bool)
  }

  private let condition = NSCondition()
  private var items: [Item] = []
  private var head = 0
  private let capacity: Int
  private var inputEnded = false
  private var aborted = false

  /// A queue holding at most `capacity` items (at least one).
  init(capacity: Int) { self.capacity = max(1, capacity) }

  private var count: Int { items.count - head }

  /// Blocks while the queue is full; false once the queue was aborted.
  func waitForSpace() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while count >= capacity && !aborted { condition.wait() }
    return !aborted
  }

  /// Appends `item`, waiting for space; false (item dropped) once aborted.
  func push(_ item: Item) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while count >= capacity && !aborted { condition.wait() }
    guard !aborted else { return false }
    items.append(item)
    condition.broadcast()
    return true
  }

  /// The next item, waiting for one; nil when input has ended and the queue is empty, or when
  /// the queue was aborted.
  func pop() -> Item? {
    condition.lock()
    defer { condition.unlock() }
    while count == 0 && !inputEnded && !aborted { condition.wait() }
    guard !aborted, count > 0 else { return nil }
    let item = items[head]
    head += 1
    if head > 64 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return item
  }

  /// No more items will come: the worker finishes what is queued, then stops.
  func endInput() {
    condition.lock()
    inputEnded = true
    condition.broadcast()
    condition.unlock()
  }

  /// Drops everything and wakes both sides: the connection is closing now.
  func abort() {
    condition.lock()
    aborted = true
    items = []
    head = 0
    condition.broadcast()
    condition.unlock()
  }

  /// Items queued and not yet taken by the worker.
  var pending: Int {
    condition.lock()
    defer { condition.unlock() }
    return count
  }
}
