import Glibc
import JSON
import JSONRPC
import JSONRPCFixtures
import Transport

// libFuzzer target over avgd's hostile-input surface (AVG art. 32: the service must survive whatever
// a local process sends): the framing detector (NDJSON and Content-Length), the JSON parser and
// writer, and the JSON-RPC dispatcher with the §7 fixture methods. Built and run by `./run.sh fuzz`.
//
// Properties checked besides "no crash, no sanitizer report":
//  * every reply the dispatcher produces is itself valid JSON;
//  * a message that parses, written back and parsed again, is the same value (writer/parser agree).

/// Small limits so the oversize, depth and batch paths are reachable with small inputs.
let limits: Limits = {
  var l = Limits()
  l.maxMessageBytes = 2048
  l.maxHeaderBytes = 256
  l.maxBatchSize = 8
  l.maxDepth = 32
  return l
}()

let server: RPCServer? = try? RPCServer(table: MethodTable(SpecFixtures.declarations), limits: limits)
let session = RPCSession(peer: Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "fuzz"))

/// Fails loudly so libFuzzer records the input as a crash.
func check(_ ok: Bool, _ what: String) {
  if !ok {
    print("fuzz property violated: \(what)")
    abort()
  }
}

func handle(_ message: [UInt8]) {
  if let value = try? JSONParser.parse(message, maxDepth: limits.maxDepth) {
    let again = try? JSONParser.parse(JSONWriter.bytes(value), maxDepth: limits.maxDepth + 1)
    check(again == value, "write then parse changed the value")
  }
  guard let server else { return }
  _ = server.intercept(message, session: session)
  if let reply = server.handle(message, session: session) {
    check((try? JSONParser.parse(reply, maxDepth: 512)) != nil, "a reply is not valid JSON")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  // The first byte chooses how the stream is cut into reads (1..256 bytes), so every split point
  // of the framers is reachable; the rest is the stream.
  let step = Int(data[0]) + 1
  let stream = UnsafeBufferPointer(start: data + 1, count: size - 1)
  var framer = FramingDetector(limits: limits)
  var offset = 0
  while offset < stream.count {
    let n = min(step, stream.count - offset)
    for event in framer.feed(UnsafeBufferPointer(rebasing: stream[offset..<(offset + n)])) {
      switch event {
      case .message(let m): handle(m)
      case .oversize, .rejected: break
      case .fatal: return 0
      }
    }
    offset += n
  }
  return 0
}
