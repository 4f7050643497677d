import JSON
import Registers
import Rules
import Testing

/// A requests register driven like the ledger does: run a command at a pinned "now", apply its
/// change as an event, return the record.
struct Desk {
  var register = Register(kind: .requests)
  /// The consents register `decide` reads (settled decision 6).
  var consents = Register(kind: .consents)
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
    let consents = self.consents
    return try run { r, c throws(RegisterError) in try command.change(in: r, consents: consents, clock: c) }
  }

  /// Routes `id` (rules.md decision 7); `by` is who accepts it for the student.
  @discardableResult
  mutating func route(_ id: String, to: RouteTarget, at: String, justification: String? = nil, by: DecisionMaker? = Desk.director) throws -> RequestRecord {
    let command = RouteRequest(id: id, to: to, at: try Desk.at(at), justification: justification, decidedBy: by)
    return try run { r, c throws(RegisterError) in try command.change(in: r, clock: c) }
  }

  /// Puts a consent record in the consents register as `ConsentRecord` reads it (the consents
  /// register's own rules are tested with it); returns its id.
  @discardableResult
  mutating func consent(
    student: String = "S-1", by giver: ConsentGiver = .student, scope: [String] = ["results"], givenOn: String,
    withdrawnOn: String? = nil
  ) -> String {
    let id = consents.nextID(year: 2026)
    var record: JSONObject = [
      "id": .string(id), "status": .string(withdrawnOn == nil ? "given" : "withdrawn"),
      "student": ["id": .string(student), "birthDate": "2008-03-15"],
      "givenBy": ["relationship": .string(giver.rawValue), "name": "L. de Boer"],
      "scope": .array(scope.map(JSONValue.string)), "purpose": "results to my parents", "givenOn": .string(givenOn),
    ]
    if let withdrawnOn { record["withdrawal"] = ["on": .string(withdrawnOn), "by": ["relationship": "student", "name": "L. de Boer"]] }
    seq += 1
    let change = RegisterChange(type: "consents.recorded", id: id, record: record, change: [:])
    consents.apply(RegisterEvent(seq: seq, at: now, actor: "test", type: change.type, data: change.data))
    return id
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

  /// The remedies a private board's letter names on the AVG channels (art. 12(4)).
  static let avgRemedies = Remedies(apComplaint: true, judicialRemedy: true, awbObjection: false, board: .private)

  /// A decision with everything a restriction needs, on `id` at `at`: remedies unless granted, a
  /// reason with an art. 12(5) ground, a fee for `fee`.
  static func decision(
    _ id: String, _ d: Decision, at: String, grounds: [GroundCode] = [], items: [DecisionItem] = [],
    balancing: String? = "weighed", written: String? = "letter 1", remedies: Remedies? = Desk.avgRemedies,
    consentID: String? = nil
  ) throws -> DecideRequest {
    guard let director else { throw RegisterError.invalid("decidedBy", "fixture") }
    var command = DecideRequest(
      id: id, decision: d, items: items, grounds: grounds, decidedBy: director, balancing: balancing,
      writtenRecord: written, decidedAt: try Desk.at(at))
    if d != .granted { command.remedies = remedies }
    if grounds.contains(where: \.isManifest) { command.manifestReason = "the same request as last month, nothing changed" }
    if d == .fee { command.fee = try RequestFee(amountCents: 1500, costs: "copying 300 pages") }
    command.consentID = consentID
    return command
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
