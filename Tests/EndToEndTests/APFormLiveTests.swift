import Foundation
import JSON
import Service
import Testing

/// The AP form from the real binary: `settings.json` read from the store directory, and
/// `avgd call --raw` printing the text form as text a person copies, not as a JSON string.
@Suite struct APFormLiveTests {
  /// Runs `avgd call` with `arguments`; returns stdout and the exit status.
  static func call(_ arguments: [String]) throws -> (out: String, status: Int32) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = ["call"] + arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = Pipe()
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), p.terminationStatus)
  }

  @Test func rawTextFromTheDaemonWithTheBoardsSettings() throws {
    let dir = Binaries.temporaryDirectory()
    try FileManager.default.createDirectory(atPath: dir + "/store", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    #expect(FileManager.default.createFile(atPath: dir + "/store/settings.json", contents: Data(JSONWriter.string(ServiceSettings.example.json).utf8)))
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    let socket = try #require(server.socketPath)
    let registered = try Self.call(["--socket", socket, "breaches.register", #"{"kind":"dataBreach","summary":"USB-stick kwijt","awareAt":"2026-11-27T16:30:00+01:00"}"#])
    #expect(registered.status == 0)
    let params = #"{"id":"D-2026-0001","format":"text"}"#
    let raw = try Self.call(["--raw", "--socket", socket, "breaches.apForm", params])
    #expect(raw.status == 0)
    #expect(raw.out.hasPrefix("Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor D-2026-0001\n"))
    #expect(raw.out.contains("\nOver welke organisatie gaat het? Naam\n  Stichting Openbaar Onderwijs Kennemerland\n"))
    #expect(raw.out.contains("\nOp grond van welke regelgeving doet u deze melding?\n  [x] AVG\n"))
    let json = try Self.call(["--socket", socket, "breaches.apForm", params])
    #expect(json.out.hasPrefix("\"Meldformulier") && json.out.contains("\\n"))
    // --raw leaves a result that is not a string as JSON.
    let object = try Self.call(["--raw", "--socket", socket, "breaches.apForm", #"{"id":"D-2026-0001"}"#])
    #expect(try JSONParser.parse(object.out.trimmingCharacters(in: .whitespacesAndNewlines))["notification"] == "new")
    #expect(server.terminate() == 0)
  }
}
