import Foundation
import Store

/// Where avgd keeps things when not told otherwise (documented in `avgd --help` and the README).
enum Defaults {
  /// The socket: `$AVGD_SOCKET`, else `$XDG_RUNTIME_DIR/avgd.sock`, else `/tmp/avgd-<uid>/avgd.sock`
  /// (a 0700 directory, created on demand and refused when it is not avgd's own: `SocketDirectory`).
  static var socketPath: String {
    let env = ProcessInfo.processInfo.environment
    if let s = env["AVGD_SOCKET"], !s.isEmpty { return s }
    if let r = env["XDG_RUNTIME_DIR"], !r.isEmpty { return r + "/avgd.sock" }
    return "/tmp/avgd-\(getuid())/avgd.sock"
  }

  /// The store: `$AVGD_STORE`, else `$XDG_STATE_HOME/avgd`, else `~/.local/state/avgd`.
  static var storeDirectory: String { Store.defaultDirectory() }
}
