import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Names inside a store directory and the directory's safety checks, in one place so the format
/// document, recovery, verify, repair and backup cannot disagree.
enum StoreFiles {
  /// The journal: one sealed event per line.
  static let journal = "journal.jsonl"
  /// The latest snapshot.
  static let snapshot = "snapshot.json"
  /// The owner lock (flock) holding the owner's pid.
  static let lock = "avgd.lock"
  /// A compacted journal waiting to replace `journal.jsonl` (see `Store.rewrite`).
  static let nextJournal = "journal.jsonl.next"
  /// The journal's last durable position, outside the journal (see `HeadFile`).
  static let head = "head.json"
  /// Erasures promised but not yet finished (see `ErasureIntent`).
  static let erasure = "erasure.pending"
  /// The files that make a directory a store: only such a directory (or an empty one) has its mode tightened.
  static let storeMarkers = [journal, snapshot, lock]

  /// Creates the directory (mode 0700) if needed, then refuses it when another user owns it or when
  /// group/others may write into it (they could swap files under us). Looser read bits are tightened
  /// only on a directory that is empty or already a store: `--store /` must not make `/` 0700.
  static func prepare(_ dir: String, create: Bool, log: (String) -> Void) throws(StoreError) {
    var st = stat()
    if lstat(dir, &st) != 0 {
      guard errno == ENOENT, create else { throw .posix(Texts.StoreFiles.cannotUseStoreDirectory, file: dir) }
      try makeDirectories(dir)
      guard lstat(dir, &st) == 0 else { throw .posix(Texts.StoreFiles.cannotUseStoreDirectory, file: dir) }
    }
    guard st.st_mode & S_IFMT == S_IFDIR else {
      throw StoreError(.permissions, Texts.StoreFiles.notADirectory(dir), file: dir)
    }
    guard st.st_uid == geteuid() else {
      throw StoreError(.permissions, Texts.StoreFiles.storeDirectoryNotOurs(dir, uid: st.st_uid, me: geteuid()), file: dir)
    }
    guard st.st_mode & 0o022 == 0 else {
      throw StoreError(.permissions,
        Texts.StoreFiles.storeDirectoryWritable(dir, mode: String(st.st_mode & 0o777, radix: 8)), file: dir)
    }
    if st.st_mode & 0o777 != 0o700 {
      // A directory that cannot be listed is not known to be empty or a store: its mode is left alone.
      let names = try? names(dir)
      guard let names, names.isEmpty || names.contains(where: storeMarkers.contains) else {
        log(Texts.StoreLog.modeLeftAlone(dir, mode: String(st.st_mode & 0o777, radix: 8)).logLine)
        return
      }
      guard chmod(dir, 0o700) == 0 else { throw .posix(Texts.StoreFiles.cannotSetMode("0700"), file: dir) }
      log(Texts.StoreLog.modeTightened(dir).logLine)
    }
  }

  /// mkdir -p with mode 0700 for every directory created, whatever the umask.
  private static func makeDirectories(_ dir: String) throws(StoreError) {
    var path = dir.hasPrefix("/") ? "" : "."
    for part in dir.split(separator: "/") {
      path += "/" + part
      if FileIO.exists(path) { continue }
      if mkdir(path, 0o700) != 0, errno != EEXIST { throw .posix(Texts.StoreFiles.cannotCreateDirectory, file: path) }
      chmod(path, 0o700)
    }
  }

  /// Names in the directory (no `.`/`..`), sorted; the errno when it cannot be read.
  static func names(_ dir: String) throws(StoreError) -> [String] {
    guard let d = opendir(dir) else { throw .posix(Texts.StoreFiles.cannotListDirectory, file: dir) }
    defer { closedir(d) }
    var out: [String] = []
    errno = 0
    while let entry = readdir(d) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name != ".", name != ".." { out.append(name) }
    }
    guard errno == 0 else { throw .posix(Texts.StoreFiles.cannotListDirectory, file: dir) }
    return out.sorted()
  }
}

extension Store {
  /// Where the store lives when no `--store` is given: `$AVGD_STORE`, else `$XDG_STATE_HOME/avgd`,
  /// else `~/.local/state/avgd` (XDG: state that should survive restarts but is not user documents).
  public static func defaultDirectory() -> String {
    let env = ProcessInfo.processInfo.environment
    if let d = env["AVGD_STORE"], !d.isEmpty { return d }
    if let x = env["XDG_STATE_HOME"], x.hasPrefix("/") { return x + "/avgd" }
    let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/state/avgd"
  }
}
