import JSON
import Registers
import Rules
import Testing

/// Issue 19 items 7 and 8: who may withdraw a consent a parent gave (decision 43: the student from 16,
/// before 16 only a legal representative), and informing instead of consent for a disclosure on a
/// legal obligation or public task (decision 41): whom, when, the warning state, the due list.
@Suite struct SharingInformingTests {
  typealias Desk = SharingConsentTests.Desk

  /// The field of an `.invalid` error, or nil.
  static func field(_ e: RegisterError?) -> String? {
    if case .invalid(let f, _)? = e { return f }
    return nil
  }

  // A parent's consent given at 15 (born 2010-03-15, 15 until 2026-03-14), withdrawn on a date by someone.
  static let withdrawals: [(by: ConsentGiver, on: String, allowed: Bool)] = [
    (.student, "2026-03-14", false),  // 15: the student may not yet withdraw → 1003
    (.student, "2026-03-15", true),  // 16: the student may
    (.parent, "2026-03-14", true),  // 15: the legal representative may
    (.parent, "2026-03-15", false),  // 16: the parent no longer may
    (.guardian, "2026-03-14", true),
    (.guardian, "2026-03-15", false),
    (.curator, "2026-03-15", false),  // a curator only for an adult
  ]

  @Test(arguments: withdrawals) func onlyTheHolderWithdrawsAParentsConsent(_ c: (by: ConsentGiver, on: String, allowed: Bool)) throws {
    var desk = Desk()
    let id = try desk.consent(by: .parent, on: "2025-09-01")
    let e = registerError { () throws(RegisterError) in try desk.withdraw(id, on: c.on, by: c.by) }
    if c.allowed {
      #expect(e == nil)
      #expect(desk.consents[id]?["status"] == "withdrawn")
    } else {
      guard case .notEntitled(let field, _)? = e else { Issue.record("\(c): \(String(describing: e))"); return }
      #expect(field == "by.relationship")
      #expect(desk.consents[id]?["status"] == "given")
    }
  }

  static func disclosure(
    born: String, on: String = "2026-11-02", basis: SharingBasis = .AVG6_1c, informed: [Informing] = [],
    parentsInformedOn: String? = nil
  ) -> DisclosureInput {
    DisclosureInput(
      recipientName: "Stedelijk Lyceum", recipientRole: .thirdPartyController, purpose: "onderwijskundig rapport", legalBasis: basis,
      specificLaw: basis.needsSpecificLaw ? "WPO art. 42" : nil, dataCategories: ["results"],
      students: [.init(id: "6012", birthDate: d(born), consentID: basis == .AVG6_1a ? "C-2026-0001" : nil)], disclosedOn: d(on),
      parentsInformedOn: parentsInformedOn.map { d($0) }, informedHow: parentsInformedOn == nil ? nil : "letter",
      informed: informed)
  }

  static let parents = Informing(whom: .legalRepresentatives, on: d("2026-11-02"), how: "copy by letter")
  static let student = Informing(whom: .student, on: d("2026-11-03"), how: "conversation with the mentor")

  /// Born 2010-11-02: 15 on 2026-11-01, 16 on 2026-11-02. Born 2008-11-02: 18 on 2026-11-02.
  /// (birth date, informed, refused field, informingDue, whom the student entry says to inform)
  static let informingCases: [(born: String, informed: [Informing], field: String?, due: Bool?, inform: String?)] = [
    ("2010-11-03", [], nil, true, "legalRepresentatives"),  // 15
    ("2010-11-03", [parents], nil, false, "legalRepresentatives"),
    ("2010-11-03", [student], nil, true, "legalRepresentatives"),  // telling the child is not telling the holder
    ("2010-11-02", [parents], nil, true, "student"),  // 16 that day: the student must be told
    ("2010-11-02", [student], nil, false, "student"),
    ("2009-11-02", [parents, student], nil, false, "student"),  // 17: parents may be told as well
    ("2008-11-03", [parents], nil, true, "student"),  // 17 the day before the 18th birthday: not refused
    ("2008-11-02", [parents], "informed", nil, nil),  // 18: parents alone refused
    ("2008-11-02", [student], nil, false, "student"),
    ("2008-11-02", [student, parents], nil, false, "student"),
    ("2008-11-02", [], nil, true, "student"),
  ]

  @Test(arguments: informingCases.indices) func informingFollowsTheHolder(_ i: Int) throws {
    let c = Self.informingCases[i]
    var desk = Desk()
    var record: JSONObject?
    let e = registerError { () throws(RegisterError) in record = try desk.disclose(Self.disclosure(born: c.born, informed: c.informed)) }
    #expect(Self.field(e) == c.field, "case \(i): \(String(describing: e))")
    #expect(record?["informingDue"]?.boolValue == c.due, "case \(i)")
    #expect(record?["students"]?.arrayValue?.first?["inform"]?.stringValue == c.inform, "case \(i)")
    if let record, let due = c.due {
      #expect(Sharing.uninformedStudents(record).isEmpty == !due)
      #expect(record["informed"]?.arrayValue?.count == c.informed.count)
    }
  }

  @Test func theOlderParentsFormIsRefusedForAnAdultToo() {
    var desk = Desk()
    let adult = registerError { () throws(RegisterError) in _ = try desk.disclose(Self.disclosure(born: "2008-11-02", parentsInformedOn: "2026-11-02")) }
    #expect(Self.field(adult) == "parentsInformedOn")
    let both = registerError { () throws(RegisterError) in
      _ = try desk.disclose(Self.disclosure(born: "2012-01-01", informed: [Self.parents], parentsInformedOn: "2026-11-02"))
    }
    #expect(Self.field(both) == "parentsInformedOn")
  }

  @Test func onlyLegalObligationAndPublicTaskAreDue() throws {
    var desk = Desk()
    _ = try desk.consent("6012", born: "2012-01-01", by: .parent, on: "2026-10-01", scope: ["results"], purpose: "onderwijskundig rapport")
    let consent = try desk.disclose(Self.disclosure(born: "2012-01-01", basis: .AVG6_1a))
    #expect(consent["informingDue"] == false && Sharing.uninformedStudents(consent).isEmpty)
    let task = try desk.disclose(Self.disclosure(born: "2012-01-01", basis: .AVG6_1e))
    #expect(task["informingDue"] == true)
  }

  @Test func informingInTheFutureIsRefused() {
    var desk = Desk()
    let today = Informing(whom: .legalRepresentatives, on: d("2026-11-29"), how: "letter")
    let tomorrow = Informing(whom: .legalRepresentatives, on: d("2026-11-30"), how: "letter")
    #expect(registerError { () throws(RegisterError) in _ = try desk.disclose(Self.disclosure(born: "2012-01-01", informed: [today])) } == nil)
    let e = registerError { () throws(RegisterError) in _ = try desk.disclose(Self.disclosure(born: "2012-01-01", informed: [tomorrow])) }
    #expect(Self.field(e) == "informed[0].on")
    let noHow = registerError { () throws(RegisterError) in
      _ = try desk.disclose(Self.disclosure(born: "2012-01-01", informed: [Informing(whom: .student, on: d("2026-11-02"), how: " ")]))
    }
    #expect(Self.field(noHow) == "informed[0].how")
  }

  @Test func informingAfterwardsEmptiesTheDueList() throws {
    var desk = Desk()
    let child = try desk.disclose(Self.disclosure(born: "2012-01-01", on: "2026-11-10"))
    let adult = try desk.disclose(Self.disclosure(born: "2008-01-01", on: "2026-11-02"))
    let done = try desk.disclose(Self.disclosure(born: "2012-01-01", informed: [Self.parents]))
    #expect(done["informingDue"] == false)
    #expect(Sharing.uninformed(in: desk.sharing).compactMap { $0["id"]?.stringValue } == [adult["id"]?.stringValue, child["id"]?.stringValue].compactMap { $0 })
    let adultID = adult["id"]?.stringValue ?? ""
    let now = desk.now
    // The adult's parents alone: refused; the student first, then the parents as well: accepted.
    let parentsFirst = registerError { () throws(RegisterError) in _ = try Sharing.informed(id: adultID, Self.parents, in: desk.sharing, now: now) }
    #expect(Self.field(parentsFirst) == "whom")
    desk.apply(try Sharing.informed(id: adultID, Self.student, in: desk.sharing, now: now), to: Sharing.name)
    desk.apply(try Sharing.informed(id: adultID, Self.parents, in: desk.sharing, now: now), to: Sharing.name)
    #expect(desk.sharing[adultID]?["informingDue"] == false)
    #expect(desk.sharing[adultID]?["studentInformedOn"] == "2026-11-03")
    #expect(desk.sharing[adultID]?["informed"]?.arrayValue?.count == 2)
    #expect(Sharing.uninformed(in: desk.sharing).compactMap { $0["id"]?.stringValue } == [child["id"]?.stringValue].compactMap { $0 })
    let unknown = registerError { () throws(RegisterError) in _ = try Sharing.informed(id: "S-2026-0404", Self.parents, in: desk.sharing, now: now) }
    #expect(unknown == .notFound(register: Sharing.name, id: "S-2026-0404"))
    let future = registerError { () throws(RegisterError) in
      _ = try Sharing.informed(id: adultID, Informing(whom: .student, on: d("2026-11-30"), how: "x"), in: desk.sharing, now: now)
    }
    #expect(Self.field(future) == "on")
  }

  /// A disclosure journaled before `informed` existed counts its `parentsInformedOn` as an informing
  /// of the legal representatives, and one without any informing is still listed as due.
  @Test func disclosuresFromBeforeInformingAreListed() throws {
    var desk = Desk()
    func old(_ id: String, age: Int, parentsInformedOn: String?) -> RegisterChange {
      var r: JSONObject = [
        "id": .string(id), "status": "recorded", "recipient": ["name": "DUO", "role": "thirdPartyController"],
        "purpose": "BRON", "legalBasis": "AVG6_1c", "specificLaw": "WPO", "dataCategories": ["name"],
        "students": [["id": "9", "ageOnDisclosure": .int(age)]], "disclosedOn": "2026-01-10",
        "parentsInformed": .bool(parentsInformedOn != nil),
      ]
      if let on = parentsInformedOn { r["parentsInformedOn"] = .string(on); r["informedHow"] = "letter" }
      return RegisterChange(type: "sharing.recorded", id: id, record: r, change: [:])
    }
    desk.apply(old("S-2026-0001", age: 12, parentsInformedOn: "2026-01-10"), to: Sharing.name)
    desk.apply(old("S-2026-0002", age: 12, parentsInformedOn: nil), to: Sharing.name)
    desk.apply(old("S-2026-0003", age: 17, parentsInformedOn: "2026-01-10"), to: Sharing.name)
    let due = Sharing.uninformed(in: desk.sharing)
    #expect(due.compactMap { $0["id"]?.stringValue } == ["S-2026-0002", "S-2026-0003"])
    #expect(due.last.map(Sharing.uninformedStudents)?.map(\.whom) == ["student"])
    let told = try Sharing.informed(id: "S-2026-0003", Self.student, in: desk.sharing, now: desk.now)
    #expect(told.record["informed"]?.arrayValue?.count == 2 && told.record["informingDue"] == false)
  }
}
