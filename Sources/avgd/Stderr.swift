import Foundation
import Wording

/// What a command writes on stderr: `avgd COMMAND: message`, one line each. The prefix is the
/// program's and command's name, the same in every language; the message comes from the catalogue.
enum Stderr {
  /// Writes `message` after the command's name (none: after `avgd` alone).
  static func say(_ command: String?, _ message: String) {
    FileHandle.standardError.write(Data("\(prefix(command)) \(message)\n".utf8))
  }

  /// Writes `message`, rendered in the command line's language, after the command's name.
  static func say(_ command: String?, _ message: Text) { say(command, message.string) }

  /// A usage error: the message, an empty line and the command's help; returns the exit status, 2.
  static func usage(_ command: String?, _ error: UsageError, help: Text) -> Int32 {
    FileHandle.standardError.write(Data("\(prefix(command)) \(error.message)\n\n\(help)\n".utf8))
    return 2
  }

  /// `avgd COMMAND:` or `avgd:`.
  private static func prefix(_ command: String?) -> String { command.map { "avgd \($0):" } ?? "avgd:" }
}
