import Foundation
import JSON
import JSONRPC
import Wording

/// Makes the published examples complete and true: every example of every method is run, in
/// catalog order, on a fresh in-memory service whose clock is pinned, and the document shows the
/// result that call really returned. The declared example result must be contained in it (the
/// declaration states what matters; the recording fills in the rest), so a declaration that is
/// no longer true is reported, and `./run.sh test` fails on it. The fresh service keeps a real store
/// (in a private temporary directory, fsync off, removed afterwards) so the `store.*` examples show
/// what a real store answers.
public enum ExampleRecorder {
  /// "Now" for the examples (Protocol/README.md, "Example pairings").
  static let pinnedNow = "2026-11-29T10:00:00+01:00"
  /// The caller the examples are recorded as (the Unix user name in `registeredBy`, history `actor`).
  public static let actor = "privacy-officer"

  /// The recorded results by method, and the mismatches found (a service that does not start is
  /// one, with its error). A temporary directory left behind is told to `log`.
  static func record(
    _ declarations: [MethodDeclaration], in directory: String? = nil, log: @Sendable (String) -> Void = { _ in }
  ) -> (results: [String: [JSONValue]], problems: [String]) {
    var configuration = ServiceConfiguration()
    configuration.fixedNow = pinnedNow
    let temp = directory ?? NSTemporaryDirectory() + "avgd-examples-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(temp, 0o700)
    defer {
      do { try FileManager.default.removeItem(atPath: temp) } catch {
        log(Texts.Failures.exampleDirectoryLeft(temp, "\(error)").string)
      }
    }
    configuration.storeDirectory = temp + "/store"
    configuration.storeOptions.fsync = false
    configuration.settings = .example
    let fresh: AvgdService
    do { fresh = try AvgdService(configuration: configuration, recordExamples: false) } catch {
      return ([:], [Texts.Failures.exampleServiceFailed("\(error)").string])
    }
    defer { fresh.shutdown() }
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: ExampleRecorder.actor)
    var results: [String: [JSONValue]] = [:]
    var problems: [String] = []
    for d in declarations {
      for ex in d.examples {
        var recorded = ex.result
        switch fresh.server.call(d.name, params: ex.params, peer: peer, checkPermissions: false) {
        case .success(let actual):
          recorded = merge(actual: actual, declared: ex.result, volatile: d.volatileResultMembers)
          if !contains(recorded, ex.result) {
            problems.append("\(d.name) / \(ex.name): declared \(JSONWriter.string(ex.result)), got \(JSONWriter.string(actual))")
          }
        case .failure(let e):
          problems.append(Texts.Access.exampleFailed(d.name, ex.name, "\(e)").string)
        }
        results[d.name, default: []].append(recorded)
      }
    }
    return (results, problems)
  }

  /// The actual result, with volatile top-level members shown as declared (they vary by run).
  static func merge(actual: JSONValue, declared: JSONValue, volatile: [String]) -> JSONValue {
    guard case .object(var o) = actual else { return actual }
    for name in volatile { o[name] = declared[name] ?? o[name] }
    return .object(o)
  }

  /// True when `got` has every member of `want` with the same value (objects: subset; arrays
  /// and scalars: equal, elementwise by the same rule).
  public static func contains(_ got: JSONValue, _ want: JSONValue) -> Bool {
    switch (got, want) {
    case (.object(let g), .object(let w)):
      return w.allSatisfy { m in g[m.key].map { contains($0, m.value) } ?? false }
    case (.array(let g), .array(let w)):
      return g.count == w.count && zip(g, w).allSatisfy { contains($0, $1) }
    case (.number(let g), .number(let w)):
      return g.text == w.text || g.doubleValue == w.doubleValue
    default:
      return got == want
    }
  }
}
