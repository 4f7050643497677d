import Glibc

/// Process-wide signal settings the transports depend on.
public enum Signals {
  /// Ignores SIGPIPE, so writing to a client that went away fails with EPIPE instead of killing
  /// the whole service. Sockets also use `MSG_NOSIGNAL`, but pipes (stdio) have no such flag.
  /// Call once at startup, before serving.
  public static func ignoreSIGPIPE() {
    _ = signal(SIGPIPE, SIG_IGN)
  }
}
