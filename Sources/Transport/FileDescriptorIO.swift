import Glibc

/// The few raw-fd operations the transports share: bounded waits, non-blocking socket sends, and
/// writes that give up on a peer that stops reading instead of blocking a thread forever.
enum FileDescriptorIO {
  /// Seconds on a monotonic clock, for timeouts immune to wall-clock changes.
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// The outcome of waiting on one fd.
  enum Readiness { case ready, timedOut, failed }

  /// Waits up to `seconds` for `events` on `fd`. POLLHUP/POLLERR count as ready for reads (the
  /// read then reports EOF or the error) and as failure for writes.
  static func wait(_ fd: Int32, for events: Int16, seconds: Double) -> Readiness {
    var pfd = pollfd(fd: fd, events: events, revents: 0)
    let ms = Int32(max(0, min(seconds * 1000, Double(Int32.max))).rounded(.up))
    while true {
      let rc = poll(&pfd, 1, ms)
      if rc < 0 && errno == EINTR { continue }
      if rc < 0 { return .failed }
      if rc == 0 { return .timedOut }
      if events & Int16(POLLOUT) != 0 && pfd.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 {
        return .failed
      }
      if pfd.revents & Int16(POLLNVAL) != 0 { return .failed }
      return .ready
    }
  }

  /// True when `fd` is a pipe, whose writes must be chunked to stay non-blocking after POLLOUT.
  static func isPipe(_ fd: Int32) -> Bool {
    var st = stat()
    return fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO
  }

  /// True when `fd` is a socket (send/recv flags are available).
  static func isSocket(_ fd: Int32) -> Bool {
    var st = stat()
    return fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK
  }

  /// Writes all of `bytes`, failing when the peer makes no progress for `timeout` seconds or the
  /// fd errors (EPIPE, ECONNRESET). Sockets use `send(MSG_DONTWAIT | MSG_NOSIGNAL)`, so the fd's
  /// flags are never changed; pipes are written at most PIPE_BUF bytes after each POLLOUT, which
  /// Linux guarantees will not block; other fds (files, ttys) are written directly.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], kind: WriteKind, timeout: Double) -> Bool {
    bytes.withUnsafeBytes { raw -> Bool in
      guard let base = raw.baseAddress else { return true }
      var offset = 0
      var lastProgress = now()
      while offset < raw.count {
        let remaining = raw.count - offset
        var n: Int
        switch kind {
        case .socket:
          n = send(fd, base + offset, remaining, Int32(MSG_DONTWAIT | MSG_NOSIGNAL))
        case .pipe:
          n = -1
          errno = EAGAIN
        case .other:
          n = write(fd, base + offset, remaining)
        }
        if n > 0 {
          offset += n
          lastProgress = now()
          continue
        }
        if n < 0 && errno == EINTR { continue }
        guard n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) else { return false }
        let left = timeout - (now() - lastProgress)
        guard left > 0, wait(fd, for: Int16(POLLOUT), seconds: left) == .ready else { return false }
        if kind == .pipe {
          let written = write(fd, base + offset, min(remaining, Int(PIPE_BUF)))
          if written > 0 {
            offset += written
            lastProgress = now()
          } else if written < 0 && errno != EINTR && errno != EAGAIN {
            return false
          }
        }
      }
      return true
    }
  }

  /// How `writeAll` may write to an fd without blocking indefinitely.
  enum WriteKind {
    case socket, pipe, other

    /// The kind of `fd`, from fstat.
    init(fd: Int32) {
      if FileDescriptorIO.isSocket(fd) {
        self = .socket
      } else if FileDescriptorIO.isPipe(fd) {
        self = .pipe
      } else {
        self = .other
      }
    }
  }

  /// Sets SO_RCVTIMEO on a socket; false when the system refused.
  static func setReceiveTimeout(_ fd: Int32, seconds: Int) -> Bool {
    var tv = timeval(tv_sec: seconds, tv_usec: 0)
    return setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size)) == 0
  }

  /// Closes `fd`, retrying nothing (Linux releases the fd even on EINTR).
  static func closeQuietly(_ fd: Int32) {
    if fd >= 0 { _ = Glibc.close(fd) }
  }
}
