import JSON

/// One line of the roles file's `grants`: a role for one user, group or uid, for the whole board or
/// only for named schools (`{"user": "jansen", "role": "administration", "schools": ["Brederocollege"]}`).
/// The board is the controller, but most boards run several schools, each with its own
/// administration; a grant for named schools keeps each school's people to its own records
/// (AVG art. 5(1)(f), 25(2), 32(4); issue 18 §1).
public struct RoleGrant: Sendable, Equatable {
  /// Whom the grant is for, as the kernel tells us who calls.
  public enum Holder: Sendable, Equatable {
    /// A Unix user name.
    case user(String)
    /// A Unix group name (primary or supplementary).
    case group(String)
    /// A numeric uid.
    case uid(UInt32)
  }

  /// Whom.
  public let holder: Holder
  /// Which role.
  public let role: Role
  /// The schools it holds for, or nil for the whole board.
  public let schools: [String]?

  /// A grant.
  public init(holder: Holder, role: Role, schools: [String]? = nil) {
    self.holder = holder
    self.role = role
    self.schools = schools
  }

  /// Parses `grants`; every mistake names the member (`grants[2].schools`).
  static func list(_ v: JSONValue, _ fail: (String?, String) -> RolesConfigError) throws(RolesConfigError) -> [RoleGrant] {
    guard let items = v.arrayValue else { throw fail("grants", "must be an array of {user|group|uid, role, schools?}") }
    var out: [RoleGrant] = []
    for (k, item) in items.enumerated() {
      let at = "grants[\(k)]"
      guard let o = item.objectValue else { throw fail(at, "must be an object {user|group|uid, role, schools?}") }
      for m in o where !["user", "group", "uid", "role", "schools", "comment"].contains(m.key) {
        throw fail("\(at).\(m.key)", "is not a member of a grant (known: user, group, uid, role, schools, comment)")
      }
      let named = ["user", "group", "uid"].filter { o[$0] != nil }
      guard named.count == 1 else { throw fail(at, "must name exactly one of user, group, uid") }
      let holder: Holder
      switch (o["user"], o["group"], o["uid"]) {
      case (.some(let u), _, _):
        guard let s = u.stringValue, !s.isEmpty else { throw fail("\(at).user", "must be a non-empty user name") }
        holder = .user(s)
      case (_, .some(let g), _):
        guard let s = g.stringValue, !s.isEmpty else { throw fail("\(at).group", "must be a non-empty group name") }
        holder = .group(s)
      default:
        guard let n = o["uid"]?.intValue, let uid = UInt32(exactly: n) else { throw fail("\(at).uid", "must be a numeric uid") }
        holder = .uid(uid)
      }
      guard let name = o["role"]?.stringValue, let role = Role(rawValue: name) else {
        throw fail("\(at).role", "must be a role (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      var schools: [String]? = nil
      if let list = o["schools"] {
        guard let names = list.arrayValue?.compactMap(\.stringValue), names.count == list.arrayValue?.count, !names.isEmpty,
          !names.contains(where: \.isEmpty)
        else { throw fail("\(at).schools", "must be a non-empty array of school names; leave it out to grant for the whole board") }
        schools = names
      }
      out.append(RoleGrant(holder: holder, role: role, schools: schools))
    }
    return out
  }
}
