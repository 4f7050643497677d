import Foundation
import JSONRPC
import Service
import Transport
import Wording

/// The running daemon: transports around one service, and the orderly way down.
struct Server {
  /// The service the transports hand their messages to.
  let service: AvgdService
  /// How the daemon was started (socket, stdio, limits).
  let config: ServiceConfiguration
  /// File mode of a socket avgd binds itself (0600 unless `--socket-mode`).
  let socketMode: mode_t
  /// A listening socket passed by systemd socket activation (fd 3), if any.
  let activatedFD: Int32?
  /// Where log lines go (stderr).
  let log: Log

  /// Serves until end of input (stdio only) or SIGTERM/SIGINT/SIGHUP, then drains, snapshots and exits 0.
  func run() -> Int32 {
    let done = DispatchSemaphore(value: 0)
    Signals.waitForTermination { [log] sig in
      let name = [SIGTERM: "SIGTERM", SIGINT: "SIGINT", SIGHUP: "SIGHUP"][sig] ?? Texts.CommandLine.signal(sig).string
      log.info(Texts.CommandLine.stopping(name).string)
      done.signal()
    }
    let logger: @Sendable (String) -> Void = { [log] in log.info($0) }
    var listener: UnixSocketListener?
    if let path = config.socketPath {
      do {
        if let fd = activatedFD {
          listener = try UnixSocketListener(adoptingFD: fd, limits: config.limits, handler: service.server, log: logger)
          log.info(Texts.CommandLine.servingSystemdSocket.string)
        } else {
          try SocketDirectory.prepare(socketPath: path)
          listener = try UnixSocketListener(
            path: path, mode: socketMode, limits: config.limits, handler: service.server, log: logger)
          log.info(Texts.CommandLine.listening(path).string)
        }
        try listener?.start()
      } catch {
        log.error("\(error)")
        service.shutdown()
        return 1
      }
    }
    if let store = config.storeDirectory { log.info(Texts.CommandLine.storeInUse(store).string) }
    var stdio: StdioTransport?
    if config.stdio {
      do {
        let transport = try StdioTransport(limits: config.limits, handler: service.server, log: logger)
        stdio = transport
        Thread.detachNewThread { [log] in
          do { try transport.run() } catch { log.error("\(error)") }
          // End of input ends a stdio-only service; with a socket too, the socket keeps serving.
          if config.socketPath == nil { done.signal() }
        }
      } catch {
        log.error("\(error)")
        listener?.stop()
        service.shutdown()
        return 1
      }
    }
    done.wait()
    listener?.stop()
    stdio?.finishInput()
    if listener?.drain(timeout: config.limits.drainTimeoutSeconds) == false {
      log.warning(Texts.CommandLine.stillRunning("\(config.limits.drainTimeoutSeconds)").string)
    }
    service.shutdown()
    log.info(Texts.CommandLine.stopped.string)
    return 0
  }
}
