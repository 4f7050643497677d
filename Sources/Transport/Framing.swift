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
    switch self {
    case .ndjson:
      var out = body
      out.append(0x0A)
      return out
    case .contentLength:
      var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
      out.append(contentsOf: body)
      return out
    }
  }
}
