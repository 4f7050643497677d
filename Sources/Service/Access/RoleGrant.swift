import JSON
import Wording

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
  static func list(_ v: JSONValue, _ fail: (String?, Text) -> RolesConfigError) throws(RolesConfigError) -> [RoleGrant] {
    guard let items = v.arrayValue else { throw fail("grants", Texts.Access.grantsMustBeArray) }
    var out: [RoleGrant] = []
    for (k, item) in items.enumerated() {
      let at = "grants[\(k)]"
      guard let o = item.objectValue else { throw fail(at, Texts.Access.grantMustBeObject) }
      for m in o where !["user", "group", "uid", "role", "schools", "comment"].contains(m.key) {
        throw fail("\(at).\(m.key)", Texts.Access.notAGrantMember)
      }
      let named = ["user", "group", "uid"].filter { o[$0] != nil }
      guard named.count == 1 else { throw fail(at, Texts.Access.exactlyOneHolder) }
      let holder: Holder
      switch (o["user"], o["group"], o["uid"]) {
      case (.some(let u), _, _):
        guard let s = u.stringValue, !s.isEmpty else { throw fail("\(at).user", Texts.Access.userName) }
        holder = .user(s)
      case (_, .some(let g), _):
        guard let s = g.stringValue, !s.isEmpty else { throw fail("\(at).group", Texts.Access.groupName) }
        holder = .group(s)
      default:
        guard let n = o["uid"]?.intValue, let uid = UInt32(exactly: n) else { throw fail("\(at).uid", Texts.Access.numericUID) }
        holder = .uid(uid)
      }
      guard let name = o["role"]?.stringValue, let role = Role(rawValue: name) else {
        throw fail("\(at).role", Texts.Access.mustBeRole(known: Role.allCases.map(\.rawValue).joined(separator: ", ")))
      }
      var schools: [String]? = nil
      if let list = o["schools"] {
        guard let names = list.arrayValue?.compactMap(\.stringValue), names.count == list.arrayValue?.count, !names.isEmpty,
          !names.contains(where: \.isEmpty)
        else { throw fail("\(at).schools", Texts.Access.schoolsList) }
        schools = names
      }
      out.append(RoleGrant(holder: holder, role: role, schools: schools))
    }
    return out
  }
}
