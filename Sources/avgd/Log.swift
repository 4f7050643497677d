import Foundation

/// Log lines to stderr only: stdout carries protocol bytes and nothing else.
final class Log: @unchecked Sendable {
  /// Severity, least to most.
  enum Level: Int, Comparable, CaseIterable {
    case debug, info, warning, error
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    init?(name: String) {
      guard let l = Level.allCases.first(where: { "\($0)" == name }) else { return nil }
      self = l
    }
  }

  /// The least severe level written (`--log-level`).
  var level: Level
  /// The board this avgd serves (`--board`), named in every line so one journal of many boards reads clearly.
  var board: String?
  private let lock = NSLock()

  /// A log writing `level` and above to stderr.
  init(level: Level = .info) { self.level = level }

  /// Writes `message` when `level` is at or above the configured level.
  func write(_ level: Level, _ message: @autoclosure () -> String) {
    guard level >= self.level else { return }
    let line = "avgd[\(getpid())]\(board.map { " board=\($0)" } ?? "") \(level): \(message())\n"
    lock.lock()
    defer { lock.unlock() }
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Routine events: start, stop, the socket and store in use.
  func info(_ m: @autoclosure () -> String) { write(.info, m()) }
  /// Something unexpected that avgd handled.
  func warning(_ m: @autoclosure () -> String) { write(.warning, m()) }
  /// A failure that stops a start or a request.
  func error(_ m: @autoclosure () -> String) { write(.error, m()) }
}
