import JSONRPC
import Wording

/// LSP base-protocol input: `Name: value` header lines, a blank line, then exactly
/// Content-Length bytes of body.
///
/// Header names are case-insensitive and in any order; unknown headers are ignored. The length is
/// validated without ever trapping (sourcekit-lsp's parser traps on a 25-digit length). Because a
/// corrupt header cannot be resynchronised, header errors are `.fatal`; a body over the limit is
/// drained and refused when it is at most `drainCap` bytes, and fatal beyond that.
public struct ContentLengthFramer: MessageFramer {
  private enum State {
    case header
    case body(remaining: Int)
    case draining(remaining: Int, then: FrameEvent)
    case failed
  }

  /// The largest body accepted.
  public let limit: Int
  /// The largest header section accepted.
  public let headerLimit: Int
  /// The largest over-limit body that is read and thrown away rather than closing the connection.
  public let drainCap: Int
  private var state = State.header
  private var header: [UInt8] = []
  private var body: [UInt8] = []

  /// A framer for `limits`; `drainCap` defaults to 4 × `maxMessageBytes`.
  public init(limits: Limits = Limits(), drainCap: Int? = nil) {
    limit = limits.maxMessageBytes
    headerLimit = limits.maxHeaderBytes
    self.drainCap = max(drainCap ?? limits.maxMessageBytes.multipliedReportingOverflow(by: 4).partialValue, limit)
  }

  /// True while a message has started but not ended (header bytes, a body or a drain pending),
  /// for the connection's slow-request timeout.
  public var isMidMessage: Bool {
    switch state {
    case .header: return !header.allSatisfy(isFramingWhitespace)
    case .body, .draining: return true
    case .failed: return false
    }
  }

  /// Advances the header/body state machine over `chunk`.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> [FrameEvent] {
    var events: [FrameEvent] = []
    var i = 0
    while i < chunk.count {
      switch state {
      case .failed:
        return events
      case .header:
        let byte = chunk[i]
        i += 1
        if header.isEmpty && isFramingWhitespace(byte) { continue }
        header.append(byte)
        if header.count > headerLimit {
          fail(.framingError(Texts.Transport.headerTooLong(headerLimit).string), into: &events)
        } else if byte == 0x0A && headerComplete {
          startBody(into: &events)
        }
      case .body(let remaining):
        let take = min(remaining, chunk.count - i)
        body.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[i..<(i + take)]))
        i += take
        if take == remaining {
          events.append(.message(body))
          body = []
          state = .header
        } else {
          state = .body(remaining: remaining - take)
        }
      case .draining(let remaining, let then):
        let take = min(remaining, chunk.count - i)
        i += take
        if take == remaining {
          events.append(then)
          state = .header
        } else {
          state = .draining(remaining: remaining - take, then: then)
        }
      }
    }
    return events
  }

  /// True when the header ends with an empty line (`\r\n\r\n`, or leniently `\n\n`).
  private var headerComplete: Bool {
    let n = header.count
    if n >= 2 && header[n - 2] == 0x0A { return true }
    return n >= 3 && header[n - 2] == 0x0D && header[n - 3] == 0x0A
  }

  private mutating func fail(_ error: RPCError, into events: inout [FrameEvent]) {
    events.append(.fatal(error))
    state = .failed
    header = []
    body = []
  }

  /// Interprets the finished header section and enters the body (or drain, or failure).
  private mutating func startBody(into events: inout [FrameEvent]) {
    let parsed = ContentLengthHeader.parse(header)
    header.removeAll(keepingCapacity: true)
    switch parsed {
    case .failure(let error):
      fail(error, into: &events)
    case .success(let fields):
      guard let length = fields.length else {
        return fail(.framingError(Texts.Transport.missingLength.string), into: &events)
      }
      if length > drainCap {
        return fail(.messageTooLarge(limit: limit), into: &events)
      }
      if length > limit {
        state = .draining(remaining: length, then: .oversize(limit: limit))
      } else if let charsetError = fields.charsetError {
        if length == 0 { events.append(.rejected(charsetError)) } else {
          state = .draining(remaining: length, then: .rejected(charsetError))
        }
      } else if length == 0 {
        events.append(.message([]))
      } else {
        body.reserveCapacity(length)
        state = .body(remaining: length)
      }
    }
  }
}
