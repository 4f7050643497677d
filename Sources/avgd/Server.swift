import Foundation
import JSONRPC
import Service
import Transport

/// The running daemon: transports around one service, and the orderly way down.
struct Server {
  let service: AvgdService
  let config: ServiceConfiguration
  let socketMode: mode_t
  let log: Log

  func run() -> Int32 {
    let done = DispatchSemaphore(value: 0)
    signal(SIGTERM, SIG_IGN)
    signal(SIGINT, SIG_IGN)
    var sources: [DispatchSourceSignal] = []
    for sig in [SIGTERM, SIGINT] {
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        log.info("signal \(sig): stopping")
        done.signal()
      }
      source.resume()
      sources.append(source)
    }
    var listener: UnixSocketListener?
    if let path = config.socketPath {
      do {
        let handler = service.server
        let logger: @Sendable (String) -> Void = { [log] in log.info($0) }
        if let fd = SystemdActivation.listenFDs(unset: true).first {
          listener = try UnixSocketListener(adoptingFD: fd, path: path, limits: config.limits, handler: handler, log: logger)
          log.info("serving on the socket passed by systemd (\(path))")
        } else {
          Defaults.prepareSocketDirectory(for: path)
          listener = try UnixSocketListener(
            path: path, mode: socketMode, limits: config.limits, handler: handler, log: logger)
          log.info("listening on \(path)")
        }
        try listener?.start()
      } catch {
        log.error("\(error)")
        service.shutdown()
        return 1
      }
    }
    if let store = config.storeDirectory { log.info("store \(store)") }
    if config.stdio {
      let stdio = StdioTransport(handler: service.server, limits: config.limits, log: { [log] in log.info($0) })
      Thread.detachNewThread {
        stdio.run()
        // End of input ends a stdio-only service; with a socket too, the socket keeps serving.
        if config.socketPath == nil { done.signal() }
      }
    }
    done.wait()
    listener?.stop()
    listener?.drain(timeout: config.limits.drainTimeoutSeconds)
    service.shutdown()
    log.info("stopped")
    return 0
  }
}
