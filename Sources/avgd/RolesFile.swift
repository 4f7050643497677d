import Foundation
import Service

/// Which roles file `avgd serve` uses: `--roles FILE`, else `$AVGD_ROLES`, else `<store>/roles.json`
/// when it exists, else none (the built-in default: only the daemon's own user, as privacyOfficer).
/// A named file that is missing or wrong stops the start (AVG art. 32: no silent fallback to
/// different access rules than the school configured).
enum RolesFile {
  /// The access policy for `avgd serve`.
  static func policy(option: String?, store: String?) throws(RolesConfigError) -> AccessPolicy {
    let env = ProcessInfo.processInfo.environment["AVGD_ROLES"].flatMap { $0.isEmpty ? nil : $0 }
    var path = option ?? env
    if path == nil, let store, FileManager.default.fileExists(atPath: store + "/roles.json") {
      path = store + "/roles.json"
    }
    guard let path else { return AccessPolicy() }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return AccessPolicy(config: try RolesConfig.load(path: absolute), rolesFile: absolute)
  }
}
