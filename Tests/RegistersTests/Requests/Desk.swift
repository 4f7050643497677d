import JSON
import Registers
import Rules
import Testing

/// A requests register driven like the ledger does: run a command at a pinned "now", apply its
/// change as an event, return the record.
struct Desk {
  var register = Register(kind: .requests)
  var seq: UInt64 = 0
  /// "Now" for the next commands.
  var now = "2026-11-29T10:00:00+01:00"

  static func at(_ s: String) throws -> Instant { try Instant.parse(s) }
  static func on(_ s: String) throws -> CivilDate { try CivilDate.parse(s) }

  @discardableResult
  mutating func run(_ command: (Register, RequestClock) throws(RegisterError) -> RegisterChange) throws -> RequestRecord {
    let clock = RequestClock(now: try Desk.at(now))
    let change = try command(register, clock)
    seq += 1
    register.apply(RegisterEvent(seq: seq, at: now, actor: "test", type: change.type, data: change.data))
    return RequestRecord(change.record)
  }

  /// Opens a request received on a date (or at an instant when `receivedOn` has a `T`).
  @discardableResult
  mutating func open(
    _ type: RequestType = .access, born: String = "2014-05-12", by requester: Requester = .parent,
    received: String = "2026-11-20"
  ) throws -> RequestRecord {
    let receipt: OpenRequest.Receipt = received.contains("T") ? .at(try Desk.at(received)) : .on(try Desk.on(received))
    let command = OpenRequest(type: type, studentID: "S-1", birthDate: try Desk.on(born), requester: requester, receipt: receipt)
    return try run { r, c throws(RegisterError) in try command.change(in: r, clock: c, actor: "test") }
  }

  @discardableResult
  mutating func extend(_ id: String, at: String) throws -> RequestRecord {
    let command = ExtendRequest(id: id, reason: "complex", noticeSentAt: try Desk.at(at))
    return try run { r, c throws(RegisterError) in try command.change(in: r, clock: c) }
  }

  @discardableResult
  mutating func decide(_ command: DecideRequest) throws -> RequestRecord {
    try run { r, c throws(RegisterError) in try command.change(in: r, clock: c) }
  }

  @discardableResult
  mutating func adopt(_ id: String, at: String) throws -> RequestRecord {
    let command = AdoptRequest(id: id, at: try Desk.at(at))
    return try run { r, c throws(RegisterError) in try command.change(in: r, clock: c) }
  }

  /// The error a throwing step raised, or nil.
  static func error(_ body: () throws -> Void) -> RegisterError? {
    do { try body() } catch let e as RegisterError { return e } catch { return nil }
    return nil
  }

  /// The field of an `invalid` error.
  static func invalidField(_ e: RegisterError?) -> String? {
    if case .invalid(let f, _) = e { return f }
    return nil
  }

  static let director = try? DecisionMaker(name: "A. Jansen", role: .director, mandate: nil)

  /// A decision with everything a restriction needs, on `id` at `at`.
  static func decision(
    _ id: String, _ d: Decision, at: String, grounds: [GroundCode] = [], items: [DecisionItem] = [],
    balancing: String? = "weighed", written: String? = "letter 1"
  ) throws -> DecideRequest {
    guard let director else { throw RegisterError.invalid("decidedBy", "fixture") }
    return DecideRequest(
      id: id, decision: d, items: items, grounds: grounds, decidedBy: director, balancing: balancing,
      writtenRecord: written, decidedAt: try Desk.at(at))
  }
}

/// The desk itself: steps are journaled in order and the error helpers read errors back.
@Suite struct DeskTests {
  @Test func stepsLandInTheRegister() throws {
    var desk = Desk()
    let opened = try desk.open(received: "2026-11-20")
    #expect(opened.id == "R-2026-0001")
    #expect(opened.dueOn == (try Desk.on("2026-12-21")))  // 20 December is a Sunday
    #expect(desk.seq == 1)
    #expect(desk.register[opened.id] != nil)
    let e = Desk.error { throw RegisterError.invalid("grounds", "missing") }
    #expect(Desk.invalidField(e) == "grounds")
    #expect(Desk.error {} == nil)
    #expect(Desk.director?.role == .director)
  }
}
