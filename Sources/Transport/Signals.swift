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
}
