import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// Issue 14, item 4: an export written piece by piece is byte for byte the buffered encoding of
/// the same answer, for every format and language, whatever the chunk size; the pieces it is made
/// of (streamed base64, the streamed workbook) equal what they replace.
@Suite struct StreamedExportTests {
  /// A service with `count` requests whose texts hold what escaping and CSV must get right.
  static func seeded(_ count: Int) throws -> InProcess {
    let s = try InProcess()
    let schools = ["Het Baken\r\n=1+1", "Ëlst \"de Linde\"", "x;=1+1;y", "Tab\there", "Gewoon", "back\\slash 😀"]
    for k in 0..<count { try s.open(student: "S-\(k)", on: k % 2 == 0 ? "2026-11-20" : "2026-03-05", school: schools[k % schools.count]) }
    return s
  }

  /// The streamed reply's bytes for `params`, written in chunks of `chunk` bytes.
  static func streamed(_ s: InProcess, _ params: JSONObject, chunk: Int) throws -> [UInt8] {
    let request: JSONValue = ["jsonrpc": "2.0", "method": "requests.export", "params": .object(params), "id": 7]
    let reply = s.service.server.reply(to: JSONWriter.bytes(request), session: RPCSession(peer: s.peer))
    guard case .streamed(let r)? = reply else { throw StreamTestError.notStreamed(String(describing: reply)) }
    var out: [UInt8] = []
    var chunks = 0
    #expect(r.write(chunkBytes: chunk, to: { out += $0; chunks += 1; return true }))
    #expect(r.byteCount() == out.count)
    #expect(chunks > 1 || out.count < chunk, "written in pieces")
    return out
  }

  @Test(arguments: ["json", "csv", "table", "xlsx"], ["en", "nl"])
  func aStreamedExportIsTheBufferedEncodingOfTheSameView(_ format: String, _ language: String) throws {
    let s = try Self.seeded(25)
    let params: JSONObject = ["format": .string(format), "language": .string(language)]
    let buffered = RPCServer.encode(.success(try s.ok("requests.export", params)), id: .number(JSONNumber(7)))
    for chunk in [1, 100, 4096, ReplyWriter.defaultChunkBytes] {
      let streamed = try Self.streamed(s, params, chunk: chunk)
      #expect(streamed == buffered, "\(format) \(language) in chunks of \(chunk)")
    }
    // The batch path collects the same bytes (within maxReplyBytes).
    let request: JSONValue = ["jsonrpc": "2.0", "method": "requests.export", "params": .object(params), "id": 7]
    let batch = s.service.server.handle(JSONWriter.bytes(.array([request])), session: RPCSession(peer: s.peer))
    #expect(batch == [UInt8(ascii: "[")] + buffered + [UInt8(ascii: "]")])
  }

  @Test func aFilteredAndAnEmptyExportStreamToo() throws {
    let s = try Self.seeded(6)
    for params: JSONObject in [["format": "csv", "status": "withdrawn"], ["format": "json", "studentId": "S-3"]] {
      let buffered = RPCServer.encode(.success(try s.ok("requests.export", params)), id: .number(JSONNumber(7)))
      #expect(try Self.streamed(s, params, chunk: 64) == buffered)
    }
  }

  @Test func aStreamedExportIsAuditedBeforeItsFirstByte() throws {
    let s = try Self.seeded(3)
    let before = try s.ok("audit.list", ["limit": 100])["total"]?.intValue ?? -1
    let request: JSONValue = ["jsonrpc": "2.0", "method": "requests.export", "params": ["format": "csv"], "id": 1]
    let reply = s.service.server.reply(to: JSONWriter.bytes(request), session: RPCSession(peer: s.peer))
    guard case .streamed = reply else { throw StreamTestError.notStreamed(String(describing: reply)) }
    // Nothing written yet, and the read is already in the audit trail.
    let after = try s.ok("audit.list", ["limit": 100])["total"]?.intValue ?? -1
    #expect(after > before)
  }

  @Test func aBatchedExportOverMaxReplyBytesIsRefusedWithoutBeingBuiltWhole() throws {
    let s = try Self.seeded(20)
    var limits = Limits()
    limits.maxReplyBytes = 2000
    let server = RPCServer(table: s.service.server.table, limits: limits)
    let request: JSONValue = ["jsonrpc": "2.0", "method": "requests.export", "params": ["format": "json"], "id": 1]
    let batch = server.handle(JSONWriter.bytes(.array([request])), session: RPCSession(peer: s.peer)) ?? []
    let reply = try JSONParser.parse(batch).arrayValue ?? []
    #expect(reply.first?["error"]?["code"] == -32008)
    #expect(reply.first?["error"]?["data"]?["limitName"] == "maxReplyBytes")
    // Alone, the same request streams with no limit of its own.
    guard case .streamed(let r)? = server.reply(to: JSONWriter.bytes(request), session: RPCSession(peer: s.peer)) else {
      throw StreamTestError.notStreamed("single export")
    }
    #expect(r.byteCount() > 2000)
  }

  @Test func aReplyWriterStopsAtTheFirstRefusedChunk() {
    var handed = 0
    let w = ReplyWriter(chunkBytes: 10) { _ in
      handed += 1
      return handed < 2
    }
    for _ in 0..<10 { w.append(contentsOf: Array(repeating: UInt8(ascii: "a"), count: 10)) }
    #expect(w.isBroken && handed == 2)
    #expect(!w.finish())
  }

  @Test(arguments: [0, 1, 2, 3, 4, 5, 17, 1000, 70_001])
  func base64InPiecesIsFoundationsBase64(_ length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    for split in [1, 2, 5, 4096] {
      var out: [UInt8] = []
      let w = ReplyWriter(chunkBytes: 333) { out += $0; return true }
      let b = Base64Stream(w)
      var k = 0
      while k < bytes.count {
        b.append(Array(bytes[k..<min(bytes.count, k + split)]))
        k += split
      }
      b.finish()
      _ = w.finish()
      #expect(String(decoding: out, as: UTF8.self) == Data(bytes).base64EncodedString(), "\(length) in pieces of \(split)")
    }
  }

  @Test func crcInPiecesIsTheWholeChecksum() {
    let a = Array("Het Baken".utf8), b = Array(" ëxport".utf8)
    #expect(CRC32.update(CRC32.update(0, a), b) == CRC32.checksum(a + b))
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }
}

enum StreamTestError: Error {
  case notStreamed(String)
}
