import JSON
import Registers
import Rules
import Testing
import Wording

/// A complaints register that applies the commands' changes as the ledger would.
struct ComplaintBench {
  var register = Register(kind: .complaints)
  var seq: UInt64 = 0

  @discardableResult
  mutating func run(_ command: (Register) throws(RegisterError) -> RegisterChange) throws(RegisterError) -> JSONObject {
    let change = try command(register)
    seq += 1
    register.apply(RegisterEvent(seq: seq, at: "2026-11-29T10:00:00+01:00", actor: "vp", type: change.type, data: change.data))
    return change.record
  }

  static func opening(
    name: String = "Sanne de Vries", role: ComplainantRole = .student, openedAt: String = "2026-03-05T10:00:00+01:00",
    consent: ComplaintConsent? = ComplaintConsent(givenBy: "Sanne de Vries", givenAt: t("2026-03-05T09:30:00+01:00"), explicit: true),
    special: [SpecialCategoryNote] = [], isStaff: Bool = true, category: ComplaintCategory? = .bullying
  ) -> ComplaintOpening {
    ComplaintOpening(
      complainant: ComplaintParty(name: name, role: role), accused: ComplaintParty(name: "Peter Bakker", role: .staff),
      description: "Remarks in class", category: category, consent: consent, specialCategories: special,
      counsellor: Counsellor(name: "A. Smit", isStaff: isStaff), openedAt: t(openedAt))
  }

  @discardableResult
  mutating func open(_ o: ComplaintOpening = opening()) throws(RegisterError) -> String {
    try run { r throws(RegisterError) in try Complaints.open(o, in: r, now: t("2026-11-29T10:00:00+01:00"), by: "vp") }["id"]?
      .stringValue ?? ""
  }
}

/// The counsellor's dossiers (rules.md §7, decisions 47–49; retention §8).
@Suite struct ComplaintTests {
  /// Refusals of `complaints.open`, each naming its field.
  static let refusals: [(String, ComplaintOpening, String)] = [
    ("no consent", ComplaintBench.opening(consent: nil), "consent"),
    ("implied consent", ComplaintBench.opening(consent: ComplaintConsent(givenBy: "S", givenAt: t("2026-03-05T09:00:00+01:00"), explicit: false)), "consent.explicit"),
    ("blank givenBy", ComplaintBench.opening(consent: ComplaintConsent(givenBy: " ", givenAt: t("2026-03-05T09:00:00+01:00"), explicit: true)), "consent.givenBy"),
    ("consent after opening", ComplaintBench.opening(consent: ComplaintConsent(givenBy: "S", givenAt: t("2026-03-06T09:00:00+01:00"), explicit: true)), "consent.givenAt"),
    ("special category without reason", ComplaintBench.opening(special: [SpecialCategoryNote(category: .health, reason: "ok"), SpecialCategoryNote(category: .religion, reason: "")]), "specialCategories[1].reason"),
    ("blank name", ComplaintBench.opening(name: ""), "complainant.name"),
  ]

  @Test(arguments: refusals.indices) func refused(_ i: Int) {
    let (label, input, field) = Self.refusals[i]
    var b = ComplaintBench()
    #expect(throws: RegisterError.self, "\(label)") { try b.open(input) }
    do { try b.open(input) } catch {
      guard case .invalid(let f, _) = error else { Issue.record("\(label): \(error)"); return }
      #expect(f == field, "\(label)")
    }
    #expect(b.register.order.isEmpty)
  }

  @Test func opensWithPromptPerCounsellor() throws {
    var b = ComplaintBench()
    let staff = try Complaints.open(ComplaintBench.opening(), in: b.register, now: t("2026-11-29T10:00:00+01:00"), by: "vp")
    #expect(staff.id == "K-2026-0001")
    #expect(staff.change["prompt"]?["kind"] == "reportingDuty")
    #expect(staff.change["prompt"]?["source"]?.stringValue?.contains("WPO art. 4a") == true)
    let external = try Complaints.open(ComplaintBench.opening(isStaff: false), in: b.register, now: t("2026-11-29T10:00:00+01:00"), by: "vp")
    #expect(external.change["prompt"]?["kind"] == "aangifte")
    try b.open(ComplaintBench.opening(special: [SpecialCategoryNote(category: .health, reason: "the remarks were about her illness")]))
    #expect(b.register["K-2026-0001"]?["specialCategories"]?.arrayValue?.first?["category"] == "health")
    #expect(b.register["K-2026-0001"]?["consent"]?["explicit"] == true)
  }

  /// The staff counsellor's prompt puts each duty on the right person (issue 19 item 6): the staff
  /// member informs the board at once of a *possible* offence, without weighing it; the board consults
  /// the vertrouwensinspecteur and, on a reasonable suspicion, reports after informing the accused
  /// and the parents. The external counsellor has no meldplicht. Unverified numbers are marked.
  @Test(arguments: [true, false]) func promptPutsEachDutyOnTheRightPerson(_ isStaff: Bool) throws {
    let prompt = CounsellorPrompt.json(isStaff: isStaff)
    let nl = prompt["text"]?.stringValue ?? ""
    let en = prompt["textEn"]?.stringValue ?? ""
    if isStaff {
      #expect(prompt["kind"] == "reportingDuty")
      for phrase in ["mogelijk schuldig", "minderjarige leerling", "onmiddellijk en rechtstreeks het bevoegd gezag",
        "beoordeel je niet zelf", "vertrouwensinspecteur", "redelijk vermoeden blijkt, aangifte",
        "nadat het de betrokken medewerker en de ouders"] {
        #expect(nl.contains(phrase), "\(phrase)")
      }
      #expect(en.contains("inform the board (bevoegd gezag) at once") && en.contains("You do not judge whether the suspicion is reasonable"))
      #expect(!en.contains("if this complaint gives a reasonable suspicion"))
      let source = prompt["source"]?.stringValue ?? ""
      #expect(source.contains("WPO art. 4a [U]") && source.contains("WVO 2020") && source.contains("[!, nummer niet gecontroleerd]"))
      let sourceEN = Language.en.bound { CounsellorPrompt.json(isStaff: true)["source"]?.stringValue ?? "" }
      #expect(sourceEN.contains("[!, number not verified]"))
      #expect(Language.en.bound { CounsellorPrompt.json(isStaff: true)["text"]?.stringValue } == en)
    } else {
      #expect(prompt["kind"] == "aangifte")
      #expect(nl.contains("geen meldplicht") && nl.contains("aangifte bij de politie"))
      #expect(en.contains("no duty to report"))
    }
  }

  /// closedAt → retainUntil for the configured years (rules.md §8, default 2).
  static let retention: [(closedAt: String, years: Int, until: String)] = [
    ("2026-06-10T12:00:00+02:00", 2, "2028-06-10"),
    ("2028-02-29T12:00:00+01:00", 2, "2030-02-28"),
    ("2026-12-31T23:30:00+01:00", 1, "2027-12-31"),
    ("2026-06-10T23:30:00Z", 2, "2028-06-11"),
  ]

  @Test(arguments: retention.indices) func retainUntil(_ i: Int) throws {
    let c = Self.retention[i]
    var b = ComplaintBench()
    let id = try b.open(ComplaintBench.opening(openedAt: "2026-03-05T10:00:00+01:00"))
    let closed = try b.run { r throws(RegisterError) in
      try Complaints.close(id: id, closedAt: t(c.closedAt), outcome: "resolved", retentionYears: c.years, in: r)
    }
    #expect(closed["retainUntil"]?.stringValue == c.until)
    #expect(closed["retentionRule"]?.stringValue == "complaints-\(c.years)y")
    #expect(throws: RegisterError.self) {
      try b.run { r throws(RegisterError) in try Complaints.addReport(id: id, at: t(c.closedAt), summary: "x", with: nil, in: r) }
    }
  }

  @Test func reportsAndBadDates() throws {
    var b = ComplaintBench()
    let id = try b.open()
    let r = try b.run { r throws(RegisterError) in
      try Complaints.addReport(id: id, at: t("2026-03-06T10:00:00+01:00"), summary: "Talked about the remarks", with: .complainant, in: r)
    }
    #expect(r["reports"]?.arrayValue?.count == 1)
    #expect(throws: RegisterError.invalid("at", "2026-03-04T10:00:00+01:00 ligt vóór het openen van het dossier (2026-03-05T10:00:00+01:00)")) {
      try b.run { r throws(RegisterError) in try Complaints.addReport(id: id, at: t("2026-03-04T10:00:00+01:00"), summary: "x", with: nil, in: r) }
    }
    #expect(throws: RegisterError.notFound(register: "complaints", id: "K-2026-0099")) {
      try b.run { r throws(RegisterError) in try Complaints.close(id: "K-2026-0099", closedAt: t("2026-04-01T10:00:00+02:00"), outcome: "x", in: r) }
    }
  }

  @Test func purgeRemovesExpiredAndKeepsALine() throws {
    var b = ComplaintBench()
    let old = try b.open(ComplaintBench.opening(openedAt: "2024-03-04T10:00:00+01:00", consent: ComplaintConsent(givenBy: "S", givenAt: t("2024-03-04T09:00:00+01:00"), explicit: true)))
    let open = try b.open()
    try b.run { r throws(RegisterError) in try Complaints.close(id: old, closedAt: t("2024-06-10T12:00:00+02:00"), outcome: "mediated", in: r) }
    #expect(ComplaintPurge.changes(in: b.register, on: d("2026-06-10")).isEmpty)
    let changes = ComplaintPurge.changes(in: b.register, on: d("2026-06-11"))
    #expect(changes.map(\.id) == [old])
    for c in changes { try b.run { _ throws(RegisterError) in c } }
    #expect(b.register[old] == nil)
    #expect(b.register.histories[old] == nil)
    #expect(b.register[open] != nil)
    #expect(b.register.removals.first?.change["note"] == "Klachtdossier K-2024-0001 gesloten op 2024-06-10, verwijderd op 2026-06-11 volgens bewaarregel complaints-2y")
    let line = JSONWriter.string(.array(b.register.removals.map(\.json)))
    #expect(!line.contains("Sanne") && !line.contains("Bakker") && !line.contains("Remarks"))
    // A snapshot round trip keeps the removal line and not the record.
    var restored = Register(kind: .complaints)
    restored.restore(b.register.snapshot)
    #expect(restored.removals.count == 1 && restored[old] == nil && restored.nextID(year: 2024) == "K-2024-0002")
  }

  @Test func annualReportHoldsCountsOnly() throws {
    var b = ComplaintBench()
    try b.open(ComplaintBench.opening(name: "Sanne de Vries", role: .student, openedAt: "2026-03-05T10:00:00+01:00"))
    try b.open(ComplaintBench.opening(name: "Fatima El Amrani", role: .parent, openedAt: "2026-03-20T10:00:00+01:00",
      consent: ComplaintConsent(givenBy: "Fatima El Amrani", givenAt: t("2026-03-20T09:00:00+01:00"), explicit: true),
      special: [SpecialCategoryNote(category: .religion, reason: "remarks about her headscarf")], category: nil))
    try b.open(ComplaintBench.opening(name: "Joost Meijer", role: .staff, openedAt: "2025-12-01T10:00:00+01:00",
      consent: ComplaintConsent(givenBy: "Joost Meijer", givenAt: t("2025-12-01T09:00:00+01:00"), explicit: true)))
    try b.run { r throws(RegisterError) in try Complaints.close(id: "K-2025-0001", closedAt: t("2026-01-15T10:00:00+01:00"), outcome: "Meijer apologised", in: r) }
    let report = ComplaintAnnualReport(year: 2026, register: b.register)
    #expect(report.opened == 2 && report.closed == 1 && report.openAtYearEnd == 2)
    let json = report.json
    #expect(json["byComplainantRole"]?["student"] == 1 && json["byComplainantRole"]?["parent"] == 1)
    #expect(json["byCategory"]?["bullying"] == 1 && json["byCategory"]?["uncategorised"] == 1)
    #expect(json["byMonth"]?.arrayValue?[2]["opened"] == 2 && json["byMonth"]?.arrayValue?[0]["closed"] == 1)
    let text = JSONWriter.string(json)
    for word in ["Sanne", "Vries", "Fatima", "Amrani", "Joost", "Meijer", "Bakker", "Smit", "Remarks", "headscarf", "apologised"] {
      #expect(!text.contains(word), "\(word) in the annual report")
    }
  }
}
