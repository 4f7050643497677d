import Foundation
import Testing

/// A real avgd (or fixture server) process for a test: on stdio, or on a socket in a temp dir.
final class LiveProcess {
  let process = Process()
  let stdinPipe = Pipe()
  let stdoutPipe = Pipe()
  let stderrPipe = Pipe()
  let socketPath: String?
  let directory: String

  /// Starts `executable` with `arguments`; with `socket: true` adds `--socket` in a temp dir and
  /// waits until it accepts connections.
  init(_ executable: String, _ arguments: [String], socket: Bool, environment: [String: String] = [:],
       directory: String? = nil) throws {
    self.directory = directory ?? Binaries.temporaryDirectory()
    socketPath = socket ? self.directory + "/s.sock" : nil
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments + (socketPath.map { ["--socket", $0] } ?? [])
    var env = ProcessInfo.processInfo.environment
    env["AVGD_NOW"] = "2026-11-29T10:00:00+01:00"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    process.standardInput = stdinPipe
    process.standardOutput = stdoutPipe
    process.standardError = stderrPipe
    try process.run()
    if let socketPath {
      for _ in 0..<200 {
        if let c = LineClient.connect(socketPath) {
          c.close()
          return
        }
        usleep(25_000)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      throw LiveError.didNotStart(stderr())
    }
  }

  /// A client on this process's stdio.
  lazy var stdio = LineClient(
    readFD: stdoutPipe.fileHandleForReading.fileDescriptor, writeFD: stdinPipe.fileHandleForWriting.fileDescriptor)

  /// A new socket client.
  func connect() throws -> LineClient {
    guard let path = socketPath, let c = LineClient.connect(path) else { throw LiveError.cannotConnect }
    return c
  }

  /// Closes stdin (end of input).
  func closeInput() { try? stdinPipe.fileHandleForWriting.close() }

  /// Sends SIGTERM and waits for the exit status.
  func terminate() -> Int32 {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// What the process logged; call only after it exited.
  func stderr() -> String {
    String(decoding: stderrPipe.fileHandleForReading.availableData, as: UTF8.self)
  }

  deinit {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }
}

enum LiveError: Error {
  case didNotStart(String)
  case cannotConnect
}

/// The harness's process wrapper: a stdio process has no socket to connect to, and says so.
@Suite struct LiveProcessTests {
  @Test func aStdioProcessRefusesSocketClientsAndStopsAtEndOfInput() throws {
    let p = try LiveProcess(Binaries.avgd, ["serve", "--stdio", "--memory"], socket: false)
    #expect(throws: LiveError.self) { try p.connect() }
    p.closeInput()
    p.process.waitUntilExit()
    #expect(p.process.terminationStatus == 0)
  }
}
