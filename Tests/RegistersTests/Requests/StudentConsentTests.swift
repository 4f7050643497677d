import JSON
import Registers
import Rules
import Testing

/// Issue 19 item 2 (settled decision 6): a parent's request for the results of a student of 18 or
/// more is decided on the student's consent in the consents register, valid on the decision date.
@Suite struct StudentConsentTests {
  static let born = "2008-03-15"  // 18 since 15 March 2026

  /// given on, withdrawn on, given by, scope, student, decided at → granted (true) or not entitled.
  static let cases: [(String, String?, ConsentGiver, [String], String, String, Bool)] = [
    ("2026-11-25", nil, .student, ["results"], "S-1", "2026-11-25T09:00:00+01:00", true),  // given that day
    ("2026-11-26", nil, .student, ["results"], "S-1", "2026-11-25T09:00:00+01:00", false),  // given the day after
    ("2026-10-01", "2026-11-26", .student, ["results"], "S-1", "2026-11-25T09:00:00+01:00", true),  // day before withdrawal
    ("2026-10-01", "2026-11-25", .student, ["results"], "S-1", "2026-11-25T09:00:00+01:00", false),  // withdrawn that day
    ("2026-10-01", nil, .student, ["Resultaten"], "S-1", "2026-11-25T09:00:00+01:00", true),
    ("2026-10-01", nil, .student, ["photo"], "S-1", "2026-11-25T09:00:00+01:00", false),  // another purpose
    ("2026-10-01", nil, .student, ["results"], "S-2", "2026-11-25T09:00:00+01:00", false),  // another student
    ("2023-01-10", nil, .parent, ["results"], "S-1", "2026-11-25T09:00:00+01:00", false),  // the parent's, not the student's
    ("2026-10-01", nil, .curator, ["results"], "S-1", "2026-11-25T09:00:00+01:00", true),  // UAVG art. 5(2)
  ]

  @Test(arguments: cases)
  func aParentGetsAnAdultsResultsOnlyWithTheStudentsValidConsent(
    given: String, withdrawn: String?, by: ConsentGiver, scope: [String], student: String, at: String, granted: Bool
  ) throws {
    var desk = Desk()
    let r = try desk.open(.results, born: Self.born, by: .parent, received: "2026-11-20")
    #expect(!r.entitled && r.json["entitlementAtReceipt"]?["entitledWithStudentConsent"] == true)
    #expect(r.json["legalChannel"] == "B_SECTOR_LAW")
    let id = desk.consent(student: student, by: by, scope: scope, givenOn: given, withdrawnOn: withdrawn)
    let command = try Desk.decision(r.id, .granted, at: at)
    if granted {
      let d = try desk.decide(command)
      #expect(d.status == .decided && d.json["consentAtDecision"]?["id"] == .string(id))
      #expect(d.json["entitlementAtDecision"]?["entitled"] == true)
      #expect(d.json["entitlementAtDecision"]?["basis"]?["article"]?.stringValue?.contains("6(1)(a)") == true)
      #expect(desk.register.histories[r.id]?.last?.type == "requests.decided")
    } else {
      guard case .notEntitled(let field, _)? = Desk.error({ try desk.decide(command) }) else {
        Issue.record("granting without a valid consent must be 1003")
        return
      }
      #expect(field == "decision")
      // Without consent: not entitled, as before: rejected for lack of standing.
      let rejected = try desk.decide(Desk.decision(r.id, .rejectedNoStanding, at: at))
      #expect(rejected.json["grounds"] == ["NO_STANDING"] && rejected.json["consentAtDecision"] == nil)
    }
  }

  @Test func withAValidConsentTheParentHasStandingSoNoRejectionForLackOfIt() throws {
    var desk = Desk()
    let r = try desk.open(.results, born: Self.born, by: .parent, received: "2026-11-20")
    desk.consent(givenOn: "2026-11-01")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .rejectedNoStanding, at: "2026-11-25T09:00:00+01:00")) }) == "decision")
    let refused = try desk.decide(Desk.decision(r.id, .refused, at: "2026-11-25T09:00:00+01:00", grounds: [.AVG15_4]))
    #expect(refused.json["consentAtDecision"]?["givenOn"] == "2026-11-01")
  }

  @Test func theLatestConsentThatCountsIsRecorded() throws {
    var desk = Desk()
    let r = try desk.open(.results, born: Self.born, by: .parent, received: "2026-11-20")
    desk.consent(givenOn: "2026-04-01")
    let later = desk.consent(givenOn: "2026-09-01")
    desk.consent(givenOn: "2026-10-01", withdrawnOn: "2026-10-15")
    let d = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-25T09:00:00+01:00"))
    #expect(d.json["consentAtDecision"]?["id"] == .string(later))
  }

  @Test func aNamedConsentMustHoldOrTheErrorSaysWhy() throws {
    var desk = Desk()
    let r = try desk.open(.results, born: Self.born, by: .parent, received: "2026-11-20")
    let at = "2026-11-25T09:00:00+01:00"
    let photo = desk.consent(scope: ["photo"], givenOn: "2026-10-01")
    let others = desk.consent(student: "S-9", givenOn: "2026-10-01")
    let good = desk.consent(givenOn: "2026-10-01")
    func code(_ id: String) -> RegisterError? { Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: at, consentID: id)) } }
    if case .conflict(let f, _)? = code(photo) { #expect(f == "consentId") } else { Issue.record("scope: 1006") }
    if case .notEntitled(let f, _)? = code(others) { #expect(f == "consentId") } else { Issue.record("another student: 1003") }
    #expect(code("C-2026-0404") == .notFound(register: "consents", id: "C-2026-0404"))
    let d = try desk.decide(Desk.decision(r.id, .granted, at: at, consentID: good))
    #expect(d.json["consentAtDecision"]?["id"] == .string(good))
  }

  @Test func aConsentIdOnARequestThatDoesNotRestOnConsentIsRefused() throws {
    var desk = Desk()
    let r = try desk.open(.results, born: "2010-03-15", by: .parent, received: "2026-11-20")  // 16: parents hold results
    let id = desk.consent(givenOn: "2026-10-01")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-25T09:00:00+01:00", consentID: id)) }) == "consentId")
  }

  /// Received at 17, decided after the 18th birthday: with the consent the parent keeps standing;
  /// without it the request moves to holderChanged (items 1 and 2 together).
  @Test(arguments: [true, false])
  func theEighteenthBirthdayBetweenReceiptAndDecision(withConsent: Bool) throws {
    var desk = Desk()
    let r = try desk.open(.results, born: "2008-11-27", by: .parent, received: "2026-11-20")
    #expect(r.entitled)
    if withConsent { desk.consent(givenOn: "2026-11-27") }
    let d = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-27T09:00:00+01:00"))
    #expect(d.status == (withConsent ? .decided : .holderChanged))
    #expect((d.json["consentAtDecision"] != nil) == withConsent)
  }
}
