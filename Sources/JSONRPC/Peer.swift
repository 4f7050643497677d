/// Who is on the other end of a connection, as the kernel tells it (SO_PEERCRED on a Unix socket;
/// the process's own user on stdio). No passwords or tokens on a local socket: the uid is the identity.
public struct Peer: Sendable, Hashable {
  /// How the caller reached us.
  public enum Kind: String, Sendable { case stdio, socket, inProcess }
  /// Transport kind.
  public let kind: Kind
  /// Kernel-reported user id.
  public let uid: UInt32
  /// Kernel-reported group id.
  public let gid: UInt32
  /// Peer process id, when known.
  public let pid: Int32?
  /// The user name for `uid`, when the system knows it.
  public let userName: String?

  /// A peer as reported by the transport.
  public init(kind: Kind, uid: UInt32, gid: UInt32, pid: Int32?, userName: String?) {
    self.kind = kind
    self.uid = uid
    self.gid = gid
    self.pid = pid
    self.userName = userName
  }

  /// The audit name of this caller: the user name, else `uid:N`.
  public var actor: String { userName ?? "uid:\(uid)" }
}
