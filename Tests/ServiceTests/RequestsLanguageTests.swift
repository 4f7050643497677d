import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The requests methods answer in the call's language (issue 16 §1): the same call on two services
/// in the same state, once with `language: nl` and once with `en`, gives each language's text where
/// the answer holds one (a refusal's `data.reason`, a record's `route.nextStep`), and the same
/// codes, fields, members and enum values in both.
@Suite struct RequestsLanguageTests {
  /// One call: the state it needs, its params, where the text is and a piece of it per language.
  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let method: String
    /// Brings a fresh service to the state the call needs (nothing by default).
    let setup: @Sendable (InProcess) throws -> Void
    let params: JSONObject
    /// The path of the text: `data.reason` of the error, or a member path in the result.
    let path: [String]
    let nl: String
    let en: String

    var description: String { name }
  }

  /// A parent's access request for a student turning 16 on 2026-11-27, received on `on`.
  static func openNearSixteen(on: String) -> @Sendable (InProcess) throws -> Void {
    { s in
      _ = try s.ok("requests.open", [
        "type": "access", "student": ["id": "S-1", "birthDate": "2010-11-27"], "requester": ["relationship": "parent"],
        "receivedOn": .string(on),
      ])
    }
  }

  static let director: JSONValue = ["name": "A. Jansen", "role": "director"]

  static let cases: [Case] = [
    Case(
      name: "open: a student's own request under 16 names the next step", method: "requests.open", setup: { _ in },
      params: [
        "type": "access", "student": ["id": "S-5", "birthDate": "2013-06-02"], "requester": ["relationship": "student"],
        "receivedOn": "2026-11-28",
      ],
      path: ["route", "nextStep"], nl: "Geregistreerd en niet afgewezen (rules.md besluit 7)",
      en: "Registered and not turned away (rules.md decision 7)"),
    Case(
      name: "open: no receipt", method: "requests.open", setup: { _ in },
      params: ["type": "access", "student": ["id": "S-1", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"]],
      path: ["data", "reason"], nl: "geef precies één van receivedAt en receivedOn",
      en: "give exactly one of receivedAt and receivedOn"),
    Case(
      name: "open: an externalRef that is another request", method: "requests.open",
      setup: { s in
        _ = try s.ok("requests.open", [
          "type": "access", "student": ["id": "S-1", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"],
          "receivedOn": "2026-11-20", "externalRef": "SIS-1",
        ])
      },
      params: [
        "type": "erasure", "student": ["id": "S-1", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"],
        "receivedOn": "2026-11-20", "externalRef": "SIS-1",
      ],
      path: ["data", "reason"], nl: "externalRef SIS-1 is al verzoek R-2026-0001 met type access, niet erasure",
      en: "externalRef SIS-1 is already request R-2026-0001 with type access, not erasure"),
    Case(
      name: "extend: the notice after the first month", method: "requests.extend", setup: openNearSixteen(on: "2026-10-20"),
      params: ["id": "R-2026-0001", "reason": "three systems", "noticeSentAt": "2026-11-25T10:00:00+01:00"],
      path: ["data", "reason"], nl: "een verlenging moet binnen de eerste maand worden meegedeeld (AVG art. 12(3))",
      en: "an extension must be communicated within the first month (AVG art. 12(3))"),
    Case(
      name: "verifyIdentity: a moment in the future", method: "requests.verifyIdentity",
      setup: openNearSixteen(on: "2026-11-20"),
      params: ["id": "R-2026-0001", "method": "shown at the desk", "verifiedAt": "2026-12-01T09:00:00+01:00"],
      path: ["data", "reason"], nl: "2026-12-01T09:00:00+01:00 ligt in de toekomst (het is nu 2026-11-29T10:00:00+01:00)",
      en: "2026-12-01T09:00:00+01:00 is in the future (now is 2026-11-29T10:00:00+01:00)"),
    Case(
      name: "verifyIdentity: a document number", method: "requests.verifyIdentity", setup: openNearSixteen(on: "2026-11-20"),
      params: ["id": "R-2026-0001", "method": "passport NW12345678 shown"],
      path: ["data", "reason"], nl: "zonder document- of BSN-nummer", en: "without a document or BSN number"),
    Case(
      name: "decide: a refusal without grounds", method: "requests.decide", setup: openNearSixteen(on: "2026-11-25"),
      params: ["id": "R-2026-0001", "decision": "refused", "decidedBy": director, "decidedAt": "2026-11-29T09:00:00+01:00"],
      path: ["data", "reason"], nl: "een beslissing refused moet haar wettelijke grond(en) noemen",
      en: "a refused decision must name its legal ground(s)"),
    Case(
      name: "decide: a delegate without a mandate", method: "requests.decide", setup: openNearSixteen(on: "2026-11-25"),
      params: [
        "id": "R-2026-0001", "decision": "granted", "decidedBy": ["name": "M. Bakker", "role": "delegate"],
        "decidedAt": "2026-11-29T09:00:00+01:00",
      ],
      path: ["data", "reason"], nl: "een gemandateerde beslist alleen onder een mandaat",
      en: "a delegate decides only under a mandate"),
    Case(
      name: "decide: the holder changed before the decision", method: "requests.decide", setup: openNearSixteen(on: "2026-11-20"),
      params: ["id": "R-2026-0001", "decision": "granted", "decidedBy": director, "decidedAt": "2026-11-29T09:00:00+01:00"],
      path: ["data", "reason"], nl: "Het verzoek staat nu op holderChanged: de leerling kan het overnemen (requests.adopt)",
      en: "The request is now holderChanged: the student may adopt it (requests.adopt)"),
    Case(
      name: "adopt: the student asked already", method: "requests.adopt",
      setup: { s in
        _ = try s.ok("requests.open", [
          "type": "access", "student": ["id": "S-4", "birthDate": "2009-08-30"], "requester": ["relationship": "student"],
          "receivedOn": "2026-11-20",
        ])
      },
      params: ["id": "R-2026-0001", "by": "student", "at": "2026-11-26T09:00:00+01:00"],
      path: ["data", "reason"], nl: "de leerling is al de verzoeker: er valt niets over te nemen",
      en: "the student is already the requester: there is nothing to adopt"),
    Case(
      name: "correct: a field that is not corrected", method: "requests.correct", setup: openNearSixteen(on: "2026-11-20"),
      params: ["id": "R-2026-0001", "fields": ["status": "decided"], "reason": "wrong"],
      path: ["data", "reason"], nl: "de status verandert alleen door de eigen stappen van het verzoek",
      en: "the status moves only by the lifecycle's own actions"),
    Case(
      name: "correct: a decision late on the corrected receipt", method: "requests.correct",
      setup: { s in
        _ = try s.ok("requests.open", [
          "type": "access", "student": ["id": "S-1", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"],
          "receivedOn": "2026-10-20",
        ])
        _ = try s.ok("requests.decide", [
          "id": "R-2026-0001", "decision": "granted", "decidedBy": director, "decidedAt": "2026-11-19T09:00:00+01:00",
        ])
      },
      params: ["id": "R-2026-0001", "fields": ["receivedOn": "2026-10-09"], "reason": "typed wrong"],
      path: ["correction", "review"],
      nl: "Met de verbeterde gegevens is de beslissing (2026-11-19T09:00:00+01:00) te laat: de uiterste datum was 2026-11-09.",
      en: "With the corrected facts the decision (2026-11-19T09:00:00+01:00) is late: the due date was 2026-11-09."),
  ]

  /// The text at `path` in the answer (a result, or the error as `{code, data}`).
  static func answer(_ r: Result<JSONValue, RPCError>) -> JSONValue {
    switch r {
    case .success(let v): return v
    case .failure(let e): return ["code": .int(e.code.rawValue), "data": e.data ?? .null]
    }
  }

  static func at(_ v: JSONValue, _ path: [String]) -> JSONValue? {
    path.reduce(Optional(v)) { $0?[$1] }
  }

  /// A string, or the strings of an array joined by newlines (`correction.review`).
  static func text(_ v: JSONValue?) -> String {
    v?.stringValue ?? (v?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "\n")
  }

  /// `v` with every string that differs between the languages left out: what must be identical.
  static func shape(_ v: JSONValue, texts: Set<String>) -> JSONValue {
    switch v {
    case .object(let o): return .object(JSONObject(o.compactMap { k, x in texts.contains(k) ? nil : (k, shape(x, texts: texts)) }))
    case .array(let a): return .array(a.map { shape($0, texts: texts) })
    default: return v
    }
  }

  @Test(arguments: cases)
  func answersInBothLanguages(_ c: Case) throws {
    var answers: [String: JSONValue] = [:]
    for language in ["nl", "en"] {
      let s = try InProcess()
      try c.setup(s)
      var params = c.params
      params["language"] = .string(language)
      answers[language] = Self.answer(s.call(c.method, params))
    }
    let nl = try #require(answers["nl"]), en = try #require(answers["en"])
    let nlText = Self.text(Self.at(nl, c.path)), enText = Self.text(Self.at(en, c.path))
    #expect(nlText.contains(c.nl), "nl: \(nlText)")
    #expect(enText.contains(c.en), "en: \(enText)")
    #expect(nlText != enText)
    // Codes, fields, members and enum values are the same in both languages; only texts differ.
    let texts: Set<String> = ["reason", "nextStep", "sentence", "article", "review"]
    #expect(Self.shape(nl, texts: texts) == Self.shape(en, texts: texts))
  }

  /// The due list holds facts only (ids, dates, days): the same answer in both languages.
  @Test func theDueListIsTheSameInBothLanguages() throws {
    let s = try InProcess()
    try Self.openNearSixteen(on: "2026-10-20")(s)
    let nl = try s.ok("requests.due", ["language": "nl"])
    let en = try s.ok("requests.due", ["language": "en"])
    #expect(nl == en)
    #expect(nl["items"]?.arrayValue?.first?["id"] == "R-2026-0001" && nl["overdue"] == 1)
  }
}
