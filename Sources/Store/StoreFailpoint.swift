import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Crash points for the crash tests: with `AVGD_STORE_FAILPOINT=<name>` in its environment the
/// process kills itself with SIGKILL at that point, exactly as a power cut or `kill -9` would stop it
/// there. A random SIGKILL cannot hit a window of a few milliseconds on purpose; this can, so the
/// recovery of that window is tested every run (Tests/EndToEndTests/StoreHardeningLiveTests.swift).
/// Without the variable nothing happens.
enum StoreFailpoint: String {
  /// In a compaction, after `journal.jsonl.next` is written and before the snapshot commits it.
  case compactionBeforeCommit = "compaction-before-commit"

  /// The failpoint named in the environment, read once.
  private static let armed: String? = ProcessInfo.processInfo.environment["AVGD_STORE_FAILPOINT"]

  /// Dies here by SIGKILL when `point` is the armed one.
  static func hit(_ point: StoreFailpoint) {
    guard armed == point.rawValue else { return }
    kill(getpid(), SIGKILL)
  }
}
