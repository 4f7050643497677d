/// A transport setup failure (bind, connect, dup) with a message meant for a person at a shell:
/// it names the path and says what to do, so `avgd` can print it as is.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The full sentence.
  public let message: String
  /// The `errno` behind it, when there was one.
  public let errno: Int32?

  /// An error with a ready message.
  public init(_ message: String, errno: Int32? = nil) {
    self.message = message
    self.errno = errno
  }

  /// The message, so `print(error)` shows the sentence.
  public var description: String { message }
}
