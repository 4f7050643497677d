import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The answers of `processing.check`, `processors.check`, `sharing.assess` and the refusals of
/// `sharing.record` (and the registers' own refusals) in both languages (issue 16 §1): the same
/// call with `language: nl` and `language: en` gives each language's text, while codes, fields,
/// severities, outcomes and step names stay the same.
@Suite struct SharingProcessingLanguageTests {
  /// One call answered in both languages.
  struct Case: Sendable, CustomTestStringConvertible {
    /// What the case shows.
    let name: String
    /// Calls made first, once, in Dutch (their texts do not matter here).
    let setup: [Call]
    /// The call made in both languages.
    let call: Call
    /// The text in the answer (result, or the error as `{code, message, data}`).
    let text: @Sendable (JSONValue) -> String?
    /// What must be the same in both languages.
    let shape: @Sendable (JSONValue) -> JSONValue
    /// A phrase of the Dutch text.
    let nl: String
    /// A phrase of the English text.
    let en: String

    var testDescription: String { name }
  }

  /// A method and its params.
  struct Call: Sendable {
    let method: String
    let params: JSONObject
    init(_ method: String, _ params: JSONObject) {
      self.method = method
      self.params = params
    }
  }

  /// The finding with `code` in a check's answer: its message.
  static func finding(_ code: String) -> @Sendable (JSONValue) -> String? {
    { r in r["findings"]?.arrayValue?.first { $0["code"]?.stringValue == code }?["message"]?.stringValue }
  }

  /// A check's findings without their messages.
  static let findingShape: @Sendable (JSONValue) -> JSONValue = { r in
    .array((r["findings"]?.arrayValue ?? []).map { f in ["id": f["id"] ?? .null, "severity": f["severity"] ?? .null, "code": f["code"] ?? .null, "field": f["field"] ?? .null] })
  }

  /// Step `n`'s `member` in an assessment.
  static func step(_ n: Int, _ member: String) -> @Sendable (JSONValue) -> String? {
    { r in r["steps"]?.arrayValue?.first { $0["step"]?.intValue == n }?[member]?.stringValue }
  }

  /// An assessment without its texts (and without its id, which counts up).
  static let assessmentShape: @Sendable (JSONValue) -> JSONValue = { r in
    ["outcome": r["outcome"] ?? .null,
     "steps": .array((r["steps"]?.arrayValue ?? []).map { s in ["step": s["step"] ?? .null, "name": s["name"] ?? .null, "outcome": s["outcome"] ?? .null, "details": s["details"] ?? .null] })]
  }

  /// An error's reason.
  static let reason: @Sendable (JSONValue) -> String? = { e in e["data"]?["reason"]?.stringValue }

  /// An error without its texts.
  static let errorShape: @Sendable (JSONValue) -> JSONValue = { e in ["code": e["code"] ?? .null, "field": e["data"]?["field"] ?? .null] }

  /// A plan to youth care with a diagnosis on a public task, without exception: step 3 says stop.
  static let diagnosis: JSONObject = [
    "recipient": "Jeugdhulp Kennemerland", "purpose": "referral for support at home after a request by the parents",
    "legalBasis": "AVG6_1e", "specificLaw": "Jeugdwet art. 2.1", "dataCategories": ["name", "diagnosis"],
    "students": [["id": "6012", "birthDate": "2015-06-20"]],
  ]

  /// The disclosure `diagnosis` plans, resting on its assessment T-2026-0001.
  static let diagnosisRecord: JSONObject = [
    "recipient": ["name": "Jeugdhulp Kennemerland", "role": "thirdPartyController"],
    "purpose": "referral for support at home after a request by the parents", "legalBasis": "AVG6_1e",
    "specificLaw": "Jeugdwet art. 2.1", "dataCategories": ["name", "diagnosis"],
    "students": [["id": "6012", "birthDate": "2015-06-20"]], "disclosedOn": "2026-11-20", "assessmentId": "T-2026-0001",
  ]

  /// A disclosure on a legal obligation.
  static let absence: JSONObject = [
    "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"], "purpose": "absence report",
    "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "absence"],
    "students": [["id": "4521", "birthDate": "2012-05-10"]], "disclosedOn": "2026-11-16",
  ]

  /// `base` with `changes` applied (`.null` removes a member).
  static func with(_ base: JSONObject, _ changes: JSONObject) -> JSONObject {
    var o = base
    for m in changes { o[m.key] = m.value == .null ? nil : m.value }
    return o
  }

  static let cases: [Case] = [
    Case(
      name: "processing.check: no retention period", setup: [Call("processing.register", ProcessingExamples.cameras)],
      call: Call("processing.check", [:]), text: finding("retentionMissing"), shape: findingShape,
      nl: "Geen bewaartermijn: leg vast hoe lang", en: "No retention period: record how long"),
    Case(
      name: "processing.check: DPIA required", setup: [Call("processing.register", ProcessingExamples.cameras)],
      call: Call("processing.check", [:]), text: finding("dpiaRequired"), shape: findingShape,
      nl: "DPIA verplicht: de verwerking staat op de DPIA-lijst van de AP", en: "DPIA required: the processing is on the AP's DPIA list"),
    Case(
      name: "processors.check: an older model", setup: [Call("processors.register", ProcessorExamples.olderModel)],
      call: Call("processors.check", [:]), text: finding("olderModel"), shape: findingShape,
      nl: "overweeg over te stappen op model 4.0", en: "consider upgrading to model 4.0"),
    Case(
      name: "processors.check: a product without bijsluiter", setup: [Call("processors.register", ProcessorExamples.olderModel)],
      call: Call("processors.check", [:]), text: finding("annexMissing"), shape: findingShape,
      nl: "Geen privacybijsluiter vastgelegd voor \"Oefenapp\"", en: "No privacybijsluiter recorded for \"Oefenapp\""),
    Case(
      name: "sharing.assess: step 3 says stop", setup: [], call: Call("sharing.assess", diagnosis), text: step(3, "reason"),
      shape: assessmentShape, nl: "Zo gepland mag dit niet: diagnosis.", en: "This may not go ahead as planned: diagnosis."),
    Case(
      name: "sharing.assess: step 5's question", setup: [], call: Call("sharing.assess", diagnosis), text: step(5, "question"),
      shape: assessmentShape, nl: "Wie moet de school informeren", en: "Whom must the school inform"),
    Case(
      name: "sharing.assess: legitimate interests stop", setup: [],
      call: Call("sharing.assess", with(diagnosis, ["legalBasis": "AVG6_1f", "specificLaw": .null])), text: step(2, "reason"),
      shape: assessmentShape, nl: "Gerechtvaardigd belang (art. 6 lid 1 onder f)", en: "Legitimate interests (art. 6(1)(f))"),
    Case(
      name: "sharing.assess refuses a birth date after today", setup: [],
      call: Call("sharing.assess", with(diagnosis, ["students": [["id": "6012", "birthDate": "2026-12-01"]]])), text: reason,
      shape: errorShape, nl: "de geboortedatum 2026-12-01 ligt na vandaag, 2026-11-29", en: "the birth date 2026-12-01 is after today, 2026-11-29"),
    Case(
      name: "sharing.record refuses a disclosure whose assessment said stop", setup: [Call("sharing.assess", diagnosis)],
      call: Call("sharing.record", diagnosisRecord), text: reason, shape: errorShape,
      nl: "T-2026-0001 zei stop, dus deze verstrekking mag niet plaatsvinden", en: "T-2026-0001 said stop, so this disclosure must not happen"),
    Case(
      name: "sharing.record refuses a legal obligation without its law", setup: [],
      call: Call("sharing.record", with(absence, ["specificLaw": .null])), text: reason, shape: errorShape,
      nl: "een verstrekking op AVG6_1c moet de wet noemen", en: "a disclosure on AVG6_1c must name the law"),
    Case(
      name: "sharing.record refuses a consent with another basis", setup: [],
      call: Call("sharing.record", with(absence, ["consentId": "C-2026-0001"])), text: reason, shape: errorShape,
      nl: "bij AVG6_1c informeert de school in plaats daarvan", en: "with AVG6_1c the school informs instead"),
    Case(
      name: "sharing.record refuses a disclosure in the future", setup: [],
      call: Call("sharing.record", with(absence, ["disclosedOn": "2026-12-01"])), text: reason, shape: errorShape,
      nl: "2026-12-01 ligt in de toekomst (vandaag is het 2026-11-29)", en: "2026-12-01 is in the future (today is 2026-11-29)"),
    Case(
      name: "sharing.record refuses telling only the parents of an adult", setup: [],
      call: Call("sharing.record", with(absence, [
        "students": [["id": "7001", "birthDate": "2008-01-01"]],
        "informed": [["whom": "legalRepresentatives", "on": "2026-11-16", "how": "brief"]],
      ])), text: reason, shape: errorShape,
      nl: "leerling 7001 is 18: een meerderjarige wordt zelf geïnformeerd", en: "student 7001 is 18: an adult is informed personally"),
    Case(
      name: "sharing.record warns that nobody was told", setup: [], call: Call("sharing.record", absence),
      text: { r in r["warnings"]?.arrayValue?.first?["text"]?.stringValue },
      shape: { r in ["warnings": .array((r["warnings"]?.arrayValue ?? []).map { ["kind": $0["kind"] ?? .null, "students": $0["students"] ?? .null] })] },
      nl: "Niemand is geïnformeerd over deze verstrekking", en: "Nobody has been informed of this disclosure"),
    Case(
      name: "processing.register refuses a legal obligation without its law", setup: [],
      call: Call("processing.register", with(ProcessingExamples.openDay, ["legalBasis": ["letter": "c"]])), text: reason, shape: errorShape,
      nl: "een grondslag in art. 6 lid 1 sub c moet de wet noemen", en: "a basis in art. 6(1)(c) must name the law"),
    Case(
      name: "processors.register refuses a KvK number of 7 digits", setup: [],
      call: Call("processors.register", with(ProcessorExamples.clean, [
        "supplier": ["name": "Leerlingdata B.V.", "kvk": "1234567", "convenantStatus": "participant", "convenantCheckedOn": "2026-09-01"],
      ])), text: reason, shape: errorShape,
      nl: "een KvK-nummer heeft 8 cijfers, niet \"1234567\"", en: "a KvK number has 8 digits, got \"1234567\""),
  ]

  /// The answer to `call` in `language`: the result, or the error as `{code, message, data}`.
  static func answer(_ s: InProcess, _ call: Call, _ language: String) -> JSONValue {
    var params = call.params
    params["language"] = .string(language)
    switch s.call(call.method, params) {
    case .success(let v): return v
    case .failure(let e): return e.json
    }
  }

  @Test(arguments: cases) func bothLanguages(_ c: Case) throws {
    // A fresh service per language, so both calls see the same registers (ids included).
    var answers: [String: JSONValue] = [:]
    for language in ["nl", "en"] {
      let s = try InProcess(user: "fg")
      for step in c.setup { _ = try s.ok(step.method, step.params) }
      answers[language] = Self.answer(s, c.call, language)
    }
    let (nl, en) = (answers["nl"] ?? .null, answers["en"] ?? .null)
    let nlText = try #require(c.text(nl), "no text in the Dutch answer: \(JSONWriter.string(nl))")
    let enText = try #require(c.text(en), "no text in the English answer: \(JSONWriter.string(en))")
    #expect(nlText.contains(c.nl), "Dutch: \(nlText)")
    #expect(enText.contains(c.en), "English: \(enText)")
    #expect(nlText != enText)
    #expect(c.shape(nl) == c.shape(en), "names and values differ between the languages")
    #expect(c.shape(nl) != .array([]) && c.shape(nl) != .null)
  }
}
