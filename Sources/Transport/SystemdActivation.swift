import Foundation
import Glibc

/// systemd socket activation (sd_listen_fds(3) without libsystemd): the service manager passes
/// listening sockets as fds 3… and says so in `LISTEN_PID`/`LISTEN_FDS`.
public enum SystemdActivation {
  /// The first passed fd (SD_LISTEN_FDS_START).
  public static let firstFD: Int32 = 3

  /// The fds passed to this process, each set FD_CLOEXEC; empty when not socket-activated.
  /// Unsets `LISTEN_PID`, `LISTEN_FDS` and `LISTEN_FDNAMES` so child processes do not inherit them.
  public static func listenFDs() -> [Int32] {
    let environment = ProcessInfo.processInfo.environment
    let fds = parse(pid: environment["LISTEN_PID"], count: environment["LISTEN_FDS"], ownPID: getpid())
    for name in ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"] { unsetenv(name) }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return fds
  }

  /// The fds described by the two variables, when they are addressed to `ownPID`.
  public static func parse(pid: String?, count: String?, ownPID: Int32) -> [Int32] {
    guard let pid, let target = Int32(pid), target == ownPID,
      let count, let n = Int32(count), n > 0, n <= 1024
    else { return [] }
    return Array(firstFD..<(firstFD + n))
  }
}

extension SystemdActivation {
  /// The filesystem path a passed Unix socket is bound to (getsockname), so `service.info` reports
  /// the socket actually served rather than a default; nil for an abstract or unnamed socket.
  public static func boundPath(of fd: Int32) -> String? {
    var addr = sockaddr_un()
    var len = socklen_t(MemoryLayout<sockaddr_un>.size)
    let ok = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
    }
    guard ok == 0, addr.sun_family == sa_family_t(AF_UNIX) else { return nil }
    let path = withUnsafeBytes(of: addr.sun_path) { raw -> String in
      let bytes = raw.prefix(while: { $0 != 0 })
      return String(decoding: bytes, as: UTF8.self)
    }
    return path.isEmpty ? nil : path
  }
}
