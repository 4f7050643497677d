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

  var level: Level
  private let lock = NSLock()

  init(level: Level = .info) { self.level = level }

  /// Writes `message` when `level` is at or above the configured level.
  func write(_ level: Level, _ message: @autoclosure () -> String) {
    guard level >= self.level else { return }
    let line = "avgd[\(getpid())] \(level): \(message())\n"
    lock.lock()
    defer { lock.unlock() }
    FileHandle.standardError.write(Data(line.utf8))
  }

  func info(_ m: @autoclosure () -> String) { write(.info, m()) }
  func warning(_ m: @autoclosure () -> String) { write(.warning, m()) }
  func error(_ m: @autoclosure () -> String) { write(.error, m()) }
}
