import Foundation
import Testing

/// A minimal client for the tests: writes bytes to a file descriptor and reads replies with a
/// timeout, in either framing. It deliberately shares no code with avgd's transports.
final class LineClient: @unchecked Sendable {
  let readFD: Int32
  let writeFD: Int32
  private var buffer: [UInt8] = []

  init(readFD: Int32, writeFD: Int32) {
    self.readFD = readFD
    self.writeFD = writeFD
  }

  /// Connects to a Unix socket.
  static func connect(_ path: String) -> LineClient? {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    var addr = sockaddr_un()
    addr.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    withUnsafeMutableBytes(of: &addr.sun_path) { raw in
      for (i, b) in bytes.prefix(raw.count - 1).enumerated() { raw[i] = b }
    }
    let ok = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard ok == 0 else {
      Glibc.close(fd)
      return nil
    }
    return LineClient(readFD: fd, writeFD: fd)
  }

  func send(_ bytes: [UInt8]) {
    var off = 0
    while off < bytes.count {
      let n = bytes[off...].withUnsafeBytes { Glibc.send(writeFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      let m = n < 0 && errno == ENOTSOCK ? bytes[off...].withUnsafeBytes { write(writeFD, $0.baseAddress, $0.count) } : n
      guard m > 0 else { return }
      off += m
    }
  }

  func sendLine(_ text: String) { send(Array((text + "\n").utf8)) }

  /// Sends with Content-Length framing.
  func sendFramed(_ body: [UInt8]) {
    send(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  private func fill(timeout: Double) -> Bool {
    var p = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
    guard poll(&p, 1, Int32(timeout * 1000)) > 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: 65536)
    let n = read(readFD, &chunk, chunk.count)
    guard n > 0 else { return false }
    buffer += chunk[0..<n]
    return true
  }

  /// The next line (without the newline), or nil on timeout or end of stream.
  func readLine(timeout: Double = 10) -> [UInt8]? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let i = buffer.firstIndex(of: 0x0A) {
        let line = Array(buffer[..<i])
        buffer.removeFirst(i + 1)
        return line
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, fill(timeout: left) else { return nil }
    }
  }

  /// The next Content-Length framed body.
  func readFramed(timeout: Double = 10) -> [UInt8]? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let end = find([13, 10, 13, 10]) {
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let n = Int(header.dropFirst(16).prefix { $0.isNumber }) else {
          return nil
        }
        if buffer.count >= end + 4 + n {
          let body = Array(buffer[(end + 4)..<(end + 4 + n)])
          buffer.removeFirst(end + 4 + n)
          return body
        }
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, fill(timeout: left) else { return nil }
    }
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard buffer.count >= needle.count else { return nil }
    for i in 0...(buffer.count - needle.count) where buffer[i..<(i + needle.count)].elementsEqual(needle) { return i }
    return nil
  }

  func close() {
    Glibc.close(readFD)
    if writeFD != readFD { Glibc.close(writeFD) }
  }
}

/// The test client's own reading, over a socket pair: messages split anywhere come out whole.
@Suite struct LineClientTests {
  static func pair() -> (LineClient, LineClient) {
    var fds: [Int32] = [0, 0]
    _ = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
    return (LineClient(readFD: fds[0], writeFD: fds[0]), LineClient(readFD: fds[1], writeFD: fds[1]))
  }

  @Test func linesAndFramedBodiesSplitAcrossWrites() {
    let (a, b) = Self.pair()
    defer { a.close(); b.close() }
    a.send(Array("{\"a\"".utf8))
    a.send(Array(":1}\n{}\n".utf8))
    #expect(b.readLine(timeout: 2).map { String(decoding: $0, as: UTF8.self) } == "{\"a\":1}")
    #expect(b.readLine(timeout: 2).map { String(decoding: $0, as: UTF8.self) } == "{}")
    a.send(Array("Content-Length: 7\r\n\r\n[1,".utf8))
    a.send(Array("2,3]".utf8))
    #expect(b.readFramed(timeout: 2).map { String(decoding: $0, as: UTF8.self) } == "[1,2,3]")
    #expect(b.readLine(timeout: 0.2) == nil)
  }
}
