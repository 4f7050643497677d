import Foundation
import Testing

@testable import Store

/// A store on a network or user-space file system is refused unless allowed (issue 18): its lock
/// and fdatasync cannot be trusted. The mounts themselves cannot be made in a test, so the file
/// system type is stood in for; the real lookup is checked on the test's own (local) directory.
@Suite struct StoreFileSystemTests {
  @Test(arguments: [
    ("nfs", "NFS"), ("nfs4", "NFS"), ("cifs", "CIFS"), ("smb3", "SMB"), ("fuse.sshfs", "FUSE"), ("fuse", "FUSE"),
    ("9p", "9P"), ("ceph", "CephFS"),
  ])
  func networkTypesAreKnown(_ type: String, _ kind: String) {
    #expect(StoreFileSystem.networkKind(type) == kind)
  }

  @Test(arguments: ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs"])
  func localTypesAreNot(_ type: String) {
    #expect(StoreFileSystem.networkKind(type) == nil)
  }

  @Test func aStoreOnNFSIsRefusedWithTheReasonAndTheWayOut() {
    #expect {
      try StoreFileSystem.check("/mnt/avgd", allowed: false, log: { _ in }, probe: { _ in "nfs4" })
    } throws: { error in
      guard let e = error as? StoreError else { return false }
      return e.kind == .invalidArgument && e.message.contains("NFS") && e.message.contains("--allow-network-fs")
        && e.file == "/mnt/avgd"
    }
  }

  @Test func allowedItOpensAndTheLogSaysWhatIsAtStake() throws {
    let lines = LogLines()
    try StoreFileSystem.check("/mnt/avgd", allowed: true, log: { lines.add($0) }, probe: { _ in "fuse.sshfs" })
    #expect(lines.all.count == 1)
    #expect(lines.all.first?.contains("FUSE") == true)
  }

  @Test func theTestsOwnDirectoryIsLocalAndOpens() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-fs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let type = try #require(StoreFileSystem.type(of: dir))
    #expect(StoreFileSystem.networkKind(type) == nil, "the test machine's temporary directory is on \(type)")
    let store = try Store.open(directory: dir + "/store")
    store.close()
  }
}

/// Log lines collected from another thread.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  func add(_ s: String) { lock.withLock { lines.append(s) } }
  var all: [String] { lock.withLock { lines } }
}
