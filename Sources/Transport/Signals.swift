import Glibc

/// Process-wide signal settings the transports depend on.
public enum Signals {
  /// Ignores SIGPIPE, so writing to a client that went away fails with EPIPE instead of killing
  /// the whole service. Sockets also use `MSG_NOSIGNAL`, but pipes (stdio) have no such flag.
  /// Call once at startup, before serving.
  public static func ignoreSIGPIPE() {
    _ = signal(SIGPIPE, SIG_IGN)
  }

  /// Unblocks every signal in this thread's mask. A daemon inherits its parent's mask across
  /// exec; started from a thread that blocks SIGTERM (a test runner, some supervisors), it would
  /// otherwise never see SIGTERM or SIGINT and could not shut down in order. Call first in `main`.
  public static func resetMask() {
    var empty = sigset_t()
    sigemptyset(&empty)
    _ = sigprocmask(SIG_SETMASK, &empty, nil)
  }

  /// The signals that ask avgd to stop in order. SIGHUP is one of them (Protocol/access.md,
  /// "Signals"): its default action would kill the daemon with no log line, no snapshot and a
  /// stale socket; avgd has nothing to reload on it (the roles file is read at start), so it stops
  /// in order as on SIGTERM and says so in the log.
  static let termination: [Int32] = [SIGTERM, SIGINT, SIGHUP]

  /// Blocks SIGTERM, SIGINT and SIGHUP in the calling thread, and so in every thread started after it.
  /// Call in `main` before any thread exists; `waitForTermination` then takes them with
  /// `sigwait`. Handled through a signal handler or a Dispatch source instead, a SIGTERM that
  /// arrives while another thread is scheduled can be lost, and the daemon never stops.
  public static func blockTermination() {
    var set = sigset_t()
    sigemptyset(&set)
    for sig in termination { sigaddset(&set, sig) }
    _ = pthread_sigmask(SIG_BLOCK, &set, nil)
  }

  /// Starts a thread that waits for SIGTERM, SIGINT or SIGHUP and calls `handler` once with the signal.
  /// Requires `blockTermination()` first.
  public static func waitForTermination(_ handler: @escaping @Sendable (Int32) -> Void) {
    _ = DetachedThread.start(name: "avgd-signals") {
      var set = sigset_t()
      sigemptyset(&set)
      for sig in termination { sigaddset(&set, sig) }
      var received: Int32 = 0
      while sigwait(&set, &received) != 0 {}
      handler(received)
    }
  }
}
