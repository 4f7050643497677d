/// The two wire framings a connection can speak. Chosen once per connection (see
/// `FramingDetector`) so that a reply always goes out the way the request came in.
public enum Framing: String, Sendable, Hashable {
  /// One compact JSON text per line, `\n`-terminated: the default, for shells and scripts.
  case ndjson
  /// LSP base protocol (`Content-Length: N\r\n\r\n` + body), for editor-plugin libraries.
  case contentLength

  /// The bytes to write for one reply body (compact JSON without a trailing newline).
  /// Content-Length output puts that header first with canonical spelling, because
  /// python-lsp-jsonrpc and pygls only recognise exactly that.
  public func frame(_ body: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(body.count + 32)
    frame(body, into: &out)
    return out
  }

  /// Appends the bytes of `frame(body)` to `out` (replies written together share one buffer).
  public func frame(_ body: [UInt8], into out: inout [UInt8]) {
    switch self {
    case .ndjson:
      out.append(contentsOf: body)
      out.append(0x0A)
    case .contentLength:
      out.append(contentsOf: "Content-Length: \(body.count)\r\n\r\n".utf8)
      out.append(contentsOf: body)
    }
  }

  /// What goes before a streamed reply body of `bodyCount` bytes: nothing for NDJSON, the
  /// `Content-Length` header otherwise (the length must come first, so a streamed reply in this
  /// framing is counted in a first encoding pass; see `ConnectionLoop`).
  public func head(bodyCount: Int) -> [UInt8] {
    self == .contentLength ? Array("Content-Length: \(bodyCount)\r\n\r\n".utf8) : []
  }

  /// What goes after a streamed reply body: the newline that ends an NDJSON message, nothing in
  /// Content-Length framing.
  public var tail: [UInt8] { self == .ndjson ? [0x0A] : [] }
}
