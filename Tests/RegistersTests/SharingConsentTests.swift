import JSON
import Registers
import Rules
import Testing

/// Consent by the holder on the date (UAVG art. 5; decisions 42–43), withdrawal (AVG art. 7(3))
/// and the disclosures it allows, c/e bases without their law (art. 6(3)), and the recipients an
/// access answer names (art. 15(1)(c); CJEU C-154/21).
@Suite struct SharingConsentTests {
  /// Consents and disclosures applied as the ledger would.
  struct Desk {
    var consents = Register(kind: .consents)
    var sharing = Register(kind: .sharing)
    var seq: UInt64 = 0
    let now = t("2026-11-29T10:00:00+01:00")

    mutating func apply(_ c: RegisterChange, to name: String) {
      seq += 1
      let e = RegisterEvent(seq: seq, at: "now", actor: "fg", type: c.type, data: c.data)
      if name == Consents.name { consents.apply(e) } else { sharing.apply(e) }
    }

    /// Records a consent; returns its id.
    mutating func consent(_ student: String = "3310", born: String = "2010-03-15", by: ConsentGiver, on: String,
                          scope: [String] = ["photo"], purpose: String = "photos on the school website") throws(RegisterError) -> String {
      let input = ConsentInput(studentID: student, birthDate: d(born), relationship: by, giverName: "X", scope: scope, purpose: purpose, givenOn: d(on))
      let c = try Consents.record(input, in: consents, now: now, by: "fg")
      apply(c, to: Consents.name)
      return c.id
    }

    mutating func withdraw(_ id: String, on: String, by: ConsentGiver) throws(RegisterError) {
      apply(try Consents.withdraw(consentID: id, withdrawnOn: d(on), by: by, name: "X", in: consents, now: now), to: Consents.name)
    }

    /// Records a disclosure; returns the record.
    @discardableResult
    mutating func disclose(_ input: DisclosureInput) throws(RegisterError) -> JSONObject {
      let c = try Sharing.record(input, in: sharing, consents: consents, now: now, by: "fg")
      apply(c, to: Sharing.name)
      return c.record
    }
  }

  static func photo(_ student: String = "3310", on: String, consent: String?, purpose: String = "photos on the school website",
                    categories: [String] = ["photo"]) -> DisclosureInput {
    DisclosureInput(
      recipientName: "Fotostudio", recipientRole: .thirdPartyController, purpose: purpose, legalBasis: .AVG6_1a,
      dataCategories: categories, students: [.init(id: student, birthDate: d("2010-03-15"))], disclosedOn: d(on), consentID: consent)
  }

  // Born 2010-03-15: 15 on 2026-03-14, 16 on 2026-03-15 (rules.md §1.6).
  static let whoMayConsent: [(by: ConsentGiver, on: String, born: String, entitled: Bool)] = [
    (.parent, "2026-03-14", "2010-03-15", true),  // 15: the parent
    (.parent, "2026-03-15", "2010-03-15", false),  // 16: no longer the parent → 1003
    (.guardian, "2026-03-14", "2010-03-15", true),
    (.student, "2026-03-14", "2010-03-15", false),  // 15: not yet the student
    (.student, "2026-03-15", "2010-03-15", true),  // 16: the student
    (.curator, "2026-03-15", "2010-03-15", false),  // a curator only for an adult
    (.curator, "2026-03-15", "2008-01-01", true),
    (.parent, "2026-03-15", "2008-01-01", false),
  ]

  @Test(arguments: whoMayConsent) func consentByTheHolderOnTheDay(_ c: (by: ConsentGiver, on: String, born: String, entitled: Bool)) {
    var desk = Desk()
    let e = registerError { () throws(RegisterError) in _ = try desk.consent(born: c.born, by: c.by, on: c.on) }
    if c.entitled {
      #expect(e == nil)
    } else {
      guard case .notEntitled(let field, _)? = e else { Issue.record("expected 1003, got \(String(describing: e))"); return }
      #expect(field == "givenBy.relationship")
    }
  }

  @Test func parentConsentAt15StaysValidAfter16() throws {
    var desk = Desk()
    let id = try desk.consent(by: .parent, on: "2026-03-14")
    #expect(desk.consents[id]?["studentTakesOverOn"] == "2026-03-15")
    let rec = try desk.disclose(Self.photo(on: "2026-11-02", consent: id))
    #expect(rec["students"]?.arrayValue?.first?["consentId"] == .string(id))
    #expect(rec["students"]?.arrayValue?.first?["ageOnDisclosure"] == 16)
    #expect(rec["students"]?.arrayValue?.first?["reconfirmationAdvised"] == true)
  }

  @Test func studentWithdrawsParentsConsentThenDisclosureIsRefused() throws {
    var desk = Desk()
    let id = try desk.consent(by: .parent, on: "2026-01-10")
    // The parent may no longer withdraw at 16; the student may.
    let byParent = registerError { () throws(RegisterError) in try desk.withdraw(id, on: "2026-11-20", by: .parent) }
    guard case .notEntitled(let f, _)? = byParent else { Issue.record("expected 1003, got \(String(describing: byParent))"); return }
    #expect(f == "by.relationship")
    try desk.withdraw(id, on: "2026-11-20", by: .student)
    #expect(desk.consents[id]?["status"] == "withdrawn")
    // Before the withdrawal: still lawful. From that day: 1006.
    try desk.disclose(Self.photo(on: "2026-11-19", consent: id))
    let after = registerError { () throws(RegisterError) in try desk.disclose(Self.photo(on: "2026-11-20", consent: id)) }
    guard case .conflict(let field, _)? = after else { Issue.record("expected 1006, got \(String(describing: after))"); return }
    #expect(field == "consentId")
    let twice = registerError { () throws(RegisterError) in try desk.withdraw(id, on: "2026-11-21", by: .student) }
    guard case .conflict? = twice else { Issue.record("expected 1006, got \(String(describing: twice))"); return }
  }

  static let refusedDisclosures: [(name: String, input: @Sendable (String) -> DisclosureInput, expected: @Sendable (RegisterError) -> Bool)] = [
    ("another student's consent", { photo("9999", on: "2026-11-02", consent: $0) }, { if case .notEntitled("consentId", _) = $0 { return true }; return false }),
    ("before the consent was given", { photo(on: "2025-12-01", consent: $0) }, { if case .conflict("consentId", _) = $0 { return true }; return false }),
    ("another purpose", { photo(on: "2026-11-02", consent: $0, purpose: "yearbook") }, { if case .conflict("purpose", _) = $0 { return true }; return false }),
    ("data outside the scope", { photo(on: "2026-11-02", consent: $0, categories: ["photo", "address"]) }, { if case .conflict("dataCategories[1]", _) = $0 { return true }; return false }),
    ("no consent at all", { _ in photo(on: "2026-11-02", consent: nil) }, { if case .invalid("consentId", _) = $0 { return true }; return false }),
    ("unknown consent", { _ in photo(on: "2026-11-02", consent: "C-2026-0099") }, { if case .notFound("consents", "C-2026-0099") = $0 { return true }; return false }),
  ]

  @Test(arguments: refusedDisclosures.indices) func consentMustCoverTheDisclosure(_ i: Int) throws {
    let c = Self.refusedDisclosures[i]
    var desk = Desk()
    let id = try desk.consent(by: .parent, on: "2026-01-10")
    let e = registerError { () throws(RegisterError) in try desk.disclose(c.input(id)) }
    #expect(e.map(c.expected) == true, "\(c.name): \(String(describing: e))")
  }

  static let bases: [(basis: SharingBasis, law: String?, field: String?)] = [
    (.AVG6_1c, nil, "specificLaw"), (.AVG6_1e, "  ", "specificLaw"), (.AVG6_1c, "WPO art. 42", nil),
    (.AVG6_1e, "Wet op het onderwijstoezicht art. 11", nil), (.AVG6_1b, nil, nil), (.AVG6_1d, nil, nil),
  ]

  @Test(arguments: bases) func legalObligationOrPublicTaskNeedsItsLaw(_ c: (basis: SharingBasis, law: String?, field: String?)) throws {
    var desk = Desk()
    let input = DisclosureInput(
      recipientName: "Stedelijk Lyceum", recipientRole: .thirdPartyController, purpose: "onderwijskundig rapport", legalBasis: c.basis,
      specificLaw: c.law, dataCategories: ["results"], students: [.init(id: "6012", birthDate: d("2015-06-20"))],
      disclosedOn: d("2026-11-02"), parentsInformedOn: d("2026-11-02"), informedHow: "letter")
    let e = registerError { () throws(RegisterError) in try desk.disclose(input) }
    if let field = c.field {
      #expect(e == .invalid(field, "een verstrekking op \(c.basis.rawValue) moet de wet noemen die de plicht of taak regelt (AVG art. 6 lid 3), bijvoorbeeld \"WPO art. 42\""))
    } else {
      #expect(e == nil)
      #expect(desk.sharing["S-2026-0001"]?["parentsInformed"] == true)
    }
  }

  @Test func recipientsForAnAccessRequest() throws {
    var desk = Desk()
    let id = try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-09-01", scope: ["name", "photo"], purpose: "class photo")
    let law = DisclosureInput(
      recipientName: "Leerplicht Haarlem", recipientRole: .thirdPartyController, purpose: "absence report", legalBasis: .AVG6_1c,
      specificLaw: "Leerplichtwet 1969 art. 21a", dataCategories: ["name", "absence"],
      students: [.init(id: "4521", birthDate: d("2012-05-10")), .init(id: "4522", birthDate: d("2012-01-01"))], disclosedOn: d("2026-11-16"))
    try desk.disclose(law)
    try desk.disclose(DisclosureInput(
      recipientName: "Fotostudio", recipientRole: .thirdPartyController, purpose: "Class  Photo", legalBasis: .AVG6_1a,
      dataCategories: ["NAME"], students: [.init(id: "4521", birthDate: d("2012-05-10"), consentID: id)], disclosedOn: d("2026-10-05")))
    try desk.disclose(law)
    let (disclosures, recipients) = DisclosureRecipients.list(studentID: "4521", in: desk.sharing)
    #expect(disclosures.map { $0["disclosedOn"]?.stringValue } == ["2026-10-05", "2026-11-16", "2026-11-16"])
    #expect(disclosures.map { $0["disclosureId"]?.stringValue } == ["S-2026-0002", "S-2026-0001", "S-2026-0003"])
    #expect(recipients.map { $0["name"]?.stringValue } == ["Fotostudio", "Leerplicht Haarlem"])
    #expect(DisclosureRecipients.list(studentID: "4522", in: desk.sharing).disclosures.count == 2)
    #expect(DisclosureRecipients.list(studentID: "0000", in: desk.sharing).disclosures.isEmpty)
  }
}
