import JSONRPC

/// Standard base64 (RFC 4648 §4, with `=` padding and no line breaks: what Foundation's
/// `base64EncodedString()` gives) written into a `ReplyWriter` as the bytes arrive, so a
/// streamed xlsx export never holds its workbook or its text (issue 14, item 4). Up to two bytes
/// wait for the next call; `finish` writes them with padding. Base64 needs no JSON escaping.
final class Base64Stream {
  private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private let writer: ReplyWriter
  private var carry: [UInt8] = []
  private var out: [UInt8] = []

  /// An encoder writing into `writer`.
  init(_ writer: ReplyWriter) {
    self.writer = writer
    out.reserveCapacity(64 * 1024)
  }

  /// Encodes `bytes` after those given before.
  func append(_ bytes: [UInt8]) {
    guard !writer.isBroken else { return }
    var k = 0
    if !carry.isEmpty {
      while carry.count < 3 && k < bytes.count {
        carry.append(bytes[k])
        k += 1
      }
      guard carry.count == 3 else { return }
      quantum(carry[0], carry[1], carry[2])
      carry.removeAll(keepingCapacity: true)
    }
    while k + 3 <= bytes.count {
      quantum(bytes[k], bytes[k + 1], bytes[k + 2])
      k += 3
      if out.count >= 64 * 1024 { drain() }
    }
    carry.append(contentsOf: bytes[k...])
    drain()
  }

  /// Writes the last one or two bytes with their padding.
  func finish() {
    let a = Self.alphabet
    switch carry.count {
    case 1:
      out += [a[Int(carry[0] >> 2)], a[Int((carry[0] & 0x03) << 4)], 0x3D, 0x3D]
    case 2:
      out += [a[Int(carry[0] >> 2)], a[Int((carry[0] & 0x03) << 4 | carry[1] >> 4)], a[Int((carry[1] & 0x0F) << 2)], 0x3D]
    default: break
    }
    carry.removeAll()
    drain()
  }

  private func quantum(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) {
    let a = Self.alphabet
    out.append(a[Int(b0 >> 2)])
    out.append(a[Int((b0 & 0x03) << 4 | b1 >> 4)])
    out.append(a[Int((b1 & 0x0F) << 2 | b2 >> 6)])
    out.append(a[Int(b2 & 0x3F)])
  }

  private func drain() {
    guard !out.isEmpty else { return }
    writer.append(contentsOf: out)
    out.removeAll(keepingCapacity: true)
  }
}
