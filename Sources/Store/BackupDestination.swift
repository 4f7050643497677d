import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Where a backup may go, checked before anything on disk changes (Protocol/store-format.md, "Backup").
///
/// A backup copies personal data out of the store, so the destination is held to the store's own
/// care (AVG art. 32(1)): it must be a new or empty directory of this user that others cannot write
/// into. Only directories that do not exist yet are created (mode 0700); the mode of an existing one
/// is never changed (`store.backup {destination:"/"}` once made `/` mode 0700). A destination inside
/// the store directory is refused: a compaction promises that no file in the store keeps purged data
/// (art. 17), and a backup there would keep it. A NUL (the path the kernel sees would differ from the
/// one checked) and names of only dots or spaces (`..`, `...`, ` `: they point elsewhere or cannot be
/// seen) are refused too.
enum BackupDestination {
  /// Checks the form of `destination` and that it lies outside `store`, without changing anything.
  static func check(_ destination: String, store: String) throws(StoreError) {
    func refuse(_ why: Text) -> StoreError {
      StoreError(.invalidArgument, Texts.StoreFiles.backupRefused(printable(destination), why), file: printable(destination))
    }
    guard !destination.isEmpty else { throw refuse(Texts.StoreFiles.backupNameEmpty) }
    guard !destination.utf8.contains(0) else { throw refuse(Texts.StoreFiles.backupNameHasNul) }
    for part in destination.split(separator: "/") where part.allSatisfy({ $0 == "." || $0 == " " }) {
      throw refuse(Texts.StoreFiles.backupOnlyDots(String(part)))
    }
    let target = resolved(absolute(destination)), home = resolved(absolute(store))
    if target == home || target.hasPrefix(home == "/" ? "/" : home + "/") {
      throw refuse(Texts.StoreFiles.backupInsideStore(store))
    }
  }

  /// Checks `destination`, then makes it ready: an existing directory must be ours, not writable by
  /// group or others, and empty (its mode stays as it is); a missing one is created, and only the
  /// directories created now get mode 0700.
  static func prepare(_ destination: String, store: String) throws(StoreError) {
    try check(destination, store: store)
    var st = stat()
    if lstat(destination, &st) != 0 {
      guard errno == ENOENT else { throw .posix(Texts.StoreFiles.cannotUseBackupDestination, file: destination) }
      try makeNewDirectories(destination)
      guard lstat(destination, &st) == 0 else { throw .posix(Texts.StoreFiles.cannotUseBackupDestination, file: destination) }
    }
    guard st.st_mode & S_IFMT == S_IFDIR else {
      throw StoreError(.invalidArgument, Texts.StoreFiles.backupNotADirectory(destination), file: destination)
    }
    guard st.st_uid == geteuid() else {
      throw StoreError(.permissions, Texts.StoreFiles.backupNotOurs(destination, uid: st.st_uid, me: geteuid()), file: destination)
    }
    guard st.st_mode & 0o022 == 0 else {
      throw StoreError(.permissions,
        Texts.StoreFiles.backupWritable(destination, mode: String(st.st_mode & 0o777, radix: 8)), file: destination)
    }
    guard try StoreFiles.names(destination).isEmpty else {
      throw StoreError(.invalidArgument, Texts.StoreFiles.backupNotEmpty(destination), file: destination)
    }
  }

  /// mkdir -p that sets mode 0700 (whatever the umask) only on the directories it creates itself.
  private static func makeNewDirectories(_ dir: String) throws(StoreError) {
    var path = dir.hasPrefix("/") ? "" : "."
    for part in dir.split(separator: "/") {
      path += "/" + part
      if mkdir(path, 0o700) == 0 {
        guard chmod(path, 0o700) == 0 else { throw .posix(Texts.StoreFiles.cannotSetMode("0700"), file: path) }
      } else if errno != EEXIST {
        throw .posix(Texts.StoreFiles.cannotCreateDirectory, file: path)
      }
    }
  }

  /// `path` made absolute against the working directory.
  private static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// The real path: the deepest existing ancestor resolved (symlinks followed), the rest appended.
  private static func resolved(_ path: String) -> String {
    var head = path, tail: [String] = []
    while true {
      if let real = realpath(head, nil) {
        defer { free(real) }
        let base = String(cString: real)
        return tail.isEmpty ? base : (base == "/" ? "" : base) + "/" + tail.reversed().joined(separator: "/")
      }
      let ns = head as NSString
      guard head != "/", !head.isEmpty else { return path }
      tail.append(ns.lastPathComponent)
      head = ns.deletingLastPathComponent
    }
  }

  /// The path with control characters made visible, for messages and logs.
  private static func printable(_ s: String) -> String {
    String(s.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
  }
}
