import Glibc
import JSONRPC

/// Who is on the other end of a local connection, as the kernel reports it. On a Unix socket
/// the uid is the caller's identity (no passwords or tokens), so it must come from SO_PEERCRED,
/// never from anything the client sends.
enum PeerCredentials {
  /// Linux `struct ucred` (Swift's Glibc module hides it behind _GNU_SOURCE).
  private struct UCred {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
  }

  /// The peer of a connected Unix socket; nil when the kernel does not say.
  static func socketPeer(_ fd: Int32) -> Peer? {
    var cred = UCred()
    var length = socklen_t(MemoryLayout<UCred>.size)
    guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0,
      Int(length) == MemoryLayout<UCred>.size
    else { return nil }
    return Peer(
      kind: .socket, uid: cred.uid, gid: cred.gid, pid: cred.pid > 0 ? cred.pid : nil,
      userName: userName(uid: cred.uid))
  }

  /// This process's own user, for stdio (whoever can write our stdin runs as us or above).
  static func ownPeer(kind: Peer.Kind) -> Peer {
    Peer(kind: kind, uid: getuid(), gid: getgid(), pid: nil, userName: userName(uid: getuid()))
  }

  /// The login name for `uid` via the thread-safe `getpwuid_r`; nil when unknown.
  static func userName(uid: UInt32) -> String? {
    var size = Int(sysconf(Int32(_SC_GETPW_R_SIZE_MAX)))
    if size <= 0 { size = 16 * 1024 }
    while size <= 1 << 20 {
      var entry = passwd()
      var result: UnsafeMutablePointer<passwd>? = nil
      var buffer = [CChar](repeating: 0, count: size)
      let rc = getpwuid_r(uid, &entry, &buffer, size, &result)
      if rc == ERANGE {
        size *= 2
        continue
      }
      guard rc == 0, result != nil, let name = entry.pw_name else { return nil }
      return String(cString: name)
    }
    return nil
  }
}
