import Foundation
import Glibc
import JSONRPC
import Wording

/// Serves one conversation over the process's stdin and stdout (editor plugins, MCP-style hosts,
/// `printf … | avgd serve --stdio`).
///
/// On creation it keeps a private duplicate of fd 1 for replies and points fd 1 at stderr, so a
/// stray `print` can never corrupt the protocol stream (as sourcekit-lsp does). It shares no state
/// with a socket listener, so both can serve in one process.
public final class StdioTransport: Sendable {
  /// The private duplicate of the original stdout that carries replies.
  public let outputFD: Int32
  private let connection: Connection

  /// Takes over fds 0 and 1. The peer is this process's own user (whoever can write our stdin).
  public init(
    limits: Limits = Limits(), handler: any RPCConnectionHandler,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(TransportError) {
    fflush(nil)
    let output = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
    guard output >= 0 else {
      let code = errno
      throw TransportError(Texts.Sockets.cannotDuplicateStdout(os: errnoText(code)), errno: code)
    }
    guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
      let code = errno
      FileDescriptorIO.closeQuietly(output)
      throw TransportError(Texts.Sockets.cannotRedirectStdout(os: errnoText(code)), errno: code)
    }
    outputFD = output
    connection = Connection(
      readFD: STDIN_FILENO, writeFD: output, session: RPCSession(peer: PeerCredentials.ownPeer(kind: .stdio)),
      handler: handler, limits: limits, closesFDs: false, log: log)
  }

  /// Serves until stdin ends (or `finishInput()`), every reply is written, and the output is
  /// closed; returns then. Throws only when the threads could not start.
  public func run() throws(TransportError) {
    guard connection.start() else { throw TransportError(Texts.Sockets.cannotStartStdioThreads) }
    connection.waitUntilClosed()
    FileDescriptorIO.closeQuietly(outputFD)
  }

  /// Stops reading stdin (SIGTERM): requests already read are answered, then `run()` returns.
  public func finishInput() {
    connection.finishInput()
  }

  /// Gives up on queued requests (the drain time ran out); `run()` returns once a request
  /// already being handled finishes.
  public func abort() {
    connection.abort()
  }
}
