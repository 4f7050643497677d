import JSON
import JSONRPC
import Testing

@testable import Service

/// The rules methods' answers in both languages (issue 16 §1): the same call with `language: nl`
/// and `language: en` gives the same members, enum values, dates and flags; only the texts
/// (reasons, legal-basis sentences and articles, roll-over reasons, next changes, holiday and
/// weekday names) differ, each in its own language. Without `language` the answer is Dutch.
@Suite struct RulesLanguageTests {
  struct Case: Sendable, CustomStringConvertible {
    let method: String
    let params: JSONObject
    /// The path of one text in the result (member names, or an index into an array).
    let path: [String]
    let nl: String
    let en: String
    var description: String { "\(method) \(path.joined(separator: "."))" }
  }

  static let cases: [Case] = [
    Case(
      method: "rights.resolve", params: ["birthDate": "2012-05-01", "on": "2026-03-15"], path: ["rights", "0", "basis", "sentence"],
      nl: "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op inzage uit voor de leerling.",
      en: "Under 16 the legal representatives (parents with authority, guardians) exercise the right of access for the student."),
    Case(
      method: "rights.resolve", params: ["birthDate": "2012-05-01", "on": "2026-03-15"], path: ["rights", "6", "basis", "article"],
      nl: "AVG art. 6(1)(a) en 7; UAVG art. 5(1)", en: "AVG art. 6(1)(a) and 7; UAVG art. 5(1)"),
    Case(
      method: "rights.resolve", params: ["birthDate": "2012-05-01", "on": "2026-03-15"], path: ["nextChange", "description"],
      nl: "Op 16-jarige leeftijd neemt de leerling de AVG-rechten en de toestemming over van de ouders (UAVG art. 5(1)) en ontvangt ook de resultaten; ouders blijven resultaten ontvangen tot 18.",
      en: "At 16 the student takes over the AVG rights and consent from the parents (UAVG art. 5(1)) and also receives results; parents keep receiving results until 18."),
    Case(
      method: "rights.check", params: ["birthDate": "2010-03-15", "on": "2026-03-15", "right": "erasure", "requester": "student"],
      path: ["reason"], nl: "De leerling is 16 en heeft zelf het recht op gegevenswissing.",
      en: "The student is 16 and holds the right to erasure personally."),
    Case(
      method: "rights.check", params: ["birthDate": "2012-05-01", "on": "2026-03-15", "right": "access", "requester": "parentWithoutAuthority"],
      path: ["basis", "sentence"], nl: "Een ouder zonder gezag heeft op verzoek recht op informatie, geen AVG-rechten.",
      en: "A parent without authority has an information right on request, not AVG standing."),
    Case(
      method: "rights.check", params: ["birthDate": "2007-05-01", "on": "2026-03-15", "right": "results", "requester": "caregiver"],
      path: ["reason"],
      nl: "De leerling is 18 en meerderjarig: resultaten gaan alleen met vastgelegde toestemming van de leerling naar een verzorger.",
      en: "The student is 18 and of age: results go to a caregiver only with the student's recorded consent."),
    Case(
      method: "rights.timeline", params: ["birthDate": "2010-03-15", "from": "2027-01-01", "to": "2030-12-31"],
      path: ["changes", "0", "description"],
      nl: "Op 18-jarige leeftijd is de leerling meerderjarig (BW 1:233): resultaten gaan alleen naar de leerling; naar ouders alleen met vastgelegde toestemming van de leerling.",
      en: "At 18 the student is of age (BW 1:233): results go to the student alone; parents only with the student's recorded consent."),
    Case(
      method: "deadlines.request", params: ["receivedOn": "2026-11-26"], path: ["rolledOver", "0", "reason"],
      nl: "2026-12-26 is een zaterdag en Tweede Kerstdag", en: "2026-12-26 is a Saturday and Boxing Day (Tweede Kerstdag)"),
    Case(
      method: "deadlines.request", params: ["receivedOn": "2026-03-05"], path: ["rolledOver", "1", "reason"],
      nl: "2026-04-06 is Tweede Paasdag", en: "2026-04-06 is Easter Monday (Tweede Paasdag)"),
    Case(
      method: "deadlines.request", params: ["receivedOn": "2026-03-27", "extended": true], path: ["extendedRolledOver", "0", "reason"],
      nl: "2026-06-27 is een zaterdag", en: "2026-06-27 is a Saturday"),
    Case(
      method: "calendar.holidays", params: ["year": 2025], path: ["holidays", "3", "name"], nl: "Koningsdag", en: "King's Day"),
    Case(
      method: "calendar.holidays", params: ["year": 2025], path: ["holidays", "3", "weekday"], nl: "zaterdag", en: "Saturday"),
  ]

  /// The value at `path`.
  static func at(_ v: JSONValue, _ path: [String]) -> JSONValue? {
    var cur: JSONValue? = v
    for p in path {
      if let i = Int(p) { cur = cur?.arrayValue.flatMap { i < $0.count ? $0[i] : nil } } else { cur = cur?[p] }
    }
    return cur
  }

  /// The members whose strings are texts (they change with the language); everything else on the
  /// wire (member names, enum values, dates, numbers, flags) must not.
  static let textMembers: Set<String> = ["reason", "sentence", "article", "description", "name", "weekday"]

  /// `a` and `b` agree but for the texts: same members in the same order, same values outside `textMembers`.
  static func sameButTexts(_ a: JSONValue, _ b: JSONValue, member: String? = nil) -> Bool {
    switch (a, b) {
    case (.object(let x), .object(let y)):
      guard x.keys == y.keys else { return false }
      return x.keys.allSatisfy { k in x[k].flatMap { xv in y[k].map { sameButTexts(xv, $0, member: k) } } ?? false }
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { sameButTexts($0, $1, member: member) }
    case (.string, .string) where member.map(textMembers.contains) == true:
      return true
    default:
      return a == b
    }
  }

  @Test(arguments: cases)
  func bothLanguages(c: Case) throws {
    let service = try makeService()
    var nlParams = c.params, enParams = c.params
    nlParams["language"] = "nl"
    enParams["language"] = "en"
    let byDefault = call(service, c.method, c.params)
    let nl = call(service, c.method, nlParams), en = call(service, c.method, enParams)
    #expect(Self.at(nl, c.path)?.stringValue == c.nl)
    #expect(Self.at(en, c.path)?.stringValue == c.en)
    #expect(byDefault == nl, "Dutch is the default")
    #expect(Self.sameButTexts(nl, en), "only texts differ: \(JSONWriter.string(nl)) / \(JSONWriter.string(en))")
    #expect(nl != en)
  }

  /// `nameDutch` is the ATW's Dutch name in both languages; `name` follows the call.
  @Test func holidayNamesInBothLanguages() throws {
    let service = try makeService()
    let en = call(service, "calendar.holidays", ["year": 2026, "language": "en"])
    let nl = call(service, "calendar.holidays", ["year": 2026])
    for (e, n) in zip(en["holidays"]?.arrayValue ?? [], nl["holidays"]?.arrayValue ?? []) {
      #expect(e["nameDutch"] == n["nameDutch"])
      #expect(n["name"] == n["nameDutch"])
      #expect(e["name"] != e["nameDutch"], "\(e)")
    }
  }
}
