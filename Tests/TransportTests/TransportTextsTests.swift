import Foundation
import Glibc
import JSON
import JSONRPC
import Testing
@testable import Transport
import Wording

/// The transports' texts in both languages (issue 16 §1): a `TransportError` keeps its `Text` and
/// renders where it is read, so the same error says Dutch or English by the language bound there,
/// while its errno and the operating system's own words stay the same. Log lines speak the
/// process's language (Dutch in these tests, which never set it), not a connection's.
@Suite struct TransportTextsTests {
  /// One way to make a real transport error, and what it says in each language.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable (String) throws(TransportError) -> Void
    let nl: @Sendable (String) -> String
    let en: @Sendable (String) -> String
    let errno: Int32?
    var testDescription: String { name }
  }

  /// A fresh private directory.
  static func directory() -> String {
    let dir = "/tmp/avgd-tt-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(dir, 0o700)
    return dir
  }

  static let cases: [Case] = [
    Case(
      name: "occupied socket",
      make: { dir throws(TransportError) in
        let first = try UnixSocketListener(path: dir + "/s.sock", handler: TestHandler())
        defer { first.stop() }
        _ = try UnixSocketListener(path: dir + "/s.sock", handler: TestHandler())
      },
      nl: { "er luistert al een andere avgd op \($0)/s.sock" },
      en: { "another avgd is listening on \($0)/s.sock" },
      errno: EADDRINUSE),
    Case(
      name: "nobody listening",
      make: { dir throws(TransportError) in _ = try UnixSocketClient(path: dir + "/s.sock") },
      nl: { "geen avgd luistert op \($0)/s.sock; start hem met ./run.sh of avgd serve" },
      en: { "no avgd is listening on \($0)/s.sock; start it with ./run.sh or avgd serve" },
      errno: ENOENT),
    Case(
      name: "socket directory writable by others",
      make: { dir throws(TransportError) in
        chmod(dir, 0o777)
        try SocketDirectory.prepare(socketPath: dir + "/s.sock")
      },
      nl: {
        "avgd weigert de socketmap \($0): de groep of anderen mogen erin schrijven (modus 777); "
          + "herstel dat met chmod go-w, of gebruik een eigen map zoals $XDG_RUNTIME_DIR"
      },
      en: {
        "refusing the socket directory \($0): group or others may write it (mode 777); "
          + "fix with chmod go-w, or use a private directory such as $XDG_RUNTIME_DIR"
      },
      errno: nil),
    Case(
      name: "socket directory not creatable (errno text kept)",
      make: { dir throws(TransportError) in
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        try SocketDirectory.prepare(socketPath: dir + "/file/sub/s.sock")
      },
      nl: { "kan de socketmap \($0)/file/sub niet aanmaken: \(String(cString: strerror(ENOTDIR)))" },
      en: { "cannot create the socket directory \($0)/file/sub: \(String(cString: strerror(ENOTDIR)))" },
      errno: ENOTDIR),
    Case(
      name: "path too long",
      make: { dir throws(TransportError) in _ = try UnixSocketClient(path: dir + "/" + String(repeating: "s", count: 120)) },
      nl: {
        "het socketpad \($0)/\(String(repeating: "s", count: 120)) is \($0.utf8.count + 121) bytes lang; "
          + "een Unix-socket staat er hoogstens 107 toe (sun_path): kies een korter pad"
      },
      en: {
        "the socket path \($0)/\(String(repeating: "s", count: 120)) is \($0.utf8.count + 121) bytes long; "
          + "Unix sockets allow at most 107 (sun_path): choose a shorter path"
      },
      errno: nil),
    Case(
      name: "a file that is no socket",
      make: { dir throws(TransportError) in
        _ = FileManager.default.createFile(atPath: dir + "/s.sock", contents: Data("keep".utf8))
        _ = try UnixSocketListener(path: dir + "/s.sock", handler: TestHandler())
      },
      nl: { "\($0)/s.sock bestaat al en is geen socket; avgd vervangt het niet" },
      en: { "\($0)/s.sock exists and is not a socket; refusing to replace it" },
      errno: nil),
  ]

  /// The same error renders Dutch or English by the language bound where it is read; the errno
  /// and the system's own words are identical in both.
  @Test(arguments: cases)
  func anErrorSpeaksTheLanguageWhereItIsRead(_ c: Case) throws {
    let dir = Self.directory()
    var caught: TransportError?
    do throws(TransportError) { try c.make(dir) } catch { caught = error }
    let error = try #require(caught, "\(c.name): no error")
    #expect(error.errno == c.errno)
    #expect(Language.nl.bound { error.message } == c.nl(dir))
    #expect(Language.en.bound { "\(error)" } == c.en(dir))
    #expect(error.text.nl != error.text.en)
    #expect(error.message == c.nl(dir), "outside a binding: the process's language, Dutch by default")
    if let code = c.errno, c.name.contains("errno") {
      let os = String(cString: strerror(code))
      #expect(error.text.nl.hasSuffix(": " + os) && error.text.en.hasSuffix(": " + os))
    }
  }

  /// An error made on a thread bound to English still says Dutch where Dutch is bound: it was
  /// never rendered when it was made.
  @Test func anErrorMadeInEnglishIsNotFrozenInEnglish() {
    let dir = Self.directory()
    let error: TransportError? = Language.en.bound {
      do throws(TransportError) {
        _ = try UnixSocketClient(path: dir + "/s.sock")
        return nil
      } catch {
        return error
      }
    }
    #expect(error?.message == "geen avgd luistert op \(dir)/s.sock; start hem met ./run.sh of avgd serve")
  }

  /// A client refusing a server of an unexpected user names `--expect-uid` literally in both
  /// languages, with and without an uid it was told to expect.
  @Test(arguments: [nil, 1001] as [UInt32?])
  func aServerOfAnotherUserIsRefusedInBothLanguages(_ also: UInt32?) {
    let t = Texts.SocketClient.servedByAnotherUser("/run/avgd.sock", who: "www-data, uid 33", ownUID: 1000, also: also, serverUID: 33)
    let or = also.map { ", root of uid \($0)" } ?? " of root"
    let orEN = also.map { ", root or uid \($0)" } ?? ", root"
    #expect(t.nl == "avgd weigert /run/avgd.sock: die wordt bediend door www-data, uid 33, niet door u (uid 1000)\(or); "
      + "is dat de gebruiker van avgd, geef dan --expect-uid 33 mee")
    #expect(t.en == "refusing /run/avgd.sock: it is served by www-data, uid 33, not by you (uid 1000)\(orEN); "
      + "if that is avgd's user, pass --expect-uid 33")
  }

  /// A connection whose thread speaks English (the handler's language) answers an oversized
  /// message in English, but logs it in the process's language: the log is the operator's.
  @Test func logLinesSpeakTheProcessLanguageNotTheConnections() throws {
    let lines = LogLines()
    var limits = Limits()
    limits.maxMessageBytes = 64
    let path = temporarySocketPath()
    let listener = try UnixSocketListener(
      path: path, limits: limits, handler: TestHandler(language: .en), log: { lines.append($0) })
    try listener.start()
    defer { listener.drain(timeout: 2) }
    let client = try RawClient(path: path)
    #expect(client.sendLine(String(repeating: "x", count: 100)))
    let refusal = json(client.readLine())
    #expect(refusal?["error"]?["message"] == .string(Texts.Wire.messageTooLarge.en))
    #expect(eventually { lines.all.contains { $0.hasPrefix("bericht van meer dan 64 bytes van ") && $0.hasSuffix(" geweigerd") } },
      "\(lines.all)")
  }

  /// Log lines collected from the listener's threads.
  final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
  }
}
