import Foundation
import JSON
import JSONRPC
import Testing
import Wording

@testable import Service

/// The breach, complaint and communication answers in both languages (issue 16 §1): the same
/// call with `language: nl` and `language: en` on the same records gives the Dutch and the
/// English text, while the field named, the duty, the code and every enum value stay the same.
@Suite struct BreachComplaintLanguageTests {
  /// A service pinned at 2026-11-29T10:00:00+01:00, called by the privacy officer who is also the
  /// confidential counsellor (breaches and dossiers in one bench).
  struct Bench {
    let service: AvgdService

    init() throws { service = try makeService(roles: [.privacyOfficer, .confidentialCounsellor]) }

    /// The result or the error.
    func call(_ method: String, _ params: JSONObject) -> Result<JSONValue, RPCError> {
      service.server.call(method, params: params, peer: testPeer)
    }

    /// The result, or the error thrown.
    func ok(_ method: String, _ params: JSONObject) throws -> JSONValue { try call(method, params).get() }
  }

  /// One call in both languages: the records `setup` makes, the call, where its text is, and the
  /// text in each language (`exact`: the whole text; else the text must contain it).
  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let setup: @Sendable (Bench) throws -> Void
    let method: String
    let params: JSONObject
    let path: [String]
    let nl: String
    let en: String
    var exact = true
    /// Other texts in the answer (blanked before the two answers are compared).
    var otherTexts: [[String]] = []
    var description: String { name }
  }

  /// A data breach the school became aware of on Friday afternoon (reportBy Monday 16:30).
  static let friday: @Sendable (Bench) throws -> Void = { s in
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "lijst kwijt", "awareAt": "2026-11-27T16:30:00+01:00"])
  }

  /// That breach assessed high risk and reported to the AP, nobody told yet.
  static let reportedHighRisk: @Sendable (Bench) throws -> Void = { s in
    try friday(s)
    _ = try s.ok("breaches.assess", [
      "id": "D-2026-0001", "risk": "high", "riskRationale": "cijfers van minderjarigen", "assessedBy": ["name": "A", "role": "FG"],
      "assessedAt": "2026-11-28T09:00:00+01:00",
    ])
    _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-1"])
  }

  static let cases: [Case] = [
    Case(
      name: "closing before the art. 34 notice", setup: reportedHighRisk, method: "breaches.close",
      params: ["id": "D-2026-0001", "closedAt": "2026-11-29T09:00:00+01:00"], path: ["data", "reason"],
      nl: "informeer eerst de betrokkenen: het hoge risico vraagt om een mededeling (breaches.notifySubjects; AVG art. 34 lid 1)",
      en: "tell the people first: the high risk calls for a notice (breaches.notifySubjects; AVG art. 34(1))"),
    Case(
      name: "closing before the assessment", setup: friday, method: "breaches.close",
      params: ["id": "D-2026-0001", "closedAt": "2026-11-29T09:00:00+01:00"], path: ["data", "reason"],
      nl: "beoordeel eerst het risico van het datalek (breaches.assess; AVG art. 33 lid 5)",
      en: "assess the breach's risk first (breaches.assess; AVG art. 33(5))"),
    Case(
      name: "a late report without reasons",
      setup: { s in
        _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "lijst kwijt", "awareAt": "2026-11-25T09:00:00+01:00"])
      },
      method: "breaches.reportToAuthority",
      params: ["id": "D-2026-0001", "reportedAt": "2026-11-29T09:00:00+01:00", "reference": "M-1"], path: ["data", "reason"],
      nl: "de melding is na de termijn van 72 uur (2026-11-28T09:00:00+01:00), dus AVG art. 33 lid 1 vraagt de redenen voor de vertraging",
      en: "the report is after the 72-hour deadline 2026-11-28T09:00:00+01:00, so art. 33(1) requires the reasons for the delay"),
    Case(
      name: "occurred after aware", setup: { _ in }, method: "breaches.register",
      params: [
        "kind": "dataBreach", "summary": "lijst kwijt", "awareAt": "2026-11-27T16:30:00+01:00",
        "occurredAt": "2026-11-28T16:30:00+01:00",
      ],
      path: ["data", "reason"],
      nl: "ligt na awareAt: de school kan niet op de hoogte zijn van iets voordat het gebeurde",
      en: "is after awareAt: the school cannot be aware of something before it happened"),
    Case(
      name: "reclassified to a data breach without awareAt",
      setup: { s in
        _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "laptop weg", "awareAt": "2026-11-27T16:30:00+01:00"])
      },
      method: "breaches.reclassify", params: ["id": "D-2026-0001", "kind": "dataBreach", "reason": "er stonden leerlinggegevens op"],
      path: ["data", "reason"],
      nl: "een registratie die een dataBreach wordt, heeft het moment nodig waarop de school wist dat persoonsgegevens waren getroffen",
      en: "a record that becomes a dataBreach needs the moment the school became aware that personal data was breached", exact: false),
    Case(
      name: "a derived field may not be corrected", setup: friday, method: "breaches.correct",
      params: ["id": "D-2026-0001", "fields": ["reportBy": "2026-12-01T16:30:00+01:00"], "reason": "typefout"],
      path: ["data", "reason"],
      nl: "afgeleid: 72 uur na awareAt (of breachAwareAt); verbeter die",
      en: "derived: 72 hours from awareAt (or breachAwareAt); correct those", exact: false),
    Case(
      name: "a correction that makes the report late leaves review notes",
      setup: { s in
        try friday(s)
        _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-1"])
      },
      method: "breaches.correct",
      params: [
        "id": "D-2026-0001", "fields": ["awareAt": "2026-11-24T09:00:00+01:00"], "reason": "de docent meldde het eerder",
        "lateReason": "pas later doorgegeven",
      ],
      path: ["correction", "review", "1"],
      nl: "Met de verbeterde gegevens is de melding aan de AP te laat: geef de redenen voor de vertraging door met breaches.followUp (AVG art. 33(1)).",
      en: "With the corrected facts the AP report is late: pass the reasons for the delay on with breaches.followUp (AVG art. 33(1)).",
      otherTexts: [["correction", "review", "0"]]),
    Case(
      name: "the AP form of a near miss",
      setup: { s in
        _ = try s.ok("breaches.register", ["kind": "nearMiss", "summary": "phishing", "awareAt": "2026-11-27T16:30:00+01:00"])
      },
      method: "breaches.apForm", params: ["id": "D-2026-0001"], path: ["data", "reason"],
      nl: "D-2026-0001 is een nearMiss en geen datalek: alleen een datalek wordt bij de AP gemeld (AVG art. 33 lid 1)",
      en: "D-2026-0001 is a nearMiss and not a data breach: only a data breach is notified to the AP (AVG art. 33(1))"),
    Case(
      name: "a late reason for a correction that changes no lateness",
      setup: { s in
        try friday(s)
        _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-1"])
      },
      method: "breaches.correct",
      params: ["id": "D-2026-0001", "fields": ["summary": "lijst met cijfers kwijt"], "reason": "onvolledig", "lateReason": "x"],
      path: ["data", "reason"],
      nl: "de verbetering maakt de melding aan de AP niet te laat (die was op tijd en blijft dat)",
      en: "the correction does not make the AP report late (it was in time and stays so)"),
    Case(
      name: "a dossier without explicit consent", setup: { _ in }, method: "complaints.open",
      params: [
        "complainant": ["name": "S. de Vries", "role": "student"], "description": "opmerkingen in de klas",
        "consent": ["givenBy": "S. de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": false],
        "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": "2026-11-02T10:15:00+01:00",
      ],
      path: ["data", "reason"],
      nl: "moet true zijn: een dossier vraagt de uitdrukkelijke toestemming van de klager (S&V; besluit 47)",
      en: "must be true: a dossier needs the complainant's explicit consent (S&V; decision 47)"),
    Case(
      name: "the counsellor's prompt", setup: { _ in }, method: "complaints.open",
      params: [
        "complainant": ["name": "S. de Vries", "role": "student"], "description": "opmerkingen in de klas",
        "consent": ["givenBy": "S. de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": true],
        "counsellor": ["name": "Extern bureau", "isStaff": false], "openedAt": "2026-11-02T10:15:00+01:00",
      ],
      path: ["prompt", "text"],
      nl: "Als externe vertrouwenspersoon heb je geen meldplicht aan het bevoegd gezag.",
      en: "As an external counsellor you have no duty to report to the board.", exact: false,
      otherTexts: [["prompt", "source"]]),
    Case(
      name: "recipient names on a general notice", setup: { _ in }, method: "communication.check",
      params: ["text": "Beste ouders, er is iets gebeurd.", "audience": "general", "recipientNames": ["Fam. Jansen"]],
      path: ["data", "reason"],
      nl: "hoort alleen bij audience affected: een algemeen bericht noemt niemand",
      en: "is only for audience affected: a general notice names nobody"),
  ]

  /// The answer (result or error) as JSON: `{result}` members, or `{code, message, data}`.
  static func answer(_ s: Bench, _ method: String, _ params: JSONObject) -> JSONValue {
    switch s.call(method, params) {
    case .success(let v): return v
    case .failure(let e): return ["code": .int(e.code.rawValue), "data": e.data ?? .null]
    }
  }

  /// The value at `path` (object members; a number indexes an array).
  static func at(_ v: JSONValue, _ path: [String]) -> JSONValue? {
    path.reduce(Optional(v)) { v, key in
      if let i = Int(key) { return v?.arrayValue.flatMap { i < $0.count ? $0[i] : nil } }
      return v?[key]
    }
  }

  /// `v` with the value at `path` blanked, so the two languages' answers can be compared whole.
  static func blanking(_ v: JSONValue, _ path: [String]) -> JSONValue {
    guard let key = path.first else { return .string("") }
    switch v {
    case .object(var o):
      if let inner = o[key] { o[key] = blanking(inner, Array(path.dropFirst())) }
      return .object(o)
    case .array(var a):
      if let i = Int(key), i < a.count { a[i] = blanking(a[i], Array(path.dropFirst())) }
      return .array(a)
    default:
      return v
    }
  }

  @Test(arguments: cases) func theAnswerInBothLanguages(_ c: Case) throws {
    var answers: [Language: JSONValue] = [:]
    for language in Language.allCases {
      let s = try Bench()
      try c.setup(s)
      var params = c.params
      params["language"] = .string(language.rawValue)
      answers[language] = Self.answer(s, c.method, params)
    }
    let nl = try #require(answers[.nl]), en = try #require(answers[.en])
    let nlText = try #require(Self.at(nl, c.path)?.stringValue, "\(c.name): no text at \(c.path) in \(nl)")
    let enText = try #require(Self.at(en, c.path)?.stringValue, "\(c.name): no text at \(c.path) in \(en)")
    if c.exact {
      #expect(nlText == c.nl)
      #expect(enText == c.en)
    } else {
      #expect(nlText.contains(c.nl), "\(nlText)")
      #expect(enText.contains(c.en), "\(enText)")
    }
    // Everything but the texts is the same: the field named, the duty, the code, the enum values.
    let texts = [c.path] + (c.otherTexts)
    let rest = [nl, en].map { answer in texts.reduce(answer) { Self.blanking($0, $1) } }
    #expect(rest[0] == rest[1], "\(c.name): the answers differ in more than their texts")
  }

  /// `breaches.due` holds no text of avgd's own: its lines are the same in both languages.
  @Test func dueLinesAreTheSameInBothLanguages() throws {
    let s = try Bench()
    try Self.friday(s)
    let nl = try s.ok("breaches.due", ["language": "nl"]), en = try s.ok("breaches.due", ["language": "en"])
    #expect(nl == en)
    #expect(nl["items"]?.arrayValue?.first?["reportBy"] == "2026-11-30T16:30:00+01:00")
  }

  /// The AP form: questions and titles from the catalogue; `language: en` adds their English, and
  /// the values the AP takes stay Dutch in both.
  @Test func theAPFormAddsEnglishAndKeepsDutchValues() throws {
    let s = try Bench()
    try Self.reportedHighRisk(s)
    let nl = try s.ok("breaches.apForm", ["id": "D-2026-0001", "language": "nl"])
    let en = try s.ok("breaches.apForm", ["id": "D-2026-0001", "language": "en"])
    func answer(_ form: JSONValue, _ key: String) -> JSONValue? {
      form["sections"]?.arrayValue?.flatMap { $0["answers"]?.arrayValue ?? [] }.first { $0["key"]?.stringValue == key }
    }
    for form in [nl, en] {
      #expect(form["notification"] == "supplement")
      #expect(answer(form, "about.kind")?["question"] == "Wat voor melding doet u?")
      #expect(answer(form, "about.kind")?["value"] == "Aanvulling op een eerdere melding")
      #expect(form["sections"]?.arrayValue?.first?["title"] == "Over deze melding")
    }
    #expect(answer(nl, "about.kind")?["questionEN"] == nil)
    #expect(answer(en, "about.kind")?["questionEN"] == "What kind of notification is this?")
    #expect(en["sections"]?.arrayValue?.first?["titleEN"] == "About this notification")
    #expect(nl["form"]?["version"] == "Meldformulier datalekken van de Autoriteit Persoonsgegevens, versie in gebruik sinds mei 2021")
    #expect(en["form"]?["version"] == "Data breach notification form of the Autoriteit Persoonsgegevens, version in use since May 2021")
  }

  /// The communication check's suggestions follow the checked message's language (its own
  /// `language` param or the guess of `auto`), not the call's.
  @Test func suggestionsFollowTheMessagesLanguage() throws {
    let s = try Bench()
    let dutch = try s.ok("communication.check", ["text": "Beste ouders, een leerling is ziek.", "audience": "general", "language": "auto"])
    #expect(dutch["language"] == "nl")
    #expect(dutch["findings"]?.arrayValue?.first?["suggestion"]?.stringValue?.hasPrefix("Laat 'ziek' weg: het verwijst naar gezondheid (bijzonder persoonsgegeven, AVG art. 9)") == true)
    let english = try s.ok("communication.check", ["text": "Dear parents, a student is sick.", "audience": "general", "language": "en"])
    #expect(english["findings"]?.arrayValue?.first?["suggestion"]?.stringValue?.hasPrefix("Leave out 'sick': it points to health (a special category, AVG art. 9)") == true)
  }
}
