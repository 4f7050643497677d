import JSON
import JSONRPC
import Testing

@testable import Service

/// Bad input: always -32602 with `data.field` and a plain `data.reason`, never a crash or a guess.
@Suite struct RulesMethodsErrorTests {
  struct ErrorCase: Sendable, CustomStringConvertible {
    let method: String
    let params: JSONObject
    let field: String
    let reason: String
    init(_ method: String, _ params: JSONObject, _ field: String, _ reason: String) {
      self.method = method
      self.params = params
      self.field = field
      self.reason = reason
    }
    var description: String { "\(method) \(field): \(reason)" }
  }

  static let cases: [ErrorCase] = [
    ErrorCase("rights.resolve", ["birthDate": "2026-02-30"], "birthDate", "2026-02-30"),
    ErrorCase("rights.resolve", ["birthDate": "2010-3-15"], "birthDate", "2010-3-15"),
    ErrorCase("rights.resolve", [:], "birthDate", "is required"),
    ErrorCase("rights.resolve", ["birthDate": 20100315], "birthDate", "must be a string"),
    ErrorCase("rights.resolve", ["birthDate": "2027-01-01", "on": "2026-03-15"], "birthDate", "is after the date evaluated, 2026-03-15"),
    ErrorCase("rights.resolve", ["birthDate": "2027-01-01"], "birthDate", "is after the date evaluated, 2026-11-29"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-29T02:30:00"], "on", "does not exist in Amsterdam"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15"], "onn", "is not a parameter of rights.resolve (known: birthDate, on"), ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15"], "onn", "did you mean on?"),
    ErrorCase("rights.check", ["birthDate": "2010-03-15", "rigth": "access"], "rigth", "did you mean right?"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-02-30"], "on", "February 2026 has 28 days"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "on": "tomorrow"], "on", "neither a date YYYY-MM-DD nor an RFC 3339 instant"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15"], "onn", "is not a parameter of rights.resolve"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-1"], "on", "is neither a date YYYY-MM-DD"),
    ErrorCase("rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-15T25:00:00Z"], "on", "does not exist"),
    ErrorCase("rights.check", ["birthDate": "2010-03-15", "right": "vote", "requester": "parent"], "right", "unknown value"),
    ErrorCase("rights.check", ["birthDate": "2010-03-15", "right": "access", "requester": "uncle"], "requester", "unknown value"),
    ErrorCase("rights.check", ["birthDate": "2010-03-15", "right": "access", "requester": "parent", "about": "school"], "about", "unknown value"),
    ErrorCase("rights.check", ["birthDate": "2010-03-15", "right": "access"], "requester", "is required"),
    ErrorCase("rights.check", ["birthDate": "2030-03-15", "on": "2026-03-15", "right": "access", "requester": "parent"], "birthDate", "is after"),
    ErrorCase("rights.timeline", ["birthDate": "2010-03-15", "from": "2026-01-01", "to": "2025-01-01"], "to", "is before the start date"),
    ErrorCase("rights.timeline", ["birthDate": "2010-03-15", "from": "2026-13-01"], "from", "month 13"),
    ErrorCase("deadlines.request", [:], "receivedAt", "is required"),
    ErrorCase("deadlines.request", ["receivedOn": "2026-03-05", "receivedAt": "2026-03-05T10:00:00+01:00"], "receivedOn", "not both"),
    ErrorCase("deadlines.request", ["receivedOn": "2026-02-29"], "receivedOn", "2026-02-29"),
    ErrorCase("deadlines.request", ["receivedOn": "1899-12-31"], "receivedOn", "outside the supported range 1900–2200"),
    ErrorCase("deadlines.request", ["receivedOn": "2200-11-15"], "receivedOn", "outside the supported years 1900–2200"),
    ErrorCase("deadlines.request", ["receivedAt": "2026-10-25T02:30:00"], "receivedAt", "2026-10-25T02:30:00+01:00"),
    ErrorCase("deadlines.request", ["receivedAt": "2026-03-05T10:00:60Z"], "receivedAt", "leap seconds"),
    ErrorCase("deadlines.request", ["receivedOn": "2026-03-05", "extended": "yes"], "extended", "must be a boolean"),
    ErrorCase("deadlines.breach", ["awareAt": "2026-10-25T02:15:00"], "awareAt", "2026-10-25T02:15:00+02:00"),
    ErrorCase("deadlines.breach", ["awareAt": "2026-10-24"], "awareAt", "RFC 3339"),
    ErrorCase("deadlines.breach", [:], "awareAt", "is required"),
    ErrorCase("calendar.holidays", ["year": 1899], "year", "at least 1900"),
    ErrorCase("calendar.holidays", ["year": 2201], "year", "at most 2200"),
    ErrorCase("calendar.holidays", ["year": "2026"], "year", "must be an integer"),
    ErrorCase("calendar.holidays", ["year": 2026.5], "year", "must be an integer"),
  ]

  @Test(arguments: cases)
  func invalidParams(c: ErrorCase) throws {
    let service = try makeService()
    // The table holds the English reasons; the Dutch ones (the default) are held in RulesDutchTests.
    var params = c.params
    params["language"] = "en"
    let error = try #require(callError(service, c.method, params), "\(c) should fail")
    #expect(error.code == .invalidParams)
    let field: String? = error.data?["field"]?.stringValue
    #expect(field == c.field)
    let reason: String = error.data?["reason"]?.stringValue ?? ""
    #expect(reason.contains(c.reason), "reason: \(reason)")
  }
}
