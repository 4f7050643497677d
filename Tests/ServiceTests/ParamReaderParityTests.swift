import Foundation
import JSON
import JSONRPC
import Registers
import Rules
import Testing

@testable import Service

/// Issue 13 §1: one parameter reader. The wire's `Params` and the registers' `InputReader` are
/// adapters over `FieldReader`; for the same input they give the same value or the same refusal,
/// with the same dotted field path and reason (-32602 `data.field` / `RegisterError.invalid`).
@Suite(.inEnglish) struct ParamReaderParityTests {
  /// What both readers answered: a value as text, or `field: reason`.
  enum Answer: Equatable, CustomStringConvertible {
    case value(String)
    case refused(field: String, reason: String)
    var description: String {
      switch self {
      case .value(let v): return "value \(v)"
      case .refused(let f, let r): return "refused \(f): \(r)"
      }
    }
  }

  /// One read: the accessor's name, the member, and how to call it on each reader.
  struct Read: Sendable, CustomStringConvertible {
    let accessor: String
    let name: String
    let wire: @Sendable (Params, String) throws(RPCError) -> String
    let register: @Sendable (InputReader, String) throws(RegisterError) -> String
    var description: String { "\(accessor)(\(name))" }
  }

  static func show<T>(_ v: T?) -> String { v.map { "\($0)" } ?? "nil" }

  static let reads: [Read] = [
    Read(accessor: "text", name: "t", wire: { p, n throws(RPCError) in try p.text(n) }, register: { r, n throws(RegisterError) in try r.text(n) }),
    Read(accessor: "optionalText", name: "t", wire: { p, n throws(RPCError) in show(try p.optionalText(n)) }, register: { r, n throws(RegisterError) in show(try r.optionalText(n)) }),
    Read(accessor: "date", name: "d", wire: { p, n throws(RPCError) in "\(try p.date(n))" }, register: { r, n throws(RegisterError) in "\(try r.date(n))" }),
    Read(accessor: "optionalDate", name: "d", wire: { p, n throws(RPCError) in show(try p.optionalDate(n)) }, register: { r, n throws(RegisterError) in show(try r.optionalDate(n)) }),
    Read(accessor: "instant", name: "i", wire: { p, n throws(RPCError) in "\(try p.instant(n))" }, register: { r, n throws(RegisterError) in "\(try r.instant(n))" }),
    Read(accessor: "optionalInstant", name: "i", wire: { p, n throws(RPCError) in show(try p.optionalInstant(n)) }, register: { r, n throws(RegisterError) in show(try r.optionalInstant(n)) }),
    Read(accessor: "optionalBool", name: "b", wire: { p, n throws(RPCError) in show(try p.optionalBool(n)) }, register: { r, n throws(RegisterError) in show(try r.optionalBool(n)) }),
    Read(accessor: "choice", name: "c", wire: { p, n throws(RPCError) in try p.choice(n, Right.self).rawValue }, register: { r, n throws(RegisterError) in try r.choice(n, Right.self).rawValue }),
    Read(accessor: "optionalChoice", name: "c", wire: { p, n throws(RPCError) in show(try p.optionalChoice(n, Right.self)?.rawValue) }, register: { r, n throws(RegisterError) in show(try r.optionalChoice(n, Right.self)?.rawValue) }),
    Read(accessor: "nested.date", name: "o", wire: { p, n throws(RPCError) in "\(try p.nested(n).date("d"))" }, register: { r, n throws(RegisterError) in "\(try r.nested(n).date("d"))" }),
    Read(accessor: "nested.nested.instant", name: "o", wire: { p, n throws(RPCError) in "\(try p.nested(n).nested("o").instant("i"))" }, register: { r, n throws(RegisterError) in "\(try r.nested(n).nested("o").instant("i"))" }),
    Read(accessor: "objects.text", name: "a", wire: { p, n throws(RPCError) in try p.objects(n).map { q throws(RPCError) in try q.text("t") }.joined(separator: ",") }, register: { r, n throws(RegisterError) in try r.objects(n).map { q throws(RegisterError) in try q.text("t") }.joined(separator: ",") }),
  ]

  /// Inputs, each read by every accessor above through both readers.
  static let inputs: [JSONObject] = [
    [:],
    ["t": "hallo", "d": "2026-03-15", "i": "2026-03-15T09:30:00+01:00", "b": true, "c": "access"],
    ["t": "   ", "d": "2026-02-30", "i": "2026-03-29T02:30:00", "b": "ja", "c": "vote"],
    ["t": 12, "d": "15-03-2026", "i": "2026-10-25T02:30:00", "b": 1, "c": ""],
    ["t": .null, "d": .null, "i": "2026-03-15T09:30:00", "c": .null],
    // Fractional seconds: kept exactly as written (1–9 digits), no rounding either way.
    ["i": "2026-03-15T09:30:00.1+01:00"], ["i": "2026-03-15T09:30:00.123456789Z"], ["i": "2026-03-15T09:30:00.9999999995Z"],
    ["i": "2026-07-01T12:00:00.0005"], ["i": "2026-03-15T09:30:00.+01:00"], ["i": "2026-03-15T09:30:00Z "],
    ["o": ["d": "2026-13-01", "o": ["i": "2026-03-15T25:00:00Z"]]], ["o": ["d": "2026-03-15", "o": ["i": 5]]],
    ["o": "x"], ["o": ["o": ["x": 1]]],
    ["a": [["t": "een"], ["t": "twee"]]], ["a": [["t": "een"], ["t": ""]]], ["a": [["t": "een"], "twee"]], ["a": "x"],
  ]

  static let cases: [(JSONObject, Read)] = inputs.flatMap { i in reads.map { (i, $0) } }

  static func wireAnswer(_ o: JSONObject, _ r: Read) -> Answer {
    do { return .value(try r.wire(Params(o, path: "x"), r.name)) } catch {
      return .refused(field: error.data?["field"]?.stringValue ?? "?", reason: error.data?["reason"]?.stringValue ?? "?")
    }
  }

  static func registerAnswer(_ o: JSONObject, _ r: Read) -> Answer {
    do { return .value(try r.register(InputReader(o, path: "x"), r.name)) } catch {
      guard case .invalid(let f, let reason) = error else { return .refused(field: "?", reason: "\(error)") }
      return .refused(field: f, reason: reason)
    }
  }

  @Test(arguments: cases) func bothEntryPointsAnswerAlike(_ input: JSONObject, _ read: Read) {
    let wire = Self.wireAnswer(input, read), register = Self.registerAnswer(input, read)
    #expect(wire == register, "\(read) on \(JSONWriter.string(.object(input)))")
    if case .refused(let field, _) = wire { #expect(field.hasPrefix("x.") && field != "?") }
  }

  /// The exact answers for some of those inputs (the same through both readers, checked above).
  static let expected: [(JSONObject, String, Answer)] = [
    (["i": "2026-03-15T09:30:00.1+01:00"], "instant", .value("2026-03-15T08:30:00.100Z")),
    (["i": "2026-03-15T09:30:00.123456789Z"], "instant", .value("2026-03-15T09:30:00.123456789Z")),
    (["i": "2026-07-01T12:00:00.0005"], "instant", .value("2026-07-01T10:00:00.000500Z")),
    (["i": "2026-03-15T09:30:00.9999999995Z"], "instant", .refused(field: "x.i", reason: "'2026-03-15T09:30:00.9999999995Z': fractional seconds need 1 to 9 digits")),
    (["i": "2026-03-15T09:30:00"], "instant", .value("2026-03-15T08:30:00Z")),
    ([:], "instant", .refused(field: "x.i", reason: "is required")),
    ([:], "optionalInstant", .value("nil")),
    (["t": "   "], "text", .refused(field: "x.t", reason: "must not be empty")),
    (["t": 12], "text", .refused(field: "x.t", reason: "must be a string, got a number")),
    (["c": "vote"], "choice", .refused(field: "x.c", reason: "unknown value \"vote\"; expected one of: \(Right.allCases.map(\.rawValue).joined(separator: ", "))")),
    (["o": ["d": "2026-03-15", "o": ["i": 5]]], "nested.nested.instant", .refused(field: "x.o.o.i", reason: "must be a string, got a number")),
    (["a": [["t": "een"], "twee"]], "objects.text", .refused(field: "x.a[1]", reason: "must be an object, got a string")),
    (["a": [["t": "een"], ["t": ""]]], "objects.text", .refused(field: "x.a[1].t", reason: "must not be empty")),
  ]

  @Test(arguments: expected) func exactAnswers(_ input: JSONObject, _ accessor: String, _ answer: Answer) throws {
    let read = try #require(Self.reads.first { $0.accessor == accessor })
    #expect(Self.wireAnswer(input, read) == answer)
    #expect(Self.registerAnswer(input, read) == answer)
  }

  /// The service's clock becomes an instant one way only (to the millisecond, rounded), for
  /// "now", "today" and the rules methods alike.
  static let clock: [(seconds: Double, instant: String)] = [
    (1_774_745_999.9996, "2026-03-29T01:00:00Z"),
    (1_774_745_999.25, "2026-03-29T00:59:59.250Z"),
    (1_774_745_999.0004, "2026-03-29T00:59:59Z"),
    (0.5, "1970-01-01T00:00:00.500Z"),
  ]

  @Test(arguments: clock) func oneClockConversion(_ c: (seconds: Double, instant: String)) throws {
    let date = Date(timeIntervalSince1970: c.seconds)
    #expect(Instant(clock: date) == (try Instant.parse(c.instant)))
    #expect(RulesParams.instant(of: date) == Instant(clock: date))
    let service = try makeService()
    #expect(service.nowInstant == Instant(clock: service.now()))
    #expect(RulesParams.today(service) == service.today)
  }
}
