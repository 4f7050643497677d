import Foundation
import JSON

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

  /// An empty configuration (nobody has a role).
  public init() {}

  /// The only format version this avgd reads.
  public static let version = 1

  /// Reads and checks `path`; refuses a file others could write (they could grant themselves roles).
  public static func load(path: String) throws(RolesConfigError) -> RolesConfig {
    var st = stat()
    guard stat(path, &st) == 0 else {
      throw RolesConfigError(file: path, member: nil, reason: "cannot be read: \(String(cString: strerror(errno)))")
    }
    guard st.st_mode & 0o022 == 0 else {
      throw RolesConfigError(file: path, member: nil,
        reason: "is writable by group or others (mode \(String(st.st_mode & 0o777, radix: 8))); fix with: chmod 644 \(path)")
    }
    guard st.st_uid == 0 || st.st_uid == geteuid() else {
      throw RolesConfigError(file: path, member: nil,
        reason: "belongs to uid \(st.st_uid); it must belong to root or to the user running avgd (uid \(geteuid()))")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RolesConfigError(file: path, member: nil, reason: "cannot be read")
    }
    return try parse(Array(data), file: path)
  }

  /// Parses the roles file's bytes; every mistake names the member (`users.alice[1]`).
  public static func parse(_ bytes: [UInt8], file: String) throws(RolesConfigError) -> RolesConfig {
    func fail(_ member: String?, _ reason: String) -> RolesConfigError {
      RolesConfigError(file: file, member: member, reason: reason)
    }
    let value: JSONValue
    do { value = try JSONParser.parse(bytes, maxDepth: 8) } catch { throw fail(nil, "is not JSON: \(error)") }
    guard let top = value.objectValue else { throw fail(nil, "must be a JSON object") }
    guard top["version"] == .int(version) else { throw fail("version", "must be \(version)") }
    var config = RolesConfig()
    for m in top {
      switch m.key {
      case "version", "comment": continue
      case "users": config.users = try roleMap(m.value, "users", fail)
      case "groups": config.groups = try roleMap(m.value, "groups", fail)
      case "uids":
        for (key, roles) in try roleMap(m.value, "uids", fail) {
          guard let uid = UInt32(key) else { throw fail("uids.\(key)", "must be a decimal uid") }
          config.uids[uid] = roles
        }
      default: throw fail(m.key, "is not a member of the roles file (known: version, comment, users, groups, uids)")
      }
    }
    return config
  }

  private static func roleMap(_ v: JSONValue, _ name: String, _ fail: (String?, String) -> RolesConfigError)
    throws(RolesConfigError) -> [String: [Role]]
  {
    guard let o = v.objectValue else { throw fail(name, "must be an object of name: [roles]") }
    var out: [String: [Role]] = [:]
    for m in o {
      guard !m.key.isEmpty else { throw fail(name, "has an empty name") }
      guard let list = m.value.arrayValue else { throw fail("\(name).\(m.key)", "must be an array of role names") }
      var roles: [Role] = []
      for (k, item) in list.enumerated() {
        guard let s = item.stringValue, let role = Role(rawValue: s) else {
          throw fail("\(name).\(m.key)[\(k)]",
            "\(JSONWriter.string(item)) is not a role (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
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

  /// "roles file F: member: reason".
  public var description: String { "roles file \(file): " + (member.map { "\($0) " } ?? "") + reason }
}
