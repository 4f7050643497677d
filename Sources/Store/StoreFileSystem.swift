import Foundation
import Wording

/// The file system under a store, checked before the store is opened. avgd's promises rest on two
/// local-file-system facts: `flock` on `<store>/lock` keeps a second process out (one writer per
/// board), and `fdatasync` returns only when the bytes are on the disk (an acknowledged write is
/// never lost). On NFS, CIFS/SMB and FUSE mounts `flock` may be emulated per client or absent and
/// `fdatasync` may return before the server has the data: two hosts could both write one store,
/// and a server crash could lose acknowledged events (AVG art. 5(1)(f), 32(1)(b)). Such a store is
/// refused unless the operator explicitly allows it (`avgd serve --allow-network-fs`), and then
/// the log says what is at stake. contrib/hosting.md, "Storage".
public enum StoreFileSystem {
  /// Network and user-space file system types, as /proc/self/mountinfo names them (a type is
  /// matched as is or by the part before its first dot: `fuse.sshfs` is FUSE).
  public static let networkKinds: [String: String] = [
    "nfs": "NFS", "nfs4": "NFS", "cifs": "CIFS", "smb3": "SMB", "smbfs": "SMB", "fuse": "FUSE", "fuseblk": "FUSE",
    "9p": "9P", "ncpfs": "NCP", "afs": "AFS", "ceph": "CephFS", "glusterfs": "GlusterFS", "lustre": "Lustre",
    "gfs2": "GFS2", "ocfs2": "OCFS2", "davfs": "WebDAV",
  ]

  /// The type of the file system holding `path` (the mount with the longest mount point that
  /// contains it, from /proc/self/mountinfo), nil when it cannot be told.
  public static func type(of path: String) -> String? {
    // Without /proc (another kernel, a sandbox) the type cannot be told: nil, as documented, and the
    // store opens as on a local disk; there is no mount table to be wrong about.
    guard let info = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var best: (point: String, type: String)?
    for line in info.split(separator: "\n") {
      let halves = line.components(separatedBy: " - ")
      guard halves.count >= 2 else { continue }
      let fields = halves[0].split(separator: " ")
      guard fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
      let point = String(fields[4]).replacingOccurrences(of: "\\040", with: " ")
      let inside = target == point || point == "/" || target.hasPrefix(point + "/")
      if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(type)) }
    }
    return best?.type
  }

  /// The network kind of file system type `type`, nil for a local one.
  public static func networkKind(_ type: String) -> String? {
    networkKinds[type] ?? networkKinds[String(type.prefix { $0 != "." })]
  }

  /// Refuses `directory` on a network or user-space file system unless `allowed`; when allowed,
  /// logs the risk once. `probe` gives the file system type (the real `statfs` unless a test
  /// stands in for a mount it cannot make).
  public static func check(
    _ directory: String, allowed: Bool, log: @Sendable (String) -> Void,
    probe: (String) -> String? = StoreFileSystem.type(of:)
  ) throws(StoreError) {
    guard let t = probe(directory), let name = networkKind(t) else { return }
    if allowed {
      log(Texts.StoreLog.networkFileSystemAllowed(directory, kind: name).logLine)
      return
    }
    throw StoreError(.invalidArgument, Texts.StoreFiles.networkFileSystem(directory, kind: name), file: directory)
  }
}
