import Glibc
import JSON
import JSONRPC
import Wording

/// Decides who may call what (AVG art. 24 and 32: appropriate organisational and technical measures;
/// access only for those whose function needs it). The caller's identity is the kernel's (SO_PEERCRED
/// on the socket, the process's own user on stdio and in-process); its roles come from the roles file,
/// or, without one, the daemon's own user is privacyOfficer and everyone else has no role. What each
/// role may call is declared once, in the method declarations' `roles` (Protocol/permissions.md).
public struct AccessPolicy: Sendable {
  /// The parsed roles file, or nil for the built-in default.
  public let config: RolesConfig?
  /// Where `config` came from (reported by `service.info` as `rolesFile`).
  public let rolesFile: String?
  /// The daemon's own uid (the default privacy officer; in-process callers are the daemon itself).
  public let ownUID: UInt32

  /// A policy; `config: nil` is the default (own user = privacyOfficer, nobody else).
  public init(config: RolesConfig? = nil, rolesFile: String? = nil, ownUID: UInt32 = getuid()) {
    self.config = config
    self.rolesFile = rolesFile
    self.ownUID = ownUID
  }

  /// The caller's roles, in `Role` order.
  public func roles(of peer: Peer) -> [Role] {
    let held = Set(grants(of: peer).map(\.role))
    return Role.allCases.filter(held.contains)
  }

  /// Every role the caller holds, each with the schools it holds for (nil: the whole board). The
  /// `users`, `groups` and `uids` maps grant for the whole board; `grants` may name schools.
  public func grants(of peer: Peer) -> [(role: Role, schools: [String]?)] {
    let uid = peer.kind == .inProcess ? ownUID : peer.uid
    guard let config else { return uid == ownUID ? [(.privacyOfficer, nil)] : [] }
    var out: [(role: Role, schools: [String]?)] = (config.uids[uid] ?? []).map { ($0, nil) }
    if let name = peer.userName { out += (config.users[name] ?? []).map { ($0, nil) } }
    let needGroups = !config.groups.isEmpty || config.grants.contains { if case .group = $0.holder { return true } else { return false } }
    let groups = needGroups ? GroupMembership.names(user: peer.userName, gid: peer.gid) : []
    for g in groups { out += (config.groups[g] ?? []).map { ($0, nil) } }
    for grant in config.grants {
      let matches: Bool
      switch grant.holder {
      case .user(let n): matches = peer.userName == n
      case .group(let g): matches = groups.contains(g)
      case .uid(let u): matches = u == uid
      }
      if matches { out.append((grant.role, grant.schools)) }
    }
    return out
  }

  /// The schools the caller may act for in `declaration` (issue 18 §1): nil when one of its grants
  /// of a role the method allows holds for the whole board, else the union of the schools of those
  /// grants, sorted. Carried to the handler in `CallContext.scope`; the ledger applies it.
  public func scope(of peer: Peer, for declaration: MethodDeclaration) -> [String]? {
    var schools = Set<String>()
    for g in grants(of: peer) where declaration.roles.contains(g.role.rawValue) {
      guard let named = g.schools else { return nil }
      schools.formUnion(named)
    }
    return schools.sorted()
  }

  /// nil when `peer` holds one of `declaration.roles`, else 1004 with `method`, the caller's `roles`
  /// and the `required` roles, so the refusal says exactly what is missing.
  public func authorize(_ peer: Peer, _ declaration: MethodDeclaration) -> RPCError? {
    let held = roles(of: peer)
    if held.contains(where: { declaration.roles.contains($0.rawValue) }) {
      guard declaration.scope == SchoolScope.boardOnly, let schools = scope(of: peer, for: declaration) else { return nil }
      return RPCError(
        code: .forbidden, message: "Forbidden",
        data: [
          "method": .string(declaration.name), "actor": .string(peer.actor),
          "scope": .array(schools.map { .string($0) }),
          "reason": .string(Texts.Access.boardOnly.string),
        ])
    }
    return RPCError(
      code: .forbidden, message: "Forbidden",
      data: [
        "method": .string(declaration.name), "actor": .string(peer.actor), "uid": .int(Int(peer.uid)),
        "roles": .array(held.map { .string($0.rawValue) }),
        "required": .array(declaration.roles.map { .string($0) }),
      ])
  }
}
