import Glibc
import JSON
import JSONRPC

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
    let uid = peer.kind == .inProcess ? ownUID : peer.uid
    guard let config else { return uid == ownUID ? [.privacyOfficer] : [] }
    var held = Set(config.uids[uid] ?? [])
    if let name = peer.userName { held.formUnion(config.users[name] ?? []) }
    if !config.groups.isEmpty {
      for g in GroupMembership.names(user: peer.userName, gid: peer.gid) { held.formUnion(config.groups[g] ?? []) }
    }
    return Role.allCases.filter(held.contains)
  }

  /// nil when `peer` holds one of `declaration.roles`, else 1004 with `method`, the caller's `roles`
  /// and the `required` roles, so the refusal says exactly what is missing.
  public func authorize(_ peer: Peer, _ declaration: MethodDeclaration) -> RPCError? {
    let held = roles(of: peer)
    if held.contains(where: { declaration.roles.contains($0.rawValue) }) { return nil }
    return RPCError(
      code: .forbidden, message: "Forbidden",
      data: [
        "method": .string(declaration.name), "actor": .string(peer.actor), "uid": .int(Int(peer.uid)),
        "roles": .array(held.map { .string($0.rawValue) }),
        "required": .array(declaration.roles.map { .string($0) }),
      ])
  }
}
