import Foundation
import JSON
import Wording

/// Who holds which role, read from the roles file (format: Protocol/access.md). Roles are granted
/// to Unix user names, group names and numeric uids; the kernel tells us who the caller is, so no
/// passwords or tokens are involved (AVG art. 32: access limited to those who need it).
public struct RolesConfig: Sendable, Equatable {
  /// Roles by user name.
  public var users: [String: [Role]] = [:]
  /// Roles by group name (primary or supplementary group of the caller).
  public var groups: [String: [Role]] = [:]
  /// Roles by numeric uid (users without a name, containers).
  public var uids: [UInt32: [Role]] = [:]
  /// Grants of one role to one user, group or uid, for the whole board or for named schools
  /// (issue 18 §1). The maps above grant for the whole board.
  public var grants: [RoleGrant] = []

  /// An empty configuration (nobody has a role).
  public init() {}

  /// The only format version this avgd reads.
  public static let version = 1

  /// Reads and checks `path`; refuses a file others could write (they could grant themselves roles),
  /// and a file in a directory others could write (they could replace it). Race-free: the
  /// directory is opened and checked, the file is opened inside that directory handle without
  /// following a symlink, and what is checked (fstat) is what is read — no stat-then-open window
  /// (issue 14, item 11; AVG art. 32).
  public static func load(path: String) throws(RolesConfigError) -> RolesConfig {
    func fail(_ reason: Text) -> RolesConfigError { RolesConfigError(file: path, member: nil, reason: reason.string) }
    func errnoText() -> String { String(cString: strerror(errno)) }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty else { throw fail(Texts.Access.notAFileName) }
    let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dirFD >= 0 else { throw fail(Texts.Access.directoryUnreadable(directory, errnoText())) }
    defer { close(dirFD) }
    try checkOwnerAndMode(dirFD, what: Texts.Access.itsDirectory(directory), fix: ["chmod", "go-w", directory].joined(separator: " "), fail)
    let fd = openat(dirFD, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else {
      if errno == ELOOP { throw fail(Texts.Access.symbolicLink) }
      throw fail(Texts.Access.unreadable(errnoText()))
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { throw fail(Texts.Access.notARegularFile) }
    try checkOwnerAndMode(fd, what: Texts.Access.theFile, fix: ["chmod", "644", path].joined(separator: " "), fail)
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else { throw fail(Texts.Access.unreadable(errnoText())) }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[..<n])
      guard bytes.count <= 1 << 20 else { throw fail(Texts.Access.tooLarge) }
    }
    return try parse(bytes, file: path)
  }

  /// Refuses an open file or directory that belongs to someone other than root or the user
  /// running avgd, or that group or others may write.
  private static func checkOwnerAndMode(
    _ fd: Int32, what: Text, fix: String, _ fail: (Text) -> RolesConfigError
  ) throws(RolesConfigError) {
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw fail(Texts.Access.unreadable(String(cString: strerror(errno)))) }
    guard st.st_mode & 0o022 == 0 else {
      throw fail(Texts.Access.writableByOthers(what, mode: String(st.st_mode & 0o777, radix: 8), fix: fix))
    }
    guard st.st_uid == 0 || st.st_uid == geteuid() else {
      throw fail(Texts.Access.wrongOwner(what, uid: "\(st.st_uid)", euid: "\(geteuid())"))
    }
  }

  /// Parses the roles file's bytes; every mistake names the member (`users.alice[1]`).
  public static func parse(_ bytes: [UInt8], file: String) throws(RolesConfigError) -> RolesConfig {
    func fail(_ member: String?, _ reason: Text) -> RolesConfigError {
      RolesConfigError(file: file, member: member, reason: reason.string)
    }
    let value: JSONValue
    do { value = try JSONParser.parse(bytes, maxDepth: 8, rejectingDuplicateKeys: true) } catch { throw fail(nil, Texts.Access.notJSON("\(error)")) }
    guard let top = value.objectValue else { throw fail(nil, Texts.Access.mustBeJSONObject) }
    guard top["version"] == .int(version) else { throw fail("version", Texts.Access.mustBeVersion(version)) }
    var config = RolesConfig()
    for m in top {
      switch m.key {
      case "version", "comment": continue
      case "users": config.users = try roleMap(m.value, "users", fail)
      case "groups": config.groups = try roleMap(m.value, "groups", fail)
      case "grants": config.grants = try RoleGrant.list(m.value, fail)
      case "uids":
        for (key, roles) in try roleMap(m.value, "uids", fail) {
          guard let uid = UInt32(key) else { throw fail("uids.\(key)", Texts.Access.decimalUID) }
          config.uids[uid] = roles
        }
      default: throw fail(m.key, Texts.Access.notARolesFileMember)
      }
    }
    return config
  }

  private static func roleMap(_ v: JSONValue, _ name: String, _ fail: (String?, Text) -> RolesConfigError)
    throws(RolesConfigError) -> [String: [Role]]
  {
    guard let o = v.objectValue else { throw fail(name, Texts.Access.mustBeRoleMap) }
    var out: [String: [Role]] = [:]
    for m in o {
      guard !m.key.isEmpty else { throw fail(name, Texts.Access.emptyName) }
      guard let list = m.value.arrayValue else { throw fail("\(name).\(m.key)", Texts.Access.mustBeRoleNames) }
      var roles: [Role] = []
      for (k, item) in list.enumerated() {
        guard let s = item.stringValue, let role = Role(rawValue: s) else {
          throw fail(
            "\(name).\(m.key)[\(k)]",
            Texts.Access.notARole(JSONWriter.string(item), known: Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        roles.append(role)
      }
      out[m.key] = roles
    }
    return out
  }
}

/// A roles file avgd refuses to start with: which file, which member, and why.
public struct RolesConfigError: Error, Sendable, CustomStringConvertible {
  /// The file.
  public let file: String
  /// The offending member as a dotted path, or nil for the file as a whole.
  public let member: String?
  /// What is wrong, in plain words.
  public let reason: String

  /// "roles file F: member reason" (in the daemon's language: it is read at start-up).
  public var description: String { Texts.Access.rolesFile(file, (member.map { "\($0) " } ?? "") + reason).string }
}
