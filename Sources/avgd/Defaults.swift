import Foundation
import Store

/// Where avgd keeps things when not told otherwise (documented in `avgd --help` and the README).
enum Defaults {
  /// The socket: `$AVGD_SOCKET`, else `$XDG_RUNTIME_DIR/avgd.sock`, else `/tmp/avgd-<uid>/avgd.sock`
  /// (a 0700 directory, created on demand).
  static var socketPath: String {
    let env = ProcessInfo.processInfo.environment
    if let s = env["AVGD_SOCKET"], !s.isEmpty { return s }
    if let r = env["XDG_RUNTIME_DIR"], !r.isEmpty { return r + "/avgd.sock" }
    return "/tmp/avgd-\(getuid())/avgd.sock"
  }

  /// The store: `$AVGD_STORE`, else `$XDG_STATE_HOME/avgd`, else `~/.local/state/avgd`.
  static var storeDirectory: String { Store.defaultDirectory() }

  /// Makes the socket's directory when it is avgd's own default one (0700).
  static func prepareSocketDirectory(for path: String) {
    let dir = (path as NSString).deletingLastPathComponent
    if dir == "/tmp/avgd-\(getuid())" {
      mkdir(dir, 0o700)
      chmod(dir, 0o700)
    }
  }
}
