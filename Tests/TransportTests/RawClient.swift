import Foundation
import Testing
import Glibc
@testable import Transport

/// A blocking socket client for tests that need raw control (half messages, never reading,
/// half-close), unlike `UnixSocketClient`.
final class RawClient {
  /// The connected socket.
  let fd: Int32
  private var pending: [UInt8] = []

  /// Connects (through the production connect, so error messages are the real ones).
  init(path: String) throws {
    fd = try UnixSocketClient.connect(path)
  }

  deinit { close() }

  /// Sends all bytes (blocking); false when the connection failed.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        guard let base = raw.baseAddress else { return true }
        let n = Glibc.send(fd, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
  }

  /// Sends a string as is.
  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// Sends one line.
  @discardableResult
  func sendLine(_ text: String) -> Bool { send(text + "\n") }

  /// Reads until `done` holds for the pending bytes; false on EOF or timeout.
  private func fill(until done: ([UInt8]) -> Bool, timeout: Double) -> Bool {
    let deadline = FileDescriptorIO.now() + timeout
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while !done(pending) {
      let left = deadline - FileDescriptorIO.now()
      guard left > 0, FileDescriptorIO.wait(fd, for: Int16(POLLIN), seconds: left) == .ready else { return false }
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      pending.append(contentsOf: buffer[..<n])
    }
    return true
  }

  /// The next line without its newline; nil on EOF or timeout.
  func readLine(timeout: Double = 5) -> String? {
    guard fill(until: { $0.contains(0x0A) }, timeout: timeout), let nl = pending.firstIndex(of: 0x0A) else {
      return nil
    }
    let line = String(decoding: pending[..<nl], as: UTF8.self)
    pending.removeFirst(nl + 1)
    return line
  }

  /// Exactly `count` bytes; nil on EOF or timeout.
  func read(count: Int, timeout: Double = 5) -> [UInt8]? {
    guard fill(until: { $0.count >= count }, timeout: timeout) else { return nil }
    defer { pending.removeFirst(count) }
    return Array(pending[..<count])
  }

  /// True when the server closes (EOF or reset) within `timeout`, discarding data until then.
  func seesClose(timeout: Double = 5) -> Bool {
    let deadline = FileDescriptorIO.now() + timeout
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while FileDescriptorIO.now() < deadline {
      guard FileDescriptorIO.wait(fd, for: Int16(POLLIN), seconds: deadline - FileDescriptorIO.now()) == .ready
      else { return false }
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return true }
    }
    return false
  }

  /// Half-closes: the server sees end of input.
  func shutdownWrite() { _ = shutdown(fd, Int32(SHUT_WR)) }

  private var closed = false
  /// Closes the socket once: the server sees the client vanish.
  func close() {
    if !closed { FileDescriptorIO.closeQuietly(fd) }
    closed = true
  }
}

/// The raw client itself: two replies sent back to back come out as two lines, and `read(count:)`
/// takes exactly the bytes asked for.
@Suite struct RawClientTests {
  @Test func splitsLinesAndCountsBytes() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      defer { client.close() }
      #expect(client.send(request("echo", id: 1) + "\n" + request("echo", id: 2) + "\n"))
      #expect(json(client.readLine())?["id"] == 1)
      #expect(json(client.readLine())?["id"] == 2)
      #expect(client.sendLine(request("echo", id: 3)))
      let head = client.read(count: 8).map { String(decoding: $0, as: UTF8.self) } ?? ""
      #expect(head == "{\"jsonrp")
      #expect(json(head + (client.readLine(timeout: 1) ?? ""))?["id"] == 3)
      #expect(client.readLine(timeout: 0.1) == nil)
    }
  }
}
