import Foundation
import JSONRPC
import JSONRPCFixtures
import Transport

// The test-only fixture server: avgd's own dispatcher and transports serving the JSON-RPC 2.0 §7
// methods, so Protocol/conformance runs against real processes. `--stdio` or `--socket PATH`.
Signals.resetMask()
Signals.blockTermination()
Signals.ignoreSIGPIPE()
let args = Array(CommandLine.arguments.dropFirst())
let log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("fixture: " + $0 + "\n").utf8)) }
do {
  let server = try SpecFixtures.server()
  if let i = args.firstIndex(of: "--socket"), i + 1 < args.count {
    let listener = try UnixSocketListener(path: args[i + 1], limits: server.limits, handler: server, log: log)
    try listener.start()
    let stop = DispatchSemaphore(value: 0)
    Signals.waitForTermination { _ in stop.signal() }
    stop.wait()
    listener.stop()
    exit(0)
  } else {
    // SIGTERM ends a stdio fixture at once (the tests stop it that way, as a supervisor would).
    Signals.waitForTermination { _ in exit(0) }
    try StdioTransport(limits: server.limits, handler: server, log: log).run()
  }
} catch {
  log("\(error)")
  exit(1)
}
