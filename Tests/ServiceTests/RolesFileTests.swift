import Foundation
import Service
import Testing

/// The roles file's own safety (issue 14, item 11): a repeated `users` or `groups` member is
/// refused, not merged; the directory it lies in must not be writable by others nor belong to
/// another user; a symbolic link is not followed (what is checked is what is read).
@Suite(.inEnglish) struct RolesFileTests {
  /// A fresh directory with `text` as roles.json (0644); returns the file's path.
  static func file(_ text: String, directoryMode: mode_t = 0o755) -> String {
    let dir = "/tmp/avgd-roles-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(dir, 0o700)
    let path = dir + "/roles.json"
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o644])
    chmod(dir, directoryMode)
    return path
  }

  static let good = #"{"version":1,"users":{"fg":["privacyOfficer"]}}"#

  @Test(arguments: [
    (#"{"version":1,"users":{"fg":["privacyOfficer"]},"users":{"mallory":["privacyOfficer"]}}"#, "users"),
    (#"{"version":1,"groups":{"staf":["management"]},"groups":{}}"#, "groups"),
    (#"{"version":1,"users":{"fg":["management"],"fg":["privacyOfficer"]}}"#, "fg"),
  ])
  func aRepeatedMemberIsRefused(_ text: String, _ name: String) {
    let e = #expect(throws: RolesConfigError.self) { try RolesConfig.load(path: Self.file(text)) }
    #expect(e?.reason.contains("duplicate member name \"\(name)\"") == true, "\(String(describing: e))")
  }

  @Test func aGoodFileInAPrivateDirectoryLoads() throws {
    #expect(try RolesConfig.load(path: Self.file(Self.good)).users["fg"] == [.privacyOfficer])
  }

  @Test(arguments: [0o777 as mode_t, 0o775, 0o757]) func aDirectoryOthersMayWriteIsRefused(_ mode: mode_t) {
    let path = Self.file(Self.good, directoryMode: mode)
    let e = #expect(throws: RolesConfigError.self) { try RolesConfig.load(path: path) }
    #expect(e?.reason.contains("its directory") == true && e?.reason.contains("writable by group or others") == true,
      "\(String(describing: e))")
  }

  @Test(.enabled(if: getuid() == 0, "needs root to give the directory to another user"))
  func aDirectoryOfAnotherUserIsRefused() {
    let path = Self.file(Self.good)
    chown((path as NSString).deletingLastPathComponent, 65534, 65534)
    let e = #expect(throws: RolesConfigError.self) { try RolesConfig.load(path: path) }
    #expect(e?.reason.contains("belongs to uid 65534") == true, "\(String(describing: e))")
  }

  @Test func aSymbolicLinkIsNotFollowed() {
    let target = Self.file(Self.good)
    let link = (Self.file(Self.good) as NSString).deletingLastPathComponent + "/link.json"
    symlink(target, link)
    let e = #expect(throws: RolesConfigError.self) { try RolesConfig.load(path: link) }
    #expect(e?.reason.contains("symbolic link") == true, "\(String(describing: e))")
  }
}
