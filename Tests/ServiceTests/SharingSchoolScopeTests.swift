import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// The sharing registers scoped to schools (issue 18 §1): disclosures (`sharing`), their
/// assessments (`sharingAssessments`) and consents (`consents`) keep the school they belong to, so a
/// school's privacy officer records, reads, exports and withdraws only its own school's; a
/// disclosure rests only on a consent and an assessment of its own school; records without a school
/// (the old shape) stay board-level. Callers as in `SchoolScopeTests`: `-A` Noorderschool, `-AB`
/// both schools, `-all` the whole board.
@Suite struct SharingSchoolScopeTests {
  static let noord = SchoolScopeTests.noord
  static let zuid = SchoolScopeTests.zuid

  /// The seeded ids of one owner (a school, or nil: the board).
  struct Owned {
    var consent = "", assessment = "", disclosure = "", uninformed = ""
    /// Register name → the id seeded in it.
    var byRegister: [String: [String]] {
      ["consents": [consent], "sharingAssessments": [assessment], "sharing": [disclosure, uninformed]]
    }
  }

  let service: AvgdService
  /// Owner (school name, "" for the board) → its records.
  var owned: [String: Owned] = [:]

  init() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = try SchoolScopeTests.policy()
    service = try AvgdService(configuration: c)
    for school in [Self.noord, Self.zuid, nil] as [String?] {
      var o = Owned()
      o.consent = try id(ok("consents.record", Self.consent(school: school), as: "all"))
      o.assessment = try id(ok("sharing.assess", Self.assessment(school: school, consent: o.consent), as: "all"))
      o.disclosure = try id(ok("sharing.record", Self.disclosure(school: school, consent: o.consent, assessment: o.assessment), as: "all"))
      o.uninformed = try id(ok("sharing.record", Self.absence(school: school), as: "all"))
      owned[school ?? ""] = o
    }
  }

  // MARK: Params

  /// A parent's consent for student 4521 (14 on the day), given to `school`.
  static func consent(school: String?, student: String = "4521") -> JSONObject {
    var p: JSONObject = [
      "student": ["id": .string(student), "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "scope": ["name", "class"], "purpose": "class photo", "givenOn": "2026-09-01",
    ]
    p["school"] = school.map { .string($0) }
    return p
  }

  /// The assessment of the class photo on `consent`.
  static func assessment(school: String?, consent: String) -> JSONObject {
    var p: JSONObject = [
      "recipient": "Fotostudio De Lens", "purpose": "class photo", "legalBasis": "AVG6_1a", "dataCategories": ["name", "class"],
      "students": [["id": "4521", "birthDate": "2012-05-10"]], "consentId": .string(consent),
    ]
    p["school"] = school.map { .string($0) }
    return p
  }

  /// The class photo disclosed on `consent`, resting on `assessment` when given.
  static func disclosure(school: String?, consent: String, assessment: String? = nil, perStudent: Bool = false) -> JSONObject {
    var p: JSONObject = [
      "recipient": ["name": "Fotostudio De Lens", "role": "thirdPartyController"], "purpose": "class photo",
      "legalBasis": "AVG6_1a", "dataCategories": ["name", "class"], "disclosedOn": "2026-10-05",
    ]
    if perStudent {
      p["students"] = [["id": "4521", "birthDate": "2012-05-10", "consentId": .string(consent)]]
    } else {
      p["students"] = [["id": "4521", "birthDate": "2012-05-10"]]
      p["consentId"] = .string(consent)
    }
    p["assessmentId"] = assessment.map { .string($0) }
    p["school"] = school.map { .string($0) }
    return p
  }

  /// A 17-year-old's absence reported on a legal obligation, nobody told yet: on `sharing.uninformed`.
  static func absence(school: String?) -> JSONObject {
    var p: JSONObject = [
      "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"], "purpose": "absence report",
      "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "absence"],
      "students": [["id": "5120", "birthDate": "2009-04-02"]], "disclosedOn": "2026-11-24",
    ]
    p["school"] = school.map { .string($0) }
    return p
  }

  // MARK: Calls

  /// The answer to `method` called by the privacy officer with scope suffix `scope` (A, AB, all).
  func call(_ method: String, _ params: JSONObject, as scope: String) -> Result<JSONValue, RPCError> {
    service.server.call(method, params: params, peer: SchoolScopeTests.peer(.privacyOfficer, scope))
  }

  func ok(_ method: String, _ params: JSONObject, as scope: String) throws -> JSONValue { try call(method, params, as: scope).get() }

  func error(_ method: String, _ params: JSONObject, as scope: String) -> RPCError? {
    if case .failure(let e) = call(method, params, as: scope) { return e }
    return nil
  }

  func id(_ v: JSONValue) throws -> String { try #require(v["id"]?.stringValue) }

  /// The answer as text with `id` replaced, to compare a foreign id's answer with a missing id's.
  func answer(_ method: String, _ params: JSONObject, id: String, as scope: String) -> String {
    switch call(method, params, as: scope) {
    case .success(let v): return ("ok " + JSONWriter.string(v)).replacingOccurrences(of: id, with: "<id>")
    case .failure(let e): return "\(e.code.rawValue) \(e.message) \(JSONWriter.string(e.data ?? .null))".replacingOccurrences(of: id, with: "<id>")
    }
  }

  /// The owners a caller with suffix `scope` sees.
  static func visible(to scope: String) -> Set<String> {
    switch scope {
    case "A": [noord]
    case "AB": [noord, zuid]
    default: [noord, zuid, ""]
    }
  }

  // MARK: Reads

  /// Per register and scope: list, export and get show exactly the records of the caller's schools
  /// (board-level ones only to the board); another school's id answers as a missing id does.
  @Test(arguments: ["sharing", "consents", "sharingAssessments"])
  func readsShowOnlyTheCallersSchools(register: String) throws {
    let prefix = try #require(RegisterCatalog.kind(named: register)?.idPrefix)
    for scope in ["A", "AB", "all"] {
      let seen = Self.visible(to: scope)
      let expected = Set(owned.filter { seen.contains($0.key) }.flatMap { $0.value.byRegister[register] ?? [] })
      let page = try ok("\(register).list", ["limit": 1000], as: scope)
      let listed = Set((page["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
      #expect(listed == expected, "\(register).list for \(scope)")
      #expect(page["total"]?.intValue == expected.count, "\(register).list total for \(scope)")
      let export = try ok("\(register).export", ["format": "json"], as: scope)
      let exported = Set((export["records"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
      #expect(exported == expected, "\(register).export for \(scope)")
      let missing = answer("\(register).get", ["id": .string("\(prefix)-2026-9999")], id: "\(prefix)-2026-9999", as: scope)
      #expect(missing.hasPrefix("1001 "), "\(missing)")
      for (owner, records) in owned {
        for id in records.byRegister[register] ?? [] {
          if seen.contains(owner) {
            let record = try ok("\(register).get", ["id": .string(id)], as: scope)
            #expect(record["school"]?.stringValue == (owner.isEmpty ? nil : owner), "\(id) keeps its school")
          } else {
            #expect(answer("\(register).get", ["id": .string(id)], id: id, as: scope) == missing, "\(register).get \(id) for \(scope)")
            #expect(answer("\(register).history", ["id": .string(id)], id: id, as: scope)
              == answer("\(register).history", ["id": .string("\(prefix)-2026-9999")], id: "\(prefix)-2026-9999", as: scope))
          }
        }
      }
    }
  }

  /// The board filters each register by `school`; a record without one matches no school.
  @Test(arguments: ["sharing", "consents", "sharingAssessments"])
  func theBoardFiltersBySchool(register: String) throws {
    for school in [Self.noord, Self.zuid] {
      let page = try ok("\(register).list", ["limit": 1000, "school": .string(school)], as: "all")
      let listed = Set((page["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
      #expect(listed == Set(owned[school]?.byRegister[register] ?? []), "\(register).list school \(school)")
      let csv = try #require(try ok("\(register).export", ["format": "csv", "school": .string(school), "language": "en"], as: "all")["csv"]?.stringValue)
      let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
      #expect(rows.count == 1 + listed.count)
      #expect(rows.dropFirst().allSatisfy { $0.contains(",\(school),") }, "the school column: \(rows)")
    }
  }

  /// `sharing.uninformed` and `sharing.recipients` list only the disclosures of the caller's schools.
  @Test func dueListsAndRecipientsSeeOnlyTheCallersSchools() throws {
    for scope in ["A", "AB", "all"] {
      let seen = Self.visible(to: scope)
      let due = try ok("sharing.uninformed", [:], as: scope)
      let ids = Set((due["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
      #expect(ids == Set(owned.filter { seen.contains($0.key) }.map(\.value.uninformed)), "sharing.uninformed for \(scope)")
      #expect(due["count"]?.intValue == seen.count)
      let recipients = try ok("sharing.recipients", ["studentId": "4521"], as: scope)
      let disclosures = Set((recipients["disclosures"]?.arrayValue ?? []).compactMap { $0["disclosureId"]?.stringValue })
      #expect(disclosures == Set(owned.filter { seen.contains($0.key) }.map(\.value.disclosure)), "sharing.recipients for \(scope)")
    }
  }

  // MARK: Writes

  /// Each creating method, by a caller for Noorderschool: its own school is recorded on the record;
  /// another school or none is refused with -32602 on `school`.
  @Test(arguments: [("consents.record", "consents"), ("sharing.assess", "sharingAssessments"), ("sharing.record", "sharing")])
  func aScopedWriteMustNameOneOfItsSchools(method: String, register: String) throws {
    let noord = try #require(owned[Self.noord])
    func params(_ school: String?) -> JSONObject {
      switch method {
      case "consents.record": Self.consent(school: school, student: "4522")
      case "sharing.assess": Self.assessment(school: school, consent: noord.consent)
      default: Self.absence(school: school)
      }
    }
    for (school, allowed) in [(Self.zuid, false), (nil, false), (Self.noord, true)] as [(String?, Bool)] {
      switch call(method, params(school), as: "A") {
      case .success(let v):
        #expect(allowed, "\(method) for \(school ?? "the board") by a caller of Noorderschool")
        #expect(v["school"] == .string(Self.noord))
        #expect(try ok("\(register).get", ["id": .string(try id(v))], as: "A")["school"] == .string(Self.noord))
      case .failure(let e):
        #expect(!allowed, "\(method): \(e)")
        #expect(e.code == .invalidParams && e.data?["field"] == "school", "\(method): \(e)")
      }
    }
  }

  /// A disclosure rests only on a consent and an assessment of its own school (both board-level is
  /// the same): otherwise -32602 naming the field, for the board and for a caller of both schools;
  /// for a caller of one school the other school's consent or assessment is not found (1001).
  /// One cross-school case: who records a disclosure of `school` citing the consent (and
  /// assessment) of which owner ("" the board), and the answer: 0 recorded, else the code and field.
  struct Citing: Sendable, CustomTestStringConvertible {
    var caller: String, school: String?, consent: String, assessment: String? = nil, perStudent = false, code: Int, field = ""
    var testDescription: String { "\(caller): \(school ?? "board") citing \(consent) / \(assessment ?? "-") → \(code) \(field)" }
  }

  @Test(arguments: [
    Citing(caller: "all", school: "Zuiderschool", consent: "Noorderschool", code: -32602, field: "consentId"),
    Citing(caller: "all", school: "Zuiderschool", consent: "Noorderschool", perStudent: true, code: -32602, field: "students[0].consentId"),
    Citing(caller: "all", school: nil, consent: "Noorderschool", code: -32602, field: "consentId"),
    Citing(caller: "all", school: "Noorderschool", consent: "", code: -32602, field: "consentId"),
    Citing(caller: "AB", school: "Zuiderschool", consent: "Noorderschool", code: -32602, field: "consentId"),
    Citing(caller: "A", school: "Noorderschool", consent: "Zuiderschool", code: 1001),
    Citing(caller: "all", school: "Noorderschool", consent: "Noorderschool", assessment: "Zuiderschool", code: -32602, field: "assessmentId"),
    Citing(caller: "all", school: nil, consent: "", assessment: "Noorderschool", code: -32602, field: "assessmentId"),
    Citing(caller: "AB", school: "Noorderschool", consent: "Noorderschool", assessment: "Zuiderschool", code: -32602, field: "assessmentId"),
    Citing(caller: "A", school: "Noorderschool", consent: "Noorderschool", assessment: "Zuiderschool", code: 1001),
    Citing(caller: "A", school: "Noorderschool", consent: "Noorderschool", assessment: "Noorderschool", code: 0),
    Citing(caller: "all", school: nil, consent: "", assessment: "", code: 0),
  ])
  func aDisclosureRestsOnlyOnItsOwnSchoolsConsentAndAssessment(_ c: Citing) throws {
    let (school, code, field) = (c.school, c.code, c.field)
    let consent = try #require(owned[c.consent]?.consent)
    let assessment = c.assessment.flatMap { owned[$0]?.assessment }
    #expect((assessment == nil) == (c.assessment == nil))
    let params = Self.disclosure(school: school, consent: consent, assessment: assessment, perStudent: c.perStudent)
    switch call("sharing.record", params, as: c.caller) {
    case .success(let v):
      #expect(code == 0, "recorded: \(v)")
      #expect(v["school"]?.stringValue == school)
    case .failure(let e):
      #expect(e.code.rawValue == code, "\(e)")
      if code == -32602 {
        #expect(e.data?["field"]?.stringValue == field, "\(e)")
        let reason = e.data?["reason"]?.stringValue ?? ""
        #expect(reason.contains(field == "assessmentId" ? (assessment ?? "?") : consent), "\(reason)")
        #expect(reason.contains(school ?? "hele bestuur"), "\(reason)")
      }
    }
  }

  /// The refusals of another school's consent and assessment, in both languages: same code and
  /// field, the reason in the call's language naming whose record it is.
  @Test(arguments: [
    ("nl", "consentId", "is een toestemming van Noorderschool, deze verstrekking is van Zuiderschool"),
    ("en", "consentId", "is a consent of Noorderschool, this disclosure is of Zuiderschool"),
    ("nl", "assessmentId", "toetste een verstrekking van Noorderschool, deze verstrekking is van Zuiderschool"),
    ("en", "assessmentId", "assessed a disclosure of Noorderschool, this disclosure is of Zuiderschool"),
    ("nl", "board", "is een toestemming van het hele bestuur (geen school), deze verstrekking is van Zuiderschool"),
    ("en", "board", "is a consent of the whole board (no school), this disclosure is of Zuiderschool"),
  ])
  func theSchoolRefusalsInBothLanguages(language: String, cited: String, text: String) throws {
    let (noord, zuid, board) = (try #require(owned[Self.noord]), try #require(owned[Self.zuid]), try #require(owned[""]))
    var params: JSONObject =
      switch cited {
      case "consentId": Self.disclosure(school: Self.zuid, consent: noord.consent)
      case "assessmentId": Self.disclosure(school: Self.zuid, consent: zuid.consent, assessment: noord.assessment)
      default: Self.disclosure(school: Self.zuid, consent: board.consent)
      }
    params["language"] = .string(language)
    let e = try #require(error("sharing.record", params, as: "all"))
    #expect(e.code == .invalidParams)
    #expect(e.data?["field"]?.stringValue == (cited == "board" ? "consentId" : cited))
    #expect(e.data?["reason"]?.stringValue?.contains(text) == true, "\(e)")
  }

  /// The assessment weighs only consents of its own school: another school's consent does not pass step 2.
  @Test func anAssessmentCountsOnlyItsOwnSchoolsConsent() throws {
    let noord = try #require(owned[Self.noord])
    let other = try ok("sharing.assess", Self.assessment(school: Self.zuid, consent: noord.consent), as: "all")
    let step2 = try #require(other["steps"]?.arrayValue?.first { $0["step"] == 2 })
    #expect(step2["outcome"] != "passed", "\(step2)")
    #expect(step2["reason"]?.stringValue?.contains(Self.noord) == true, "\(step2)")
    let own = try ok("sharing.assess", Self.assessment(school: Self.noord, consent: noord.consent), as: "A")
    #expect(own["steps"]?.arrayValue?.first { $0["step"] == 2 }?["outcome"] == "passed")
  }

  /// A withdrawal and an informing act on the record's own school: it keeps its school; a caller of
  /// another school gets 1001 as for a missing id.
  @Test func aWithdrawalAndAnInformingActWhereTheRecordBelongs() throws {
    let (noord, zuid) = (try #require(owned[Self.noord]), try #require(owned[Self.zuid]))
    let by: JSONValue = ["relationship": "parent", "name": "M. Jansen"]
    let withdraw = { (id: String) -> JSONObject in ["consentId": .string(id), "withdrawnOn": "2026-11-20", "by": by] }
    let missing = answer("sharing.withdrawConsent", withdraw("C-2026-9999"), id: "C-2026-9999", as: "A")
    #expect(missing.hasPrefix("1001 "), "\(missing)")
    #expect(answer("sharing.withdrawConsent", withdraw(zuid.consent), id: zuid.consent, as: "A") == missing)
    let withdrawn = try ok("sharing.withdrawConsent", withdraw(noord.consent), as: "A")
    #expect(withdrawn["status"] == "withdrawn")
    #expect(withdrawn["school"] == .string(Self.noord))
    let inform = { (id: String) -> JSONObject in ["id": .string(id), "whom": "student", "on": "2026-11-27", "how": "letter"] }
    let none = answer("sharing.informed", inform("S-2026-9999"), id: "S-2026-9999", as: "A")
    #expect(answer("sharing.informed", inform(zuid.uninformed), id: zuid.uninformed, as: "A") == none)
    let told = try ok("sharing.informed", inform(noord.uninformed), as: "A")
    #expect(told["school"] == .string(Self.noord))
    #expect(told["informingDue"] == false)
  }

  /// A parent's results request for a student of 18 rests only on the student's consent given to the
  /// request's school: another school's is not looked up, and named it is -32602 on `consentId`.
  @Test func aRequestDecidesOnlyOnItsOwnSchoolsConsent() throws {
    func consent(_ school: String) throws -> String {
      try id(ok("consents.record", [
        "student": ["id": "S-18", "birthDate": "2008-03-15"], "givenBy": ["relationship": "student", "name": "L. de Boer"],
        "scope": ["results"], "purpose": "my parents see my results", "givenOn": "2026-11-25", "school": .string(school),
      ], as: "all"))
    }
    let request = try id(ok("requests.open", [
      "type": "results", "student": ["id": "S-18", "birthDate": "2008-03-15"], "requester": ["relationship": "parent"],
      "receivedOn": "2026-11-20", "school": .string(Self.noord),
    ], as: "all"))
    var grant: JSONObject = [
      "id": .string(request), "decision": "granted", "decidedBy": ["name": "A. Jansen", "role": "director"],
      "decidedAt": "2026-11-28T09:00:00+01:00",
    ]
    let zuid = try consent(Self.zuid)
    #expect(error("requests.decide", grant, as: "all")?.code == .notEntitled, "another school's consent is not looked up")
    grant["consentId"] = .string(zuid)
    let named = try #require(error("requests.decide", grant, as: "all"))
    #expect(named.code == .invalidParams && named.data?["field"] == "consentId", "\(named)")
    #expect(named.data?["reason"]?.stringValue?.contains(Self.zuid) == true)
    let noord = try consent(Self.noord)
    grant["consentId"] = nil
    let decided = try ok("requests.decide", grant, as: "A")
    #expect(decided["consentAtDecision"]?["id"] == .string(noord))
  }

  /// A consent and a disclosure journaled before these registers kept a school (no `school`
  /// member) are read as before and are board-level: the board sees and cites them, a school's
  /// caller does not find them, and a school's disclosure cannot rest on the old consent.
  @Test func recordsInTheOldShapeStayBoardLevel() throws {
    let old: JSONObject = [
      "id": "C-2025-0001", "status": "given", "student": ["id": "4521", "birthDate": "2012-05-10"],
      "givenBy": ["relationship": "parent", "name": "M. Jansen"], "scope": ["name", "class"], "purpose": "class photo",
      "givenOn": "2025-09-01", "ageOnGiving": 13, "holderBasis": "UAVG art. 5 lid 1", "studentTakesOverOn": "2028-05-10",
      "registeredAt": "2025-09-01T10:00:00+02:00", "registeredBy": "fg",
    ]
    try service.ledger.write("consents", actor: "fg", at: "2025-09-01T10:00:00+02:00") { _ throws(RegisterError) in
      RegisterChange(type: "consents.recorded", id: "C-2025-0001", record: old, change: [:])
    }
    let read = try ok("consents.get", ["id": "C-2025-0001"], as: "all")
    #expect(read["purpose"] == "class photo")
    #expect(read["school"] == nil)
    #expect(error("consents.get", ["id": "C-2025-0001"], as: "AB")?.code == .notFound)
    #expect(!JSONWriter.string(try ok("consents.list", ["limit": 1000], as: "AB")).contains("C-2025-0001"))
    let boardLevel = try ok("sharing.record", Self.disclosure(school: nil, consent: "C-2025-0001"), as: "all")
    #expect(boardLevel["students"]?.arrayValue?.first?["consentId"] == "C-2025-0001")
    #expect(error("sharing.record", Self.disclosure(school: Self.noord, consent: "C-2025-0001"), as: "all")?.data?["field"] == "consentId")
  }
}
