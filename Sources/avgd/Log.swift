import Foundation
import Synchronization

/// Log lines to stderr only: stdout carries protocol bytes and nothing else.
final class Log: Sendable {
  /// Severity, least to most.
  enum Level: Int, Comparable, CaseIterable {
    case debug, info, warning, error
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    init?(name: String) {
      guard let l = Level.allCases.first(where: { "\($0)" == name }) else { return nil }
      self = l
    }
  }

  /// What `serve` sets from its options, guarded by its own mutex (set at start, read per line).
  private struct Settings {
    var level: Level
    var board: String?
  }
  private let settings: Mutex<Settings>
  /// Held while one line is written to stderr, so lines of several threads never interleave.
  private let output = Mutex<Void>(())

  /// The least severe level written (`--log-level`).
  var level: Level {
    get { settings.withLock { $0.level } }
    set { settings.withLock { $0.level = newValue } }
  }
  /// The board this avgd serves (`--board`), named in every line so one journal of many boards reads clearly.
  var board: String? {
    get { settings.withLock { $0.board } }
    set { settings.withLock { $0.board = newValue } }
  }

  /// A log writing `level` and above to stderr.
  init(level: Level = .info) { settings = Mutex(Settings(level: level, board: nil)) }

  /// Writes `message` when `level` is at or above the configured level.
  func write(_ level: Level, _ message: @autoclosure () -> String) {
    let (least, board) = settings.withLock { ($0.level, $0.board) }
    guard level >= least else { return }
    let line = "avgd[\(getpid())]\(board.map { " board=\($0)" } ?? "") \(level): \(message())\n"
    output.withLock { _ in FileHandle.standardError.write(Data(line.utf8)) }
  }

  /// Routine events: start, stop, the socket and store in use.
  func info(_ m: @autoclosure () -> String) { write(.info, m()) }
  /// Something unexpected that avgd handled.
  func warning(_ m: @autoclosure () -> String) { write(.warning, m()) }
  /// A failure that stops a start or a request.
  func error(_ m: @autoclosure () -> String) { write(.error, m()) }
}
