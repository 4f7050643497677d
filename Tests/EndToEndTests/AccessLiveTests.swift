import Foundation
import JSON
import Testing

/// Access control, audit and tamper evidence against the real daemon: callers as other uids (a
/// python3 child that drops to uid/gid 65534 before connecting), a bad roles file, audit events
/// after reads, and `avgd store verify` before and after one byte of the journal is changed.
@Suite struct AccessLiveTests {
  /// Calls `lines` over `socket` as uid/gid 65534 and returns the reply lines.
  static func callAsNobody(_ socket: String, _ lines: [String]) throws -> [JSONValue] {
    let script = """
      import os, socket, sys
      os.setgroups([]); os.setgid(65534); os.setuid(65534)
      s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); f = s.makefile("rwb")
      for line in sys.argv[2:]:
          f.write(line.encode() + b"\\n"); f.flush(); sys.stdout.write(f.readline().decode())
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, socket] + lines
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
  }

  static func request(_ method: String, _ params: String = "{}", id: Int = 1) -> String {
    #"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params),"id":\#(id)}"#
  }

  static func openDirectory() -> String {
    let dir = Binaries.temporaryDirectory()
    chmod(dir, 0o755)
    return dir
  }

  @Test(.enabled(if: getuid() == 0, "needs root: the test calls as uid 65534 through a setuid child"))
  func withoutARolesFileOnlyTheDaemonsUserIsServed() throws {
    let dir = Self.openDirectory()
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory", "--socket-mode", "0666"], socket: true, directory: dir)
    let replies = try Self.callAsNobody(dir + "/s.sock", [Self.request("service.info"), Self.request("breaches.list")])
    #expect(replies.count == 2)
    for r in replies {
      #expect(r["error"]?["code"] == 1004, "\(r)")
      #expect(r["error"]?["data"]?["uid"] == 65534)
      #expect(r["error"]?["data"]?["roles"] == [])
    }
    #expect(replies.first?["error"]?["data"]?["method"] == "service.info")
    let own = try server.connect()
    own.sendLine(Self.request("service.info"))
    let mine = try #require(own.readLine().flatMap { try? JSONParser.parse($0) })
    #expect(mine["result"]?["caller"]?["roles"] == ["privacyOfficer"])
    #expect(server.terminate() == 0)
  }

  @Test(.enabled(if: getuid() == 0, "needs root: the test calls as uid 65534 through a setuid child"))
  func aRolesFileGrantsExactlyItsRoles() throws {
    let dir = Self.openDirectory()
    let roles = dir + "/roles.json"
    try #"{"version":1,"uids":{"65534":["rightsQuery"]}}"#.write(toFile: roles, atomically: true, encoding: .utf8)
    chmod(roles, 0o644)
    let server = try LiveProcess(
      Binaries.avgd, ["serve", "--memory", "--socket-mode", "0666", "--roles", roles], socket: true, directory: dir)
    let replies = try Self.callAsNobody(dir + "/s.sock", [
      Self.request("rights.resolve", #"{"birthDate":"2010-03-15"}"#), Self.request("breaches.list"),
      Self.request("service.info"),
    ])
    #expect(replies.count == 3)
    #expect(replies.first?["result"] != nil, "\(replies.first ?? .null)")
    #expect(replies.dropFirst().first?["error"]?["code"] == 1004)
    #expect(replies.dropFirst().first?["error"]?["data"]?["required"] == ["privacyOfficer", "management"])
    #expect(replies.last?["result"]?["rolesFile"] == .string(roles))
    let own = try server.connect()
    own.sendLine(Self.request("service.info"))
    let mine = try #require(own.readLine().flatMap { try? JSONParser.parse($0) })
    #expect(mine["error"]?["code"] == 1004, "with a roles file only the file counts")
    #expect(server.terminate() == 0)
  }

  @Test func aBadRolesFileStopsTheStartNamingFileAndMember() throws {
    let dir = Binaries.temporaryDirectory()
    let roles = dir + "/roles.json"
    try #"{"version":1,"users":{"alice":["privacyOficer"]}}"#.write(toFile: roles, atomically: true, encoding: .utf8)
    chmod(roles, 0o644)
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory", "--stdio", "--roles", roles], socket: false)
    server.process.waitUntilExit()
    #expect(server.process.terminationStatus == 1)
    let err = server.stderr()
    #expect(err.contains("rollenbestand \(roles): users.alice[0]"), "\(err)")  // start-up: the default language
  }

  @Test func readsAreAuditedAndTheJournalIsTamperEvident() throws {
    let dir = Binaries.temporaryDirectory()
    let store = dir + "/store"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try server.connect()
    let calls = [
      Self.request("breaches.register", #"{"kind":"nearMiss","summary":"phishing reported","awareAt":"2026-11-25T09:00:00+01:00"}"#),
      Self.request("breaches.get", #"{"id":"D-2026-0001"}"#, id: 2),
      Self.request("audit.list", #"{"recordId":"D-2026-0001"}"#, id: 3),
      Self.request("store.verify", id: 4),
    ]
    var replies: [JSONValue] = []
    for line in calls {
      c.sendLine(line)
      replies.append(try #require(c.readLine().flatMap { try? JSONParser.parse($0) }))
    }
    let audit = replies[2]["result"]?["items"]?.arrayValue ?? []
    #expect(audit.count == 1 && audit.first?["method"] == "breaches.get" && audit.first?["uid"] == .int(Int(getuid())))
    #expect(replies[3]["result"]?["ok"] == true, "\(replies[3])")
    c.close()
    #expect(server.terminate() == 0)
    #expect(Self.avgd(["store", "verify", "--store", store]).status == 0)
    let path = store + "/journal.jsonl"
    var bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
    let needle = Array("phishing".utf8)
    let at = try #require((0..<(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
    bytes[at] = UInt8(ascii: "f")  // "fhishing": still valid JSON, same length, wrong hash
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let damaged = Self.avgd(["store", "verify", "--json", "--store", store])
    #expect(damaged.status == 1)
    let report = try JSONParser.parse(damaged.output)
    #expect(report["damage"]?["file"] == "journal.jsonl" && report["damage"]?["offset"] == 0 && report["damage"]?["seq"] == 1,
      "\(damaged.output)")
  }

  static func avgd(_ args: [String]) -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return (-1, "") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
