import Foundation
import JSON
import Testing

/// How the daemon starts and stops, as a Unix daemon should (Protocol/README.md, "Lifecycle").
@Suite(.serialized) struct DaemonLifecycleLiveTests {
  @Test func endOfInputOnStdioAnswersEverythingAndExitsZero() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--stdio", "--memory"], socket: false)
    let lines = (1...3).map { #"{"jsonrpc":"2.0","method":"service.info","id":\#($0)}"# }.joined(separator: "\n") + "\n"
    server.stdio.send(Array(lines.utf8))
    server.closeInput()
    var ids: [Int] = []
    while let line = server.stdio.readLine(), let v = try? JSONParser.parse(line) { ids.append(v["id"]?.intValue ?? -1) }
    #expect(ids == [1, 2, 3])
    server.process.waitUntilExit()
    #expect(server.process.terminationStatus == 0)
  }

  @Test func socketIsPrivateAndRemovedOnSIGTERM() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true)
    let path = try #require(server.socketPath)
    var st = stat()
    #expect(lstat(path, &st) == 0)
    #expect(st.st_mode & 0o777 == 0o600)
    #expect(server.terminate() == 0)
    #expect(access(path, F_OK) != 0)
  }

  @Test func aSecondDaemonOnTheSameStoreRefusesAndNamesTheHolder() throws {
    let dir = Binaries.temporaryDirectory()
    let first = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    let second = Process()
    second.executableURL = URL(fileURLWithPath: Binaries.avgd)
    second.arguments = ["serve", "--store", dir + "/store", "--socket", dir + "/other.sock"]
    let err = Pipe()
    second.standardError = err
    try second.run()
    second.waitUntilExit()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(second.terminationStatus != 0)
    #expect(message.contains("\(first.process.processIdentifier)"), "\(message)")
    #expect(message.contains("avgd connect"), "\(message)")
    #expect(first.terminate() == 0)
  }

  @Test func aLiveSocketIsNotTakenOverButAStaleOneIs() throws {
    let dir = Binaries.temporaryDirectory()
    let first = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true, directory: dir)
    let second = Process()
    second.executableURL = URL(fileURLWithPath: Binaries.avgd)
    second.arguments = ["serve", "--memory", "--socket", dir + "/s.sock"]
    second.standardError = Pipe()
    try second.run()
    second.waitUntilExit()
    #expect(second.terminationStatus != 0)
    // SIGKILL leaves the socket file behind; a new daemon replaces it.
    kill(first.process.processIdentifier, SIGKILL)
    first.process.waitUntilExit()
    #expect(access(dir + "/s.sock", F_OK) == 0)
    let third = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true, directory: dir)
    #expect(third.terminate() == 0)
  }

  @Test func writesSurviveARestart() throws {
    let dir = Binaries.temporaryDirectory()
    let args = ["serve", "--store", dir + "/store"]
    var server: LiveProcess? = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    let c = try #require(try server?.connect())
    let register = #"{"jsonrpc":"2.0","method":"breaches.register","params":{"kind":"securityIncident","summary":"door left open","awareAt":"2026-11-27T16:30:00+01:00"},"id":1}"#
    c.sendLine(register)
    let id = try #require(c.readLine().flatMap { try? JSONParser.parse($0) }?["result"]?["id"]?.stringValue)
    c.close()
    // Killed without a chance to snapshot: the acknowledged write is in the journal.
    if let p = server?.process { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }
    server = nil
    let again = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    let d = try again.connect()
    d.sendLine(#"{"jsonrpc":"2.0","method":"breaches.get","params":{"id":"\#(id)"},"id":2}"#)
    let got = try #require(d.readLine().flatMap { try? JSONParser.parse($0) })
    #expect(got["result"]?["summary"] == .string("door left open"))
    d.close()
    #expect(again.terminate() == 0)
  }
}
