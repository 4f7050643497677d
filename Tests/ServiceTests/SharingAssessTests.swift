import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// `sharing.assess`: each step of the NJi step plan with a passing and a failing case, the kept
/// assessment, and `sharing.record` refusing a disclosure whose assessment said stop.
@Suite struct SharingAssessTests {
  /// The pinned service (2026-11-29), called as "fg", with consent C-2026-0001 for student 4521
  /// (born 2012-05-10, 14) given by a parent for the class photo.
  let s: InProcess

  init() throws {
    s = try InProcess(user: "fg")
    _ = try s.ok("consents.record", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "scope": ["name", "class", "health"], "purpose": "class photo by the school photographer", "givenOn": "2026-09-01",
    ])
  }

  static let student4521: JSONValue = ["id": "4521", "birthDate": "2012-05-10"]

  /// A plan on consent that passes every step.
  static let photo: JSONObject = [
    "recipient": "Fotostudio De Lens", "purpose": "class photo by the school photographer", "legalBasis": "AVG6_1a",
    "dataCategories": ["name", "class"], "students": [student4521], "consentId": "C-2026-0001",
  ]

  /// A plan on a legal obligation that passes steps 1–4 and 6.
  static let absence: JSONObject = [
    "recipient": "Leerplicht gemeente Haarlem", "purpose": "report of unauthorised absence", "legalBasis": "AVG6_1c",
    "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "absence"], "students": [student4521],
  ]

  /// `base` with `changes` applied (`.null` removes a member).
  static func with(_ base: JSONObject, _ changes: JSONObject) -> JSONObject {
    var o = base
    for m in changes { o[m.key] = m.value == .null ? nil : m.value }
    return o
  }

  /// Step `n` of an assessment.
  static func step(_ a: JSONValue, _ n: Int) -> JSONValue? { a["steps"]?.arrayValue?.first { $0["step"]?.intValue == n } }

  /// Per step: a plan, the step's outcome, and a phrase its reason must contain.
  static let cases: [(name: String, plan: JSONObject, step: Int, outcome: String, reason: String)] = [
    ("purpose passes", photo, 1, "passed", "Het doel is concreet"),
    ("vague purpose", with(absence, ["purpose": "overleg"]), 1, "needsAction", "te algemeen"),
    ("commercial purpose without consent", with(absence, ["purpose": "marketing of the new school app"]), 1, "stop", "commercieel"),
    ("compatibility not weighed", with(absence, ["legalBasis": .null, "specificLaw": .null]), 1, "needsAction", "art. 6 lid 4"),
    ("consent by the right person", photo, 2, "passed", "geldige toestemming"),
    ("law named", absence, 2, "passed", "Leerplichtwet 1969 art. 21a"),
    ("legal obligation without its law", with(absence, ["specificLaw": .null]), 2, "stop", "art. 6 lid 3"),
    ("legitimate interests", with(absence, ["legalBasis": "AVG6_1f", "specificLaw": .null]), 2, "stop", "laatste alinea"),
    ("consent not yet asked", with(photo, ["consentId": .null]), 2, "needsAction", "nog geen toestemming"),
    ("consent of another student", with(photo, ["students": [["id": "9999", "birthDate": "2012-01-01"]]]), 2, "stop", "niet voor 9999"),
    ("no basis yet: leerplicht hint", with(absence, ["legalBasis": .null, "specificLaw": .null]), 2, "needsAction", "Leerplichtwet"),
    ("no special data", absence, 3, "passed", "geen bijzondere"),
    ("health on a public task without exception", with(absence, ["legalBasis": "AVG6_1e", "dataCategories": ["name", "health"]]), 3, "stop", "Art. 9 lid 1"),
    ("health with an art. 9 exception", with(absence, ["legalBasis": "AVG6_1e", "dataCategories": ["name", "health"], "art9Exception": "UAVG art. 30 lid 2"]), 3, "passed", "UAVG art. 30 lid 2"),
    ("health on explicit consent", with(photo, ["dataCategories": ["name", "health"]]), 3, "passed", "uitdrukkelijk"),
    ("a psychologist's report", with(absence, ["dataCategories": ["name", "report of the psycholoog"], "art9Exception": "UAVG art. 30"]), 3, "stop", "beroepsgeheimhouder"),
    ("Veilig Thuis: the Meldcode route", with(absence, ["recipient": "Veilig Thuis Kennemerland", "purpose": "report of suspected abuse under the Meldcode", "specificLaw": "Wmo 2015 art. 5.2.6", "dataCategories": ["name", "health"]]), 3, "passed", "Meldcode"),
    ("only what leerplicht needs", absence, 4, "passed", "Alleen deze gegevens"),
    ("grades to leerplicht", with(absence, ["dataCategories": ["name", "absence", "grades"]]), 4, "needsAction", "grades"),
    ("the whole file", with(photo, ["dataCategories": ["leerlingdossier"]]), 4, "needsAction", "hele dossier"),
    ("consent is there", photo, 5, "passed", "De toestemming is er"),
    ("legal obligation: inform the parents", absence, 5, "needsAction", "wettelijk vertegenwoordigers"),
    ("recording passes", absence, 6, "passed", "sharing.record"),
    ("recording after a stop", with(absence, ["specificLaw": .null]), 6, "stop", "stap 2 zegt stop"),
    ("recording without a basis", with(absence, ["legalBasis": .null, "specificLaw": .null]), 6, "needsAction", "legalBasis"),
  ]

  @Test(arguments: cases) func eachStep(_ c: (name: String, plan: JSONObject, step: Int, outcome: String, reason: String)) throws {
    let a = try s.ok("sharing.assess", c.plan)
    let step = try #require(Self.step(a, c.step))
    #expect(step["outcome"]?.stringValue == c.outcome, "\(c.name): \(step["reason"]?.stringValue ?? "")")
    #expect(step["reason"]?.stringValue?.contains(c.reason) == true, "\(c.name): \(step["reason"]?.stringValue ?? "")")
    #expect(step["source"]?.stringValue?.isEmpty == false)
    let worst = (a["steps"]?.arrayValue ?? []).compactMap { $0["outcome"]?.stringValue }
    let expected = worst.contains("stop") ? "stop" : worst.contains("needsAction") ? "needsAction" : "passed"
    #expect(a["outcome"]?.stringValue == expected)
  }

  /// Ages on 2026-11-29 decide whom to inform: 15 → representatives, 17 → the student, 19 → the adult student.
  @Test func informingFollowsTheAgeOfEachStudent() throws {
    let a = try s.ok("sharing.assess", Self.with(Self.absence, ["students": [
      ["id": "1", "birthDate": "2011-06-01"], ["id": "2", "birthDate": "2009-06-01"], ["id": "3", "birthDate": "2007-06-01"],
    ]]))
    let details = try #require(Self.step(a, 5)?["details"])
    #expect(details == ["legalRepresentatives": 1, "students": 2, "adultStudents": 1])
    #expect(a["students"] == [["id": "1", "ageOnAssessment": 15], ["id": "2", "ageOnAssessment": 17], ["id": "3", "ageOnAssessment": 19]])
  }

  @Test func theAssessmentIsKeptWithoutBirthDates() throws {
    let a = try s.ok("sharing.assess", Self.photo)
    #expect(a["id"] == "T-2026-0001" && a["outcome"] == "passed" && a["assessedOn"] == "2026-11-29")
    #expect(!JSONWriter.string(a).contains("2012-05-10"))
    #expect(Self.step(a, 6)?["details"]?["sharingRecord"]?["consentId"] == "C-2026-0001")
    #expect(try s.ok("sharing.assess", Self.absence)["id"] == "T-2026-0002")
  }

  @Test func recordRefusesAStopAndLinksAPass() throws {
    let stop = try s.ok("sharing.assess", Self.with(Self.absence, ["specificLaw": .null]))
    let disclosure: JSONObject = Self.with(Self.absence, [
      "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"], "disclosedOn": "2026-11-29",
      "parentsInformedOn": "2026-11-29", "informedHow": "brief", "assessmentId": stop["id"] ?? .null,
    ])
    let refused = try #require(s.error("sharing.record", disclosure))
    #expect(refused.code == .conflict)
    #expect(refused.data?["field"] == "assessmentId")
    let pass = try s.ok("sharing.assess", Self.absence)
    let recorded = try s.ok("sharing.record", Self.with(disclosure, ["assessmentId": pass["id"] ?? .null]))
    #expect(recorded["assessmentId"] == pass["id"])
    let other = Self.with(disclosure, ["recipient": ["name": "Gemeente Bloemendaal", "role": "thirdPartyController"], "assessmentId": pass["id"] ?? .null])
    #expect(s.error("sharing.record", other)?.data?["field"] == "assessmentId")
    #expect(s.error("sharing.record", Self.with(disclosure, ["assessmentId": "T-2026-0404"]))?.code == .notFound)
  }

  @Test func badInputIsRefusedWithTheField() throws {
    #expect(s.error("sharing.assess", Self.with(Self.absence, ["legalBasis": "AVG6_1z"]))?.data?["field"] == "legalBasis")
    #expect(s.error("sharing.assess", Self.with(Self.absence, ["students": [["id": "1", "birthDate": "2030-01-01"]]]))?.data?["field"] == "students[0].birthDate")
    #expect(s.error("sharing.assess", Self.with(Self.absence, ["purpose": .null]))?.code == .invalidParams)
  }
}
