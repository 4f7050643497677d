import Glibc

/// The groups a caller belongs to, by name: the peer's primary gid plus the user's supplementary
/// groups (getgrouplist), so roles granted to a group reach its members (AVG art. 24: the school
/// manages access by function, not person by person).
enum GroupMembership {
  /// Group names for a user with primary group `gid`; unknown gids are skipped.
  static func names(user: String?, gid: UInt32) -> Set<String> {
    var gids: Set<UInt32> = [gid]
    if let user {
      var count: Int32 = 64
      while count <= 65_536 {
        var list = [gid_t](repeating: 0, count: Int(count))
        var n = count
        if getgrouplist(user, gid, &list, &n) >= 0 {
          gids.formUnion(list.prefix(Int(n)))
          break
        }
        count = max(n, count * 2)
      }
    }
    return Set(gids.compactMap(groupName))
  }

  /// The name of `gid` via the thread-safe getgrgid_r.
  static func groupName(_ gid: UInt32) -> String? {
    var size = 16 * 1024
    while size <= 1 << 20 {
      var entry = group()
      var result: UnsafeMutablePointer<group>? = nil
      var buffer = [CChar](repeating: 0, count: size)
      let rc = getgrgid_r(gid, &entry, &buffer, size, &result)
      if rc == ERANGE {
        size *= 2
        continue
      }
      guard rc == 0, result != nil, let name = entry.gr_name else { return nil }
      return String(cString: name)
    }
    return nil
  }
}
