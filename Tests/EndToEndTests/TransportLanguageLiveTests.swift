import Foundation
import JSON
import Testing

/// The real binary's start-up refusals in the daemon's language (issue 16 §1): `avgd serve`
/// prints why it cannot bind in Dutch by default and in English with `--language en`; the paths
/// and commands in the sentence stay as typed. `avgd call` without a daemon says so in Dutch.
@Suite(.serialized) struct TransportLanguageLiveTests {
  /// `[]` (Dutch, the default) and `["--language", "en"]`, with the sentence each must print.
  static let languages: [([String], Bool)] = [([], false), (["--language", "en"], true)]

  @Test(arguments: languages)
  func anOccupiedSocketIsRefusedInTheDaemonsLanguage(_ language: [String], _ english: Bool) throws {
    let dir = Binaries.temporaryDirectory()
    let first = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true, directory: dir)
    let (status, _, err) = try HardeningLiveTests.run(["serve", "--memory", "--socket", dir + "/s.sock"] + language)
    #expect(status == 1)
    let nl = "er luistert al een andere avgd op \(dir)/s.sock"
    let en = "another avgd is listening on \(dir)/s.sock"
    #expect(err.contains(english ? en : nl) && !err.contains(english ? nl : en), "\(err)")
    #expect(first.terminate() == 0, "the first daemon kept serving and stops in order")
  }

  @Test(arguments: languages)
  func aSocketDirectoryOthersMayWriteIsRefusedInTheDaemonsLanguage(_ language: [String], _ english: Bool) throws {
    let dir = Binaries.temporaryDirectory()
    chmod(dir, 0o777)
    let (status, _, err) = try HardeningLiveTests.run(["serve", "--memory", "--socket", dir + "/s.sock"] + language)
    #expect(status == 1)
    let nl = "avgd weigert de socketmap \(dir): de groep of anderen mogen erin schrijven (modus 777); herstel dat met chmod go-w"
    let en = "refusing the socket directory \(dir): group or others may write it (mode 777); fix with chmod go-w"
    #expect(err.contains(english ? en : nl) && !err.contains(english ? nl : en), "\(err)")
    #expect(access(dir + "/s.sock", F_OK) != 0, "nothing was bound")
  }

  /// A connection over `--max-connections` is refused before it sends a call, so the -32009 is in
  /// the daemon's language.
  @Test(arguments: [([String](), "Server bezet"), (["--language", "en"], "Server busy")])
  func aBusyServerSaysSoInTheDaemonsLanguage(_ language: [String], _ message: String) throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory", "--max-connections", "1"] + language, socket: true)
    let info = #"{"jsonrpc":"2.0","method":"service.info","id":1}"#
    // The start-up probe's connection may still hold the one slot for a moment: retry until ours
    // is admitted (answered with a result), bounded.
    var admitted: LineClient?
    for _ in 0..<200 where admitted == nil {
      let c = try server.connect()
      c.sendLine(info)
      if let line = c.readLine(), let v = try? JSONParser.parse(line), v["result"] != nil { admitted = c } else { c.close(); usleep(10_000) }
    }
    #expect(admitted != nil, "one connection is admitted")
    let refused = try server.connect()
    let busy = try refused.readLine().map { try JSONParser.parse($0) }
    #expect(busy?["error"]?["code"] == -32009)
    #expect(busy?["error"]?["message"] == .string(message), "\(String(describing: busy))")
    admitted?.close()
    #expect(server.terminate() == 0)
  }

  @Test func aCallWithoutADaemonSaysHowToStartItInDutch() throws {
    let path = Binaries.temporaryDirectory() + "/s.sock"
    let (status, out, err) = try HardeningLiveTests.run(["call", "--socket", path, "service.info"])
    #expect(status == 3 && out.isEmpty)
    #expect(err.contains("geen avgd luistert op \(path); start hem met ./run.sh of avgd serve"), "\(err)")
  }
}
