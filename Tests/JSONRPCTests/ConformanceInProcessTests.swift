import JSON
import JSONRPC
import JSONRPCFixtures
import Testing

/// The committed conformance file, replayed against the dispatcher in-process (the end-to-end
/// tests replay the same file against the real binaries over stdio and the socket).
@Suite struct ConformanceInProcessTests {
  static let cases = ConformanceCase.all()
  static let peer = Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "test")

  @Test func theFileHoldsEverySection7Example() {
    #expect(Self.cases.count >= 40)
    #expect(Self.cases.filter { $0.name == "batch" || $0.name == "empty array" }.count == 2)
  }

  @Test(arguments: cases) func replay(_ c: ConformanceCase) throws {
    let server = try SpecFixtures.server()
    let reply = server.handle(c.send, session: RPCSession(peer: Self.peer))
    #expect(c.mismatch(reply) == nil, "\(c.name): \(c.mismatch(reply) ?? "")")
  }

  @Test func cancelledRequestIsAnsweredWithRequestCancelled() throws {
    let server = try SpecFixtures.server()
    let session = RPCSession(peer: Self.peer)
    let cancel = Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"r1"}}"#.utf8)
    #expect(server.intercept(cancel, session: session))
    let reply = server.handle(Array(#"{"jsonrpc":"2.0","method":"get_data","id":"r1"}"#.utf8), session: session)
    #expect(reply.map { String(decoding: $0, as: UTF8.self) }
      == #"{"jsonrpc":"2.0","error":{"code":-32800,"message":"Request cancelled"},"id":"r1"}"#)
    // The mark is used once: the same id runs normally afterwards.
    let again = server.handle(Array(#"{"jsonrpc":"2.0","method":"get_data","id":"r1"}"#.utf8), session: session)
    #expect(again.map { String(decoding: $0, as: UTF8.self) } == #"{"jsonrpc":"2.0","result":["hello",5],"id":"r1"}"#)
  }

  @Test func oversizeBatchIsOneInvalidRequest() throws {
    var limits = Limits()
    limits.maxBatchSize = 2
    let server = try SpecFixtures.server(limits: limits)
    let one = #"{"jsonrpc":"2.0","method":"get_data","id":1}"#
    let reply = server.handle(Array("[\(one),\(one),\(one)]".utf8), session: RPCSession(peer: Self.peer))
    let v = try JSONParser.parse(try #require(reply))
    #expect(v["error"]?["code"] == .int(-32600))
    #expect(v["error"]?["data"]?["limit"] == .int(2))
  }

  @Test func errorCodesArePinnedToTheSpecification() {
    #expect(ErrorCode.parseError.rawValue == -32700)
    #expect(ErrorCode.invalidRequest.rawValue == -32600)
    #expect(ErrorCode.methodNotFound.rawValue == -32601)
    #expect(ErrorCode.invalidParams.rawValue == -32602)
    #expect(ErrorCode.internalError.rawValue == -32603)
    #expect(ErrorCode.requestCancelled.rawValue == -32800)
  }
}
