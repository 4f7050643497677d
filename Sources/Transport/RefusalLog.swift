import Synchronization
import Wording

/// The "refused a connection" log line, at most once per interval (issue 14, item 5): a flood of
/// connections must not become a flood of log lines (filling the disk or hiding everything else).
/// The refusals in between are counted and reported with the next line. The clock is injected so
/// the rule is tested without waiting.
///
/// Checked `Sendable`: every accepting thread asks it; the time of the last line and the count
/// since then change together, so one `Mutex` guards both (and nothing else).
final class RefusalLog: Sendable {
  /// What changes between lines: when the last one was logged, and the refusals counted since.
  private struct State {
    var lastLineAt: Double? = nil
    var suppressed = 0
  }

  private let interval: Double
  private let now: @Sendable () -> Double
  /// Guards `State`, the limiter's only mutable part.
  private let state = Mutex(State())

  /// A limiter letting one line through per `interval` seconds of `now`.
  init(interval: Double, now: @escaping @Sendable () -> Double = { FileDescriptorIO.now() }) {
    self.interval = interval
    self.now = now
  }

  /// The line to log for one refusal, or nil when it is to be counted only. A `Text`: the caller
  /// renders it in the process's language (`logLine`).
  func line(_ reason: Text) -> Text? {
    let earlier: Int? = state.withLock { s in
      let t = now()
      if let last = s.lastLineAt, t - last < interval {
        s.suppressed += 1
        return nil
      }
      s.lastLineAt = t
      defer { s.suppressed = 0 }
      return s.suppressed
    }
    guard let earlier else { return nil }
    let line = Texts.TransportLog.refusedConnection(reason)
    return earlier > 0 ? line + Texts.TransportLog.alsoRefused(earlier, seconds: Int(interval)) : line
  }
}
