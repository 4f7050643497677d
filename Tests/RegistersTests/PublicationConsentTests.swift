import JSON
import Registers
import Rules
import Testing

/// Image consent per channel (duties.md §5; D15–D19): who gives and withdraws it by age (UAVG
/// art. 5; decisions 42–43, the 16th birthday day before / on the day), the school year it holds
/// (the renewal date day before / on), the verdict of `publications.check`, publications refused
/// without consent, and the take-down list after a withdrawal (AVG art. 7(3), 17(1)(b)).
@Suite struct PublicationConsentTests {
  /// Both registers, applied as the ledger would.
  struct Desk {
    var consents = Register(kind: .imageConsents)
    var publications = Register(kind: .publications)
    var seq: UInt64 = 0
    var renewal = RenewalDate.standard
    let now = t("2027-09-30T10:00:00+02:00")

    mutating func apply(_ changes: [RegisterChange], to name: String) {
      for c in changes {
        seq += 1
        let e = RegisterEvent(seq: seq, at: "now", actor: "fg", type: c.type, data: c.data)
        if name == ImageConsents.name { consents.apply(e) } else { publications.apply(e) }
      }
    }

    /// Records consent for `channels`; returns the records.
    @discardableResult
    mutating func consent(
      _ student: String = "3310", born: String = "2010-03-15", by: ConsentGiver, on: String, from: String? = nil,
      channels: [PublicationChannel] = [.WEBSITE]
    ) throws(RegisterError) -> [JSONObject] {
      let input = ImageConsentInput(
        studentID: student, birthDate: d(born), relationship: by, giverName: "X", channels: channels, givenOn: d(on),
        validFrom: from.map { d($0) })
      let changes = try ImageConsents.record(input, in: consents, renewal: renewal, now: now, by: "fg")
      apply(changes, to: ImageConsents.name)
      return changes.map(\.record)
    }

    /// Withdraws; returns the new statuses.
    @discardableResult
    mutating func withdraw(_ student: String = "3310", channel: PublicationChannel = .WEBSITE, on: String, by: ConsentGiver) throws(RegisterError) -> [String] {
      let changes = try ImageConsents.withdraw(studentID: student, channel: channel, withdrawnOn: d(on), by: by, name: "X", in: consents, now: now)
      apply(changes, to: ImageConsents.name)
      return changes.compactMap { $0.record["status"]?.stringValue }
    }

    /// Records a publication; returns its id.
    @discardableResult
    mutating func publish(_ students: [PublicationInput.Student], channel: PublicationChannel = .WEBSITE, on: String) throws(RegisterError) -> String {
      let c = try Publications.record(
        PublicationInput(channel: channel, publishedOn: d(on), description: "Foto's", students: students),
        in: publications, consents: consents, now: now, by: "fg")
      apply([c], to: Publications.name)
      return c.id
    }

    func check(_ student: String = "3310", _ channel: PublicationChannel = .WEBSITE, on: String) -> PublicationVerdict {
      PublicationVerdict.evaluate(studentID: student, channel: channel, on: d(on), in: consents)
    }

    func takedowns(on: String, printed: Bool = false) -> [JSONObject] {
      Takedowns.due(on: d(on), includePrinted: printed, publications: publications, consents: consents)
    }
  }

  /// Who gives consent around the 16th birthday (born 2010-03-15): the day before a parent, on the
  /// day the student; a curator never for a minor.
  static let givers: [(by: ConsentGiver, on: String, accepted: Bool)] = [
    (.parent, "2026-03-14", true), (.parent, "2026-03-15", false),
    (.guardian, "2026-03-14", true), (.guardian, "2026-03-15", false),
    (.student, "2026-03-14", false), (.student, "2026-03-15", true),
    (.curator, "2026-03-15", false),
  ]

  @Test(arguments: givers) func whoGivesConsentAroundThe16thBirthday(_ row: (by: ConsentGiver, on: String, accepted: Bool)) {
    var desk = Desk()
    do {
      let records = try desk.consent(by: row.by, on: row.on)
      #expect(row.accepted, "\(row.by) on \(row.on) should be refused")
      #expect(records.first?["givenBy"]?["relationship"]?.stringValue == row.by.rawValue)
      #expect(records.first?["studentTakesOverOn"] == (row.on == "2026-03-14" ? "2026-03-15" : nil))
    } catch {
      guard case .notEntitled(let field, _) = error else { Issue.record("expected 1003, got \(error)"); return }
      #expect(!row.accepted, "\(row.by) on \(row.on) should be accepted")
      #expect(field == "givenBy.relationship")
    }
  }

  /// Who withdraws around the 16th birthday: a parent the day before withdraws, on the day only
  /// suspends (D17); the student withdraws at any age; a curator not for a minor.
  static let withdrawers: [(by: ConsentGiver, on: String, status: String?)] = [
    (.parent, "2026-03-14", "withdrawn"), (.parent, "2026-03-15", "suspended"),
    (.guardian, "2026-03-15", "suspended"), (.student, "2026-03-14", "withdrawn"),
    (.student, "2026-03-15", "withdrawn"), (.curator, "2026-03-14", nil),
  ]

  @Test(arguments: withdrawers) func whoWithdrawsAroundThe16thBirthday(_ row: (by: ConsentGiver, on: String, status: String?)) throws {
    var desk = Desk()
    try desk.consent(by: .parent, on: "2026-01-10")
    do {
      #expect(try desk.withdraw(on: row.on, by: row.by) == [row.status ?? "refused"])
      let v = desk.check(on: row.on)
      #expect(!v.allowed)
      #expect(v.code.rawValue == row.status)
      #expect(desk.check(on: "2026-03-13").allowed, "the past stays lawful (art. 7(3))")
    } catch {
      guard case .notEntitled = error else { Issue.record("expected 1003, got \(error)"); return }
      #expect(row.status == nil)
    }
  }

  @Test func aSuspensionEndsByTheStudentAndCannotBeRepeated() throws {
    var desk = Desk()
    try desk.consent(by: .parent, on: "2026-01-10")
    #expect(try desk.withdraw(on: "2026-04-01", by: .parent) == ["suspended"])
    #expect(throws: RegisterError.self) { try desk.withdraw(on: "2026-04-02", by: .parent) }
    #expect(try desk.withdraw(on: "2026-04-03", by: .student) == ["withdrawn"])
    #expect(desk.check(on: "2026-04-03").code == .withdrawn)
    #expect(desk.check(on: "2026-04-02").code == .suspended)
    #expect(throws: RegisterError.conflict(field: "channel", reason: "leerling 3310 heeft op 2026-04-04 geen toestemming voor WEBSITE die nog ingetrokken kan worden")) {
      try desk.withdraw(on: "2026-04-04", by: .student)
    }
  }

  /// The renewal date (08-01): the day before it a consent holds, on it the consent has expired.
  static let renewals: [(renewal: String, given: String, from: String?, validUntil: String)] = [
    ("08-01", "2026-09-01", nil, "2027-07-31"),
    ("08-01", "2026-07-31", nil, "2026-07-31"),
    ("08-01", "2026-08-01", nil, "2027-07-31"),
    ("08-01", "2026-06-15", "2026-08-01", "2027-07-31"),
    ("09-01", "2026-08-31", nil, "2026-08-31"),
    ("01-01", "2026-12-31", nil, "2026-12-31"),
  ]

  @Test(arguments: renewals) func aConsentHoldsUntilTheDayBeforeTheRenewalDate(
    _ row: (renewal: String, given: String, from: String?, validUntil: String)
  ) throws {
    var desk = Desk()
    desk.renewal = try RenewalDate.parse(row.renewal)
    let record = try #require(try desk.consent(by: .student, on: row.given, from: row.from).first)
    #expect(record["validUntil"]?.stringValue == row.validUntil)
    #expect(record["renewalDate"]?.stringValue == row.renewal)
    let last = d(row.validUntil)
    #expect(desk.check(on: last.description).allowed)
    let expired = desk.check(on: last.adding(days: 1).description)
    #expect(!expired.allowed && expired.code == .expired && expired.date == last)
  }

  @Test func renewalDateSetting() throws {
    #expect(RenewalDate.standard.description == "08-01")
    #expect(try RenewalDate.parse("12-31").description == "12-31")
    for bad in ["02-29", "8-1", "13-01", "08-32", "0801", "08-01-", "", "aa-bb", "０８-０１"] {
      #expect(throws: RegisterError.self, "\(bad)") { try RenewalDate.parse(bad) }
    }
  }

  @Test func validFromIsBoundedByGivenOnAndTheNextRenewal() throws {
    var desk = Desk()
    #expect(throws: RegisterError.self) { try desk.consent(by: .student, on: "2026-06-15", from: "2026-06-14") }
    #expect(throws: RegisterError.self) { try desk.consent(by: .student, on: "2026-06-15", from: "2026-08-02") }
    try desk.consent(by: .student, on: "2026-06-15", from: "2026-08-01")
    #expect(desk.check(on: "2026-07-31").code == .notYetValid)
    #expect(desk.check(on: "2026-08-01").allowed)
    #expect(throws: RegisterError.invalid("channels[1]", "WEBSITE staat er twee keer in")) {
      try desk.consent(by: .student, on: "2026-06-15", channels: [.WEBSITE, .WEBSITE])
    }
    #expect(throws: RegisterError.self) { try desk.consent(by: .student, on: "2027-10-01") }
  }

  @Test func aParentsConsentOutlivesThe16thBirthdayWithAReconfirmation() throws {
    var desk = Desk()
    try desk.consent(by: .parent, on: "2026-01-10", channels: [.WEBSITE, .NIEUWSBRIEF])
    #expect(desk.check(on: "2026-03-14").reconfirmByStudent == false)
    let after = desk.check(on: "2026-03-15")
    #expect(after.allowed && after.reconfirmByStudent)
    #expect(after.reason(channel: .WEBSITE).contains("vraag de leerling zelf om bevestiging"))
    #expect(desk.check("3310", .SOCIAAL_MEDIA, on: "2026-03-15").code == .noConsent)
    #expect(desk.check("9999", .WEBSITE, on: "2026-03-15").code == .noConsent)
  }

  @Test func aPublicationNeedsConsentForEveryRecognisableStudent() throws {
    var desk = Desk()
    try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-09-01")
    do {
      try desk.publish([.init(id: "4521"), .init(id: "3310")], on: "2026-10-05")
      Issue.record("a student without consent was accepted")
    } catch {
      guard case .conflict(let field, let reason) = error else { Issue.record("expected 1006, got \(error)"); return }
      #expect(field == "students[1].id")
      #expect(reason.contains("3310 (noConsent)"))
    }
    let id = try desk.publish([.init(id: "4521"), .init(id: "3310", recognisable: false)], on: "2026-10-05")
    let students = desk.publications[id]?["students"]?.arrayValue ?? []
    #expect(students.map { $0["consentId"]?.stringValue } == ["BT-2026-0001", nil])
    #expect(desk.publications[id]?["printed"] == false)
    #expect(throws: RegisterError.self) { try desk.publish([.init(id: "4521")], on: "2026-08-31") }
    #expect(throws: RegisterError.self) { try desk.publish([.init(id: "4521"), .init(id: "4521")], on: "2026-10-05") }
    #expect(throws: RegisterError.self) { try desk.publish([], on: "2026-10-05") }
  }

  @Test func aWithdrawalPutsThePublicationOnTheTakedownListUntilTakenDown() throws {
    var desk = Desk()
    try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-09-01", channels: [.WEBSITE, .DRUKWERK])
    let web = try desk.publish([.init(id: "4521")], on: "2026-10-05")
    let gids = try desk.publish([.init(id: "4521")], channel: .DRUKWERK, on: "2026-10-06")
    #expect(desk.takedowns(on: "2026-11-19").isEmpty)
    try desk.withdraw("4521", on: "2026-11-20", by: .parent)
    try desk.withdraw("4521", channel: .DRUKWERK, on: "2026-11-20", by: .parent)
    let due = desk.takedowns(on: "2026-11-20")
    #expect(due.map { $0["publicationId"]?.stringValue } == [web])
    #expect(due.first?["students"]?.arrayValue?.first?["since"] == "2026-11-20")
    let all = desk.takedowns(on: "2026-11-20", printed: true)
    #expect(all.map { $0["publicationId"]?.stringValue } == [web, gids])
    #expect(all.last?["recallable"] == false)
    desk.apply([try Publications.takeDown(id: web, on: d("2026-11-21"), note: nil, in: desk.publications, now: desk.now)], to: Publications.name)
    #expect(desk.takedowns(on: "2026-11-21").isEmpty)
    #expect(throws: RegisterError.self) { try Publications.takeDown(id: web, on: d("2026-11-22"), note: nil, in: desk.publications, now: desk.now) }
    #expect(throws: RegisterError.self) { try Publications.takeDown(id: gids, on: d("2026-10-01"), note: nil, in: desk.publications, now: desk.now) }
  }

  @Test func consentGivenAgainClearsTheListAndExpiryAloneDoesNotFillIt() throws {
    var desk = Desk()
    try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-09-01")
    try desk.consent("5120", born: "2012-01-01", by: .parent, on: "2026-09-01")
    try desk.publish([.init(id: "4521"), .init(id: "5120")], on: "2026-10-05")
    try desk.withdraw("4521", on: "2026-11-20", by: .parent)
    #expect(desk.takedowns(on: "2026-11-20").first?["students"]?.arrayValue?.map { $0["id"] } == ["4521"])
    try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-12-01")
    #expect(desk.takedowns(on: "2026-11-30").count == 1)
    #expect(desk.takedowns(on: "2026-12-01").isEmpty)
    #expect(desk.takedowns(on: "2027-08-01").isEmpty, "the school year ended: expired, not withdrawn")
  }

  @Test func aParentsConsentIsDueForReconfirmationFromThe16thBirthday() throws {
    var desk = Desk()
    try desk.consent(by: .parent, on: "2026-01-10", channels: [.WEBSITE, .PERS])
    try desk.consent("4521", born: "2012-05-10", by: .parent, on: "2026-01-10")
    try desk.consent("5120", born: "2010-01-01", by: .student, on: "2026-01-10")
    func due(_ on: String) -> [String] {
      Reconfirmations.due(on: d(on), in: desk.consents).map { "\($0["studentId"]?.stringValue ?? "") \($0["channel"]?.stringValue ?? "")" }
    }
    #expect(due("2026-03-14").isEmpty)
    #expect(due("2026-03-15") == ["3310 WEBSITE", "3310 PERS"])
    try desk.withdraw(channel: .PERS, on: "2026-04-01", by: .student)
    #expect(due("2026-04-01") == ["3310 WEBSITE"])
    try desk.consent(by: .student, on: "2026-04-02")
    #expect(due("2026-04-01") == ["3310 WEBSITE"] && due("2026-04-02").isEmpty, "the student confirmed with her own consent")
    #expect(due("2026-08-01").isEmpty, "the school year ended")
  }

  @Test func lifecyclesAreTypedAndComplete() throws {
    #expect(ImageConsentMachine.lifecycle.reachable == Set(ImageConsentStatus.allCases))
    #expect(PublicationMachine.lifecycle.reachable == Set(PublicationStatus.allCases))
    #expect(ImageConsentMachine.lifecycle.allows("withdraw", from: .given, to: .suspended))
    #expect(ImageConsentMachine.lifecycle.allowed(in: .withdrawn) == ["correct"], "a withdrawn consent's facts can still be corrected (issue 16 §6)")
    #expect(try PublicationMachine.lifecycle.next(after: "takeDown", from: .published) == .takenDown)
    #expect(RegisterKind.imageConsents.lifecycle?.initial == "given")
    #expect(RegisterKind.publications.idPrefix == "BP")
  }
}
