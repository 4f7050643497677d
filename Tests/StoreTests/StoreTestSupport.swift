import Foundation
import JSON
import Testing

@testable import Store

/// A fresh private temp directory for one test; the store itself lives in `<tmp>/store`.
func tempStoreDir(_ name: String = #function) -> String {
  let base = NSTemporaryDirectory() + "avgd-store-tests-\(getpid())"
  mkdir(base, 0o700)
  let clean = name.filter { $0.isLetter || $0.isNumber }
  let dir = base + "/\(clean)-\(UInt32.random(in: 0...UInt32.max))"
  mkdir(dir, 0o700)
  return dir + "/store"
}

/// A small event; `secret` lets erasure tests search the files for a known string.
func draft(_ n: Int, secret: String = "", type: String = "requests.opened") -> EventDraft {
  EventDraft(type: type, actor: "uid:\(1000 + n % 3)", at: "2025-03-01T10:00:00Z",
    data: ["n": .int(n), "subject": .string(secret.isEmpty ? "pupil-\(n)" : secret)])
}

/// Opens a store with fsync on (the real thing) and fails the test with the error if it cannot.
func openStore(_ dir: String, fsync: Bool = true, log: @escaping @Sendable (String) -> Void = { _ in }) throws -> Store {
  try Store.open(directory: dir, options: StoreOptions(fsync: fsync), log: log)
}

/// Appends `count` events and waits for durability.
@discardableResult
func fill(_ store: Store, _ count: Int, from: Int = 0) throws -> [StoredEvent] {
  var out: [StoredEvent] = []
  for n in from..<(from + count) {
    let e = try store.append(draft(n))
    try store.waitDurable(e.seq)
    out.append(e)
  }
  return out
}

/// The raw bytes of a file in the store.
func bytesOf(_ path: String) -> [UInt8] { (try? FileIO.readFile(path)).flatMap { $0 } ?? [] }

/// Replaces a file's bytes (tests simulate damage).
func overwrite(_ path: String, _ bytes: [UInt8]) {
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// Byte offsets where each line of a file starts.
func lineStarts(_ bytes: [UInt8]) -> [Int] {
  var starts = [0]
  for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
  return starts
}

/// Collects log lines from a store, thread-safely.
final class LogBox: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  /// A log function feeding this box.
  var sink: @Sendable (String) -> Void { { [self] s in lock.lock(); lines.append(s); lock.unlock() } }
  /// Everything logged so far.
  var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

/// Mode bits of a path.
func mode(_ path: String) -> mode_t {
  var st = stat()
  return lstat(path, &st) == 0 ? st.st_mode & 0o777 : 0
}

/// The torture executable. SwiftPM puts executables next to the test bundle (`.build/<triple>/debug`),
/// so look beside the running test binary first, then in `<package root>/.build/debug` found from
/// this source file's path. Returns nil (and the test records a clear issue) when it is not built.
func tortureExecutable(filePath: String = #filePath) -> String? {
  var candidates: [String] = []
  if let exe = Bundle.main.executablePath {
    var dir = (exe as NSString).deletingLastPathComponent
    for _ in 0..<4 {  // the binary may sit inside a .xctest bundle directory
      candidates.append(dir + "/avgd-store-torture")
      dir = (dir as NSString).deletingLastPathComponent
    }
  }
  let root = ((filePath as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
  candidates.append((root as NSString).deletingLastPathComponent + "/.build/debug/avgd-store-torture")
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Starts the torture executable with arguments; stdout is piped.
func startTorture(_ exe: String, _ args: [String]) throws -> (Process, Pipe) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: exe)
  p.arguments = args
  let pipe = Pipe()
  p.standardOutput = pipe
  try p.run()
  return (p, pipe)
}

/// Runs `body(t)` for t in 0..<count, each on a thread of its own (real threads:
/// `concurrentPerform` would use only one per core), and returns the group they leave.
@discardableResult
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> DispatchGroup {
  let group = DispatchGroup()
  for t in 0..<count {
    group.enter()
    Thread {
      defer { group.leave() }
      body(t)
    }.start()
  }
  return group
}

/// The helpers themselves: fresh private directories, filled stores, line offsets, modes.
@Suite struct StoreTestSupportTests {
  @Test func helpersDoWhatTheySay() throws {
    let a = tempStoreDir(), b = tempStoreDir()
    #expect(a != b)
    let s = try openStore(a, fsync: false)
    let events = try fill(s, 3, from: 10)
    #expect(events.map(\.seq) == [1, 2, 3])
    #expect(events.first?.data["n"] == 10)
    s.close()
    let journal = bytesOf(a + "/" + StoreFiles.journal)
    let starts = lineStarts(journal)
    #expect(starts.count == 3 && starts.first == 0)
    #expect(starts.dropFirst().allSatisfy { journal[$0 - 1] == 0x0A })
    #expect(mode(a + "/" + StoreFiles.journal) == 0o600)
    overwrite(a + "/scratch", [1, 2, 3])
    #expect(bytesOf(a + "/scratch") == [1, 2, 3])
    let log = LogBox()
    log.sink("one")
    #expect(log.all == ["one"])
    let ran = LockedSeqs()
    onThreads(4) { t in ran.add(UInt64(t)) }.wait()
    #expect(Set(ran.all) == [0, 1, 2, 3])
  }
}

extension StoreFiles {
  /// The names in `dir`, or none when it cannot be listed (the tests' own directories always can).
  static func list(_ dir: String) -> [String] { (try? names(dir)) ?? [] }
}
