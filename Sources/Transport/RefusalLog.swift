import Foundation

/// The "refused a connection" log line, at most once per interval (issue 14, item 5): a flood of
/// connections must not become a flood of log lines (filling the disk or hiding everything else).
/// The refusals in between are counted and reported with the next line. The clock is injected so
/// the rule is tested without waiting.
final class RefusalLog: @unchecked Sendable {
  private let interval: Double
  private let now: @Sendable () -> Double
  private let lock = NSLock()
  private var lastLineAt: Double? = nil
  private var suppressed = 0

  /// A limiter letting one line through per `interval` seconds of `now`.
  init(interval: Double, now: @escaping @Sendable () -> Double = { FileDescriptorIO.now() }) {
    self.interval = interval
    self.now = now
  }

  /// The line to log for one refusal, or nil when it is to be counted only.
  func line(_ reason: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    let t = now()
    if let last = lastLineAt, t - last < interval {
      suppressed += 1
      return nil
    }
    lastLineAt = t
    let earlier = suppressed
    suppressed = 0
    return "refused a connection: \(reason)"
      + (earlier > 0 ? " (and \(earlier) more refused in the last \(Int(interval)) s, not logged one by one)" : "")
  }
}
