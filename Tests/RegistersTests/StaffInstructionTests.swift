import JSON
import Registers
import Rules
import Testing

/// Staff instruction (duties.md §6; D21–D23): an instruction expires the day after its interval,
/// a new staff member is due after the grace period, leavers drop out on their leave date, role
/// topics only for their roles, and coverage per school and topic (AVG art. 32(4), 39(1)(b)).
@Suite struct StaffInstructionTests {
  /// The register, applied as the ledger would.
  struct Desk {
    var staff = Register(kind: .staff)
    var seq: UInt64 = 0
    let now = t("2027-12-31T10:00:00+01:00")

    mutating func apply(_ changes: [RegisterChange]) {
      for c in changes {
        seq += 1
        staff.apply(RegisterEvent(seq: seq, at: "now", actor: "fg", type: c.type, data: c.data))
      }
    }

    mutating func register(_ id: String, _ roles: [StaffRole], school: String = "De Linde", from: String) throws(RegisterError) {
      apply([try Staff.register(id: id, roles: roles, schools: [school], activeFrom: d(from), in: staff, now: now, by: "fg")])
    }

    mutating func instruct(_ ids: [String], _ topic: String, on: String, role: StaffRole? = nil, school: String? = nil) throws(RegisterError) {
      let t = try InstructionTopic.lookup(topic, field: "topic")
      apply(try Staff.instruct(ids.map { .init(id: $0, role: role, school: school) }, topic: t, on: d(on), in: staff, now: now, by: "fg"))
    }

    func due(on: String, topic: String? = nil, school: String? = nil, grace: Int = 30) -> [String] {
      StaffDue.list(on: d(on), school: school, topic: topic.flatMap(InstructionTopic.named), graceDays: grace, in: staff)
        .map { "\($0["staffId"]?.stringValue ?? "") \($0["topic"]?.stringValue ?? "") \($0["reason"]?.stringValue ?? "")" }
    }
  }

  /// Instructed on `on` with an interval of `months`: valid through `through`, due the day after.
  static let expiries: [(topic: String, on: String, through: String)] = [
    ("DATALEK_MELDEN", "2025-11-28", "2026-11-28"),
    ("DELEN_GEGEVENS", "2025-11-28", "2027-11-28"),
    ("AVG_BASIS", "2024-02-29", "2025-02-28"),
    ("WACHTWOORDEN_APPARATEN", "2026-01-31", "2027-01-31"),
  ]

  @Test(arguments: expiries) func anInstructionExpiresTheDayAfterItsInterval(_ row: (topic: String, on: String, through: String)) throws {
    var desk = Desk()
    try desk.register("MW-1", [.LERAAR], from: "2020-08-01")
    try desk.instruct(["MW-1"], row.topic, on: row.on)
    #expect(try InstructionTopic.lookup(row.topic, field: "topic").validThrough(instructedOn: d(row.on)) == d(row.through))
    #expect(desk.due(on: row.through, topic: row.topic).isEmpty)
    let after = d(row.through).adding(days: 1).description
    #expect(desk.due(on: after, topic: row.topic) == ["MW-1 \(row.topic) expired"])
    let item = StaffDue.list(on: d(after), school: nil, topic: InstructionTopic.named(row.topic), graceDays: 30, in: desk.staff).first
    #expect(item?["dueSince"]?.stringValue == after)
    #expect(item?["lastInstructedOn"]?.stringValue == row.on)
  }

  @Test func aNewStaffMemberIsDueAfterTheGracePeriod() throws {
    var desk = Desk()
    try desk.register("MW-2", [.ADMINISTRATIE], from: "2026-11-01")
    #expect(desk.due(on: "2026-11-30", topic: "ROL_ADMINISTRATIE").isEmpty)
    #expect(desk.due(on: "2026-12-01", topic: "ROL_ADMINISTRATIE") == ["MW-2 ROL_ADMINISTRATIE missing"])
    #expect(desk.due(on: "2026-11-01", topic: "ROL_ADMINISTRATIE", grace: 0) == ["MW-2 ROL_ADMINISTRATIE missing"])
    #expect(desk.due(on: "2026-10-31", topic: "ROL_ADMINISTRATIE", grace: 0).isEmpty, "not yet in service")
  }

  @Test func leaversDropOutOnTheirLeaveDate() throws {
    var desk = Desk()
    try desk.register("MW-3", [.LERAAR], from: "2019-08-01")
    desk.apply([try Staff.leave(id: "MW-3", on: d("2026-11-01"), in: desk.staff)])
    #expect(desk.due(on: "2026-10-31", topic: "AVG_BASIS") == ["MW-3 AVG_BASIS missing"])
    #expect(desk.due(on: "2026-11-01", topic: "AVG_BASIS").isEmpty)
    #expect(throws: RegisterError.self) { try desk.instruct(["MW-3"], "AVG_BASIS", on: "2026-11-02") }
    #expect(throws: RegisterError.self) { try Staff.leave(id: "MW-3", on: d("2026-11-03"), in: desk.staff) }
    #expect(throws: RegisterError.self) { try desk.register("MW-3", [.LERAAR], from: "2027-01-01") }
    #expect(throws: RegisterError.notFound(register: "staff", id: "MW-9")) { try Staff.leave(id: "MW-9", on: d("2026-11-03"), in: desk.staff) }
  }

  @Test func roleTopicsAreForTheirRolesOnly() throws {
    var desk = Desk()
    try desk.register("MW-4", [.LERAAR, .ZORG], from: "2020-08-01")
    try desk.register("MW-5", [.ONDERSTEUNING], from: "2020-08-01")
    let teacher = desk.due(on: "2026-11-29").filter { $0.hasPrefix("MW-4 ") }
    let support = desk.due(on: "2026-11-29").filter { $0.hasPrefix("MW-5 ") }
    #expect(teacher.contains("MW-4 ROL_ZORG missing") && teacher.contains("MW-4 COMMUNICATIE_NEUTRAAL missing"))
    #expect(!support.contains { $0.contains("ROL_") || $0.contains("COMMUNICATIE_NEUTRAAL") })
    #expect(teacher.count == 9 && support.count == 7)
    #expect(desk.due(on: "2026-11-29", school: "Elders").isEmpty)
  }

  @Test func instructingRegistersUnknownStaffAndAddsRolesAndSchools() throws {
    var desk = Desk()
    #expect(throws: RegisterError.invalid("staff[0].role", "is verplicht voor een medewerker die nog niet geregistreerd is")) {
      try desk.instruct(["MW-6"], "AVG_BASIS", on: "2026-09-01")
    }
    try desk.instruct(["MW-6"], "AVG_BASIS", on: "2026-09-01", role: .LERAAR, school: "De Linde")
    #expect(desk.staff["MW-6"]?["activeFrom"] == "2026-09-01")
    try desk.instruct(["MW-6"], "DATALEK_MELDEN", on: "2026-09-02", role: .ICT, school: "Het Baken")
    let record = StaffRecord(try #require(desk.staff["MW-6"]))
    #expect(record.roles == [.LERAAR, .ICT] && record.schools == ["De Linde", "Het Baken"])
    let before = desk.seq
    try desk.instruct(["MW-6"], "AVG_BASIS", on: "2026-09-01")
    #expect(desk.seq == before, "the same topic on the same date again changes nothing")
    #expect(throws: RegisterError.self) { try desk.instruct(["MW-6", "MW-6"], "AVG_BASIS", on: "2026-09-03") }
    #expect(throws: RegisterError.self) { try desk.instruct(["MW-6"], "AVG_BASIS", on: "2028-01-01") }
    #expect(throws: RegisterError.self) { try desk.instruct(["MW-6"], "KOFFIE", on: "2026-09-03") }
  }

  @Test func coverageIsTheShareInstructedRoundedDown() throws {
    var desk = Desk()
    for id in ["MW-1", "MW-2", "MW-3"] { try desk.register(id, [.LERAAR], from: "2020-08-01") }
    try desk.register("MW-4", [.LERAAR], school: "Het Baken", from: "2020-08-01")
    try desk.instruct(["MW-1", "MW-2"], "AVG_BASIS", on: "2026-09-01")
    try desk.instruct(["MW-3"], "AVG_BASIS", on: "2025-09-01")
    func row(_ on: String, _ school: String, _ topic: String) -> JSONObject? {
      StaffDue.coverage(on: d(on), school: nil, graceDays: 30, in: desk.staff)
        .first { $0["school"]?.stringValue == school && $0["topic"]?.stringValue == topic }
    }
    let linde = try #require(row("2026-09-01", "De Linde", "AVG_BASIS"))
    #expect(linde["inScope"] == 3 && linde["instructed"] == 3 && linde["percent"] == 100)
    let later = try #require(row("2026-09-02", "De Linde", "AVG_BASIS"))
    #expect(later["instructed"] == 2 && later["percent"] == 66)
    #expect(row("2026-09-02", "Het Baken", "AVG_BASIS")?["percent"] == 0)
    #expect(row("2026-09-02", "De Linde", "ROL_ZORG") == nil, "nobody in scope: no row")
    #expect(StaffDue.coverage(on: d("2026-09-02"), school: "Het Baken", graceDays: 30, in: desk.staff).allSatisfy { $0["school"] == "Het Baken" })
  }

  @Test func theTopicTableIsComplete() {
    let codes = InstructionTopic.all.map(\.code)
    #expect(Set(codes).count == codes.count)
    #expect(codes.contains("DATALEK_MELDEN") && codes.contains("VP_VERTROUWELIJKHEID"))
    #expect(InstructionTopic.all.allSatisfy { $0.months == 12 || $0.months == 24 })
    #expect(InstructionTopic.named("VP_VERTROUWELIJKHEID")?.applies(to: [.LERAAR]) == false)
    #expect(InstructionTopic.named("VP_VERTROUWELIJKHEID")?.applies(to: [.VERTROUWENSPERSOON]) == true)
    #expect(StaffMachine.lifecycle.reachable == Set(StaffStatus.allCases))
    #expect(StaffMachine.lifecycle.allowed(in: .left) == ["correct"], "a leaver's facts can still be corrected (issue 16 §6)")
  }
}
