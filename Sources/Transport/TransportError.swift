import Wording

/// A transport setup failure (bind, connect, dup) with a message meant for a person at a shell:
/// it names the path and says what to do, so `avgd` can print it as is.
///
/// It keeps the `Text` (issue 16 §1), not a rendered string: an error made on one thread renders
/// in the language where it is printed or answered (`message`, `description`: `Language.current`,
/// outside a call the daemon's `--language`). The operating system's part (`strerror`) stays as
/// the system says it, the same in both languages.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The sentence in both languages.
  public let text: Text
  /// The `errno` behind it, when there was one.
  public let errno: Int32?

  /// An error with its sentence from the catalogue (`Texts.Sockets`, `Texts.SocketClient`).
  public init(_ text: Text, errno: Int32? = nil) {
    self.text = text
    self.errno = errno
  }

  /// The sentence in the current language (`Language.current`).
  public var message: String { text.string }

  /// The message, so `print(error)` shows the sentence.
  public var description: String { message }
}
