import Foundation
import Glibc
import JSON
import JSONRPC
import Synchronization
import Testing
@testable import Transport
import Wording

/// Socket file lifecycle: permissions, stale and live files, unlinking, adoption.
@Suite struct ListenerLifecycleTests {
  private func mode(of path: String) -> mode_t? {
    var st = stat()
    return lstat(path, &st) == 0 ? st.st_mode & 0o777 : nil
  }

  /// 0600 by default (only our user may connect); other modes on request.
  @Test func socketFileIsPrivateByDefault() throws {
    try withListener { _, path, _ in #expect(mode(of: path) == 0o600) }
    let path = temporarySocketPath()
    let listener = try UnixSocketListener(path: path, mode: 0o660, handler: TestHandler())
    defer { listener.stop() }
    #expect(mode(of: path) == 0o660)
  }

  /// A leftover file from a crashed server (ECONNREFUSED) is replaced.
  @Test func staleSocketIsReplaced() throws {
    let path = temporarySocketPath()
    let stale = try UnixSocketAddress.makeSocket()
    let address = try UnixSocketAddress(path: path)
    #expect(address.withSockAddr { bind(stale, $0, $1) } == 0)
    close(stale)
    #expect(mode(of: path) != nil, "the stale file exists")
    let listener = try UnixSocketListener(path: path, handler: TestHandler())
    try listener.start()
    defer { listener.stop() }
    let reply = try UnixSocketClient(path: path).call(Array(request("echo", id: 1, params: [1]).utf8))
    #expect(json(String(decoding: reply, as: UTF8.self))?["result"] == [1])
  }

  /// A running server is never hijacked.
  @Test func liveSocketIsNotReplaced() throws {
    try withListener { _, path, _ in
      #expect(throws: TransportError(Text(nl: "er luistert al een andere avgd op \(path)", en: "another avgd is listening on \(path)"), errno: EADDRINUSE)) {
        _ = try UnixSocketListener(path: path, handler: TestHandler())
      }
      let reply = try UnixSocketClient(path: path).call(Array(request("echo", id: 2).utf8))
      #expect(json(String(decoding: reply, as: UTF8.self))?["id"] == 2, "the first server still answers")
    }
  }

  /// The file appears only once the socket listens: a client polling for the file and connecting at
  /// once is never refused, and no temporary name is left behind.
  @Test func theFileAppearsListening() throws {
    for _ in 0..<40 {
      let path = temporarySocketPath()
      let refused = Mutex(false)
      let poller = Thread {
        let address = try? UnixSocketAddress(path: path)
        for _ in 0..<200_000 {
          var st = stat()
          guard lstat(path, &st) == 0 else { continue }
          do throws(TransportError) {
            close(try address?.connectSocket() ?? -1)
          } catch {
            refused.withLock { $0 = error.errno == ECONNREFUSED }
          }
          return
        }
      }
      poller.start()
      let listener = try UnixSocketListener(path: path, handler: TestHandler())
      while !poller.isFinished { usleep(200) }
      listener.stop()
      #expect(!refused.withLock { $0 }, "a client that found \(path) was refused")
      let staging = "\((path as NSString).deletingLastPathComponent)/.\((path as NSString).lastPathComponent).\(getpid()).bind"
      #expect(!FileManager.default.fileExists(atPath: staging), "temporary name left: \(staging)")
    }
  }

  /// A non-socket file at the path is left alone.
  @Test func regularFileIsNotReplaced() throws {
    let path = temporarySocketPath()
    #expect(FileManager.default.createFile(atPath: path, contents: Data("keep".utf8)))
    defer { unlink(path) }
    #expect(throws: TransportError(Texts.Sockets.notASocket(path))) {
      _ = try UnixSocketListener(path: path, handler: TestHandler())
    }
    #expect(FileManager.default.contents(atPath: path) == Data("keep".utf8))
  }

  /// Stop removes the file, so clients get the "start it" message.
  @Test func socketFileIsUnlinkedOnStop() throws {
    let path = temporarySocketPath()
    let listener = try UnixSocketListener(path: path, handler: TestHandler())
    try listener.start()
    #expect(mode(of: path) != nil)
    listener.stop()
    #expect(mode(of: path) == nil)
    do {
      _ = try UnixSocketClient(path: path)
      Issue.record("connected to a stopped listener")
    } catch {
      #expect(error.errno == ENOENT)
      #expect(error.message == "geen avgd luistert op \(path); start hem met ./run.sh of avgd serve")
    }
    let unstarted = try UnixSocketListener(path: path, handler: TestHandler())
    unstarted.stop()
    #expect(mode(of: path) == nil, "stop without start also unlinks")
  }

  /// sun_path overflow is a sentence, not a truncated path.
  @Test func overlongPathIsAClearError() {
    let path = "/tmp/" + String(repeating: "d", count: 110) + ".sock"
    #expect(throws: TransportError.self) { _ = try UnixSocketListener(path: path, handler: TestHandler()) }
    do {
      _ = try UnixSocketListener(path: path, handler: TestHandler())
    } catch {
      #expect(error.message.contains("hoogstens 107") && error.text.en.contains("at most 107"), "\(error.text)")
    }
  }

  /// systemd owns an adopted socket file.
  @Test func adoptedSocketServesAndIsNotUnlinked() throws {
    let path = temporarySocketPath()
    defer { unlink(path) }
    let fd = try UnixSocketAddress.makeSocket()
    #expect(try UnixSocketAddress(path: path).withSockAddr { bind(fd, $0, $1) } == 0)
    #expect(listen(fd, 16) == 0)
    let listener = try UnixSocketListener(adoptingFD: fd, handler: TestHandler())
    try listener.start()
    let reply = try UnixSocketClient(path: path).call(Array(request("echo", id: 3).utf8))
    #expect(json(String(decoding: reply, as: UTF8.self))?["id"] == 3)
    listener.stop()
    #expect(mode(of: path) != nil)
  }

  /// LISTEN_FDS applies only when LISTEN_PID is ours.
  @Test func systemdVariablesAreHonouredOnlyForThisProcess() {
    #expect(SystemdActivation.parse(pid: "42", count: "2", ownPID: 42) == [3, 4])
    #expect(SystemdActivation.parse(pid: "41", count: "2", ownPID: 42) == [])
    #expect(SystemdActivation.parse(pid: "42", count: "0", ownPID: 42) == [])
    #expect(SystemdActivation.parse(pid: nil, count: "1", ownPID: 42) == [])
    #expect(SystemdActivation.parse(pid: "42", count: "x", ownPID: 42) == [])
  }
}

/// Children must not inherit the activation variables.
@Test func listenFDsUnsetsTheVariables() {
  setenv("LISTEN_PID", "1", 1)
  setenv("LISTEN_FDS", "1", 1)
  #expect(SystemdActivation.listenFDs() == [], "addressed to another process")
  #expect(getenv("LISTEN_PID") == nil)
  #expect(getenv("LISTEN_FDS") == nil)
}
