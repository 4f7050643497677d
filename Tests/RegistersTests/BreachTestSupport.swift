import JSON
import Registers
import Rules
import Testing

/// An instant from RFC 3339; records an issue and returns the epoch when the text is wrong.
func t(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) -> Instant {
  do { return try Instant.parse(s) } catch {
    Issue.record("bad test instant \(s): \(error)", sourceLocation: sourceLocation)
    return Instant(secondsSinceEpoch: 0)
  }
}

/// A date from `YYYY-MM-DD`.
func d(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) -> CivilDate {
  do { return try CivilDate.parse(s) } catch {
    Issue.record("bad test date \(s): \(error)", sourceLocation: sourceLocation)
    return CivilDate(daysSinceEpoch: 0)
  }
}

/// A breach register that applies the commands' changes as the ledger would.
struct Bench {
  var register = Register(kind: .breaches)
  var seq: UInt64 = 0
  let now = "2026-11-29T10:00:00+01:00"

  /// Applies a command's change and returns the record.
  @discardableResult
  mutating func run(_ command: (Register) throws(RegisterError) -> RegisterChange) throws(RegisterError) -> JSONObject {
    let change = try command(register)
    seq += 1
    register.apply(RegisterEvent(seq: seq, at: now, actor: "fg", type: change.type, data: change.data))
    return change.record
  }

  /// Registers a breach of `kind` aware at `awareAt`; returns its id.
  mutating func registered(_ kind: BreachKind = .dataBreach, awareAt: String) throws(RegisterError) -> String {
    let input = BreachRegistration(kind: kind, summary: "USB stick lost", awareAt: t(awareAt))
    let now = t(self.now)
    let record = try run { r throws(RegisterError) in try Breaches.register(input, in: r, now: now, by: "fg") }
    return record["id"]?.stringValue ?? ""
  }

  /// Assesses `id`.
  @discardableResult
  mutating func assessed(
    _ id: String, _ risk: RiskLevel, rationale: String = "names and grades of one class",
    exemption: BreachExemption? = nil
  ) throws(RegisterError) -> JSONObject {
    var a = BreachAssessment(
      risk: risk, riskRationale: rationale, assessedByName: "A. de Vries", assessedByRole: "privacyOfficer",
      assessedAt: t("2026-11-28T09:00:00+01:00"))
    a.exemption = exemption
    return try run { r throws(RegisterError) in try Breaches.assess(id: id, a, in: r) }
  }
}

/// The error a throwing body gives, or nil.
func registerError(_ body: () throws(RegisterError) -> Void) -> RegisterError? {
  do { try body() } catch { return error }
  return nil
}

/// The bench itself: each step is journaled as one event and the error helper passes errors on.
@Suite struct BreachBenchTests {
  @Test func stepsLandInTheRegister() throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    #expect(id == "D-2026-0001")
    #expect(bench.seq == 1)
    #expect(bench.register[id]?["kind"] == "dataBreach")
    let assessed = try bench.assessed(id, .high)
    #expect(assessed["assessment"]?["risk"] == "high")
    #expect(bench.register.histories[id]?.count == 2)
    #expect(registerError { () throws(RegisterError) in throw .notFound(register: "breaches", id: "x") } != nil)
    #expect(registerError {} == nil)
  }
}

/// What an art. 34 notice told the people (contact point, consequences, measures; art. 34(2)).
let notice = SubjectNotice(contactPoint: "FG, fg@school.example", consequences: "grades may be seen by others", measures: "files encrypted since")
