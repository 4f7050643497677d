import JSON
import JSONRPC
import Testing

@testable import Service

/// The rules methods' refusals in the default language, Dutch (issue 16 §1): the same cases as
/// `RulesMethodsErrorTests` (which holds the English reasons), each with its Dutch `data.reason`
/// and the same `data.field`.
@Suite struct RulesDutchTests {
  static let cases: [RulesMethodsErrorTests.ErrorCase] = [
    .init("rights.resolve", ["birthDate": "2026-02-30"], "birthDate", "moet een bestaande datum YYYY-MM-DD zijn, maar is \"2026-02-30\""),
    .init("rights.resolve", ["birthDate": "2010-3-15"], "birthDate", "moet een bestaande datum YYYY-MM-DD zijn, maar is \"2010-3-15\""),
    .init("rights.resolve", [:], "birthDate", "is verplicht"),
    .init("rights.resolve", ["birthDate": 20100315], "birthDate", "moet een tekenreeks zijn, maar is een getal"),
    .init("rights.resolve", ["birthDate": "2027-01-01", "on": "2026-03-15"], "birthDate", "ligt na de beoordeelde datum, 2026-03-15"),
    .init("rights.resolve", ["birthDate": "2027-01-01"], "birthDate", "ligt na de beoordeelde datum, 2026-11-29"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-29T02:30:00"], "on", "bestaat niet in Amsterdam"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15"], "onn", "is geen parameter van rights.resolve (bekend: birthDate, on"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15"], "onn", "bedoelt u on?"),
    .init("rights.check", ["birthDate": "2010-03-15", "rigth": "access"], "rigth", "bedoelt u right?"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-02-30"], "on", "februari 2026 heeft 28 dagen"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "on": "tomorrow"], "on", "is geen datum YYYY-MM-DD en geen RFC 3339-tijdstip"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-1"], "on", "is geen datum YYYY-MM-DD"),
    .init("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-15T25:00:00Z"], "on", "de tijd 25:0 bestaat niet"),
    .init("rights.check", ["birthDate": "2010-03-15", "right": "vote", "requester": "parent"], "right", "onbekende waarde \"vote\"; verwacht een van: access"),
    .init("rights.check", ["birthDate": "2010-03-15", "right": "access", "requester": "uncle"], "requester", "onbekende waarde"),
    .init("rights.check", ["birthDate": "2010-03-15", "right": "access", "requester": "parent", "about": "school"], "about", "onbekende waarde"),
    .init("rights.check", ["birthDate": "2010-03-15", "right": "access"], "requester", "is verplicht"),
    .init("rights.check", ["birthDate": "2030-03-15", "on": "2026-03-15", "right": "access", "requester": "parent"], "birthDate", "ligt na"),
    .init("rights.timeline", ["birthDate": "2010-03-15", "from": "2026-01-01", "to": "2025-01-01"], "to", "de einddatum 2025-01-01 ligt vóór de begindatum 2026-01-01"),
    .init("rights.timeline", ["birthDate": "2010-03-15", "from": "2026-13-01"], "from", "maand 13 bestaat niet; maanden lopen van 01 tot en met 12"),
    .init("deadlines.request", [:], "receivedAt", "is verplicht: geef receivedAt (een tijdstip) of receivedOn (een datum)"),
    .init("deadlines.request", ["receivedOn": "2026-03-05", "receivedAt": "2026-03-05T10:00:00+01:00"], "receivedOn", "niet allebei"),
    .init("deadlines.request", ["receivedOn": "2026-02-29"], "receivedOn", "moet een bestaande datum YYYY-MM-DD zijn, maar is \"2026-02-29\""),
    .init("deadlines.request", ["receivedOn": "1899-12-31"], "receivedOn", "het jaar 1899 valt buiten het ondersteunde bereik 1900–2200"),
    .init("deadlines.request", ["receivedOn": "2200-11-15"], "receivedOn", "buiten de ondersteunde jaren 1900–2200"),
    .init("deadlines.request", ["receivedAt": "2026-10-25T02:30:00"], "receivedAt", "komt in Amsterdam twee keer voor"),
    .init("deadlines.request", ["receivedAt": "2026-10-25T02:30:00"], "receivedAt", "2026-10-25T02:30:00+01:00 (wintertijd, een uur later)"),
    .init("deadlines.request", ["receivedAt": "2026-03-05T10:00:60Z"], "receivedAt", "schrikkelseconden"),
    .init("deadlines.request", ["receivedOn": "2026-03-05", "extended": "yes"], "extended", "moet een booleaanse waarde zijn, maar is een tekenreeks"),
    .init("deadlines.breach", ["awareAt": "2026-10-25T02:15:00"], "awareAt", "2026-10-25T02:15:00+02:00 (zomertijd, eerst)"),
    .init("deadlines.breach", ["awareAt": "2026-10-24"], "awareAt", "moet een tijdstip in RFC 3339 zijn"),
    .init("deadlines.breach", [:], "awareAt", "is verplicht"),
    .init("calendar.holidays", ["year": 1899], "year", "moet minstens 1900 zijn"),
    .init("calendar.holidays", ["year": 2201], "year", "mag hoogstens 2200 zijn"),
    .init("calendar.holidays", ["year": "2026"], "year", "moet een geheel getal zijn"),
    .init("calendar.holidays", ["year": 2026.5], "year", "moet een geheel getal zijn"),
  ]

  @Test(arguments: cases)
  func invalidParams(c: RulesMethodsErrorTests.ErrorCase) throws {
    let service = try makeService()
    let error = try #require(callError(service, c.method, c.params), "\(c) should fail")
    #expect(error.code == .invalidParams)
    #expect(error.message == "Invalid params")
    #expect(error.data?["field"]?.stringValue == c.field)
    let reason: String = error.data?["reason"]?.stringValue ?? ""
    #expect(reason.contains(c.reason), "reason: \(reason)")
    // The same call with `language: nl` is the default's answer.
    var nl = c.params
    nl["language"] = "nl"
    #expect(callError(service, c.method, nl)?.data == error.data)
  }

  /// The two tables cover the same calls: every English case has its Dutch twin.
  @Test func theTablesCoverTheSameCalls() {
    let english = Set(RulesMethodsErrorTests.cases.map { "\($0.method) \(JSONWriter.string(.object($0.params))) \($0.field)" })
    let dutch = Set(Self.cases.map { "\($0.method) \(JSONWriter.string(.object($0.params))) \($0.field)" })
    #expect(english == dutch)
  }
}
