import Foundation
import JSON
import JSONRPC
import Registers
import Rules
import Testing

@testable import Service

/// `reports.annual`: the figures per section from a known year of data, the same counts in the
/// charts, the counsellor's figures exactly as `complaints.annualReport`, the school filter, the
/// language, a self-contained document with record text escaped, and the section hook.
@Suite struct ReportsAnnualTests {
  /// Every decision a request can have is an outcome of its own in the report, so a new decision
  /// is never counted as "pending" (the fee decision of AVG art. 12(5) once was).
  @Test func everyDecisionIsAnOutcome() {
    for d in Decision.allCases { #expect(RequestsReportSection.Outcome(rawValue: d.rawValue) != nil, "\(d)") }
  }

  let f: ReportsFixture
  init() throws { f = try ReportsFixture() }

  @Test func breachFigures() throws {
    let b = try #require(try f.section("breaches"))
    #expect(b["figures"]?["total"] == 3)
    #expect(b["figures"]?["byKind"] == ["securityIncident": 0, "dataBreach": 2, "nearMiss": 1])
    let months = try #require(b["figures"]?["byMonth"]?.arrayValue)
    #expect(months[2] == ["month": "2026-03", "securityIncident": 0, "dataBreach": 0, "nearMiss": 1])
    #expect(months[10]["dataBreach"] == 1 && months[11]["dataBreach"] == 1)
    let d = b["figures"]?["dataBreaches"]
    #expect(d?["reportedLate"] == 1 && d?["reportedInTime"] == 0 && d?["notReported"] == 1)
    // Friday 16:30 to Tuesday 09:00 is 88.5 hours (72 allowed, AVG art. 33(1)).
    #expect(d?["hoursToReport"] == [["id": "D-2026-0001", "hours": 88.5]])
    #expect(d?["noticeOwed"] == 1 && d?["subjectsNotified"] == 0)
    #expect(b["attention"]?.arrayValue?.count == 3)
    #expect(b["charts"] == [
      ["id": "breaches-per-month", "kind": "stackedBars", "bars": 3], ["id": "breaches-authority", "kind": "bars", "bars": 2],
      ["id": "breaches-hours", "kind": "line", "bars": 0],
    ])
  }

  @Test func requestFigures() throws {
    let r = try #require(try f.section("requests"))
    #expect(r["figures"]?["total"] == 3)
    #expect(r["figures"]?["byOutcome"]?["pending"] == 3)
    #expect(r["figures"]?["late"] == 1)
    #expect(r["figures"]?["medianDaysToAnswer"] == .null)
    #expect(r["attention"] == ["R-2026-0001: termijn verstreken, nog niet beantwoord."])
  }

  @Test func counsellorFiguresAreTheAnnualReportsOwn() throws {
    let c = try #require(try f.section("complaints"))
    var figures = try #require(c["figures"]?.objectValue)
    #expect(figures["opened"] == 1)
    figures["format"] = nil
    #expect(JSONValue.object(figures) == (try f.s.ok("complaints.annualReport", ["year": 2026])))
    let text = JSONWriter.string(try f.s.ok("reports.annual", ["year": 2026, "format": "json"]))
    #expect(!text.contains("Sanne") && !text.contains("Bakker") && !text.contains("Remarks"))
  }

  @Test func schoolFilterKeepsThatSchoolsRecords() throws {
    let b = try #require(try f.section("breaches", ["school": "De Linde"]))
    #expect(b["figures"]?["total"] == 1)
    #expect(b["figures"]?["byKind"]?["dataBreach"] == 1)
  }

  @Test func englishOnRequest() throws {
    let report = try f.s.ok("reports.annual", ["year": 2026, "format": "json", "language": "en"])
    #expect(report["language"] == "en")
    #expect(report["sections"]?.arrayValue?.first?["title"] == "Security incidents and data breaches")
    let html = try #require(try f.s.ok("reports.annual", ["year": 2026, "language": "en"])["html"]?.stringValue)
    #expect(html.contains("<html lang=\"en\">") && html.contains("Annual privacy report 2026"))
  }

  @Test func htmlIsOneSelfContainedDocumentWithRecordTextEscaped() throws {
    let result = try f.s.ok("reports.annual", ["year": 2026])
    #expect(result["format"] == "html")
    let html = try #require(result["html"]?.stringValue)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("<h1>Privacyjaarverslag 2026</h1>"))
    #expect(html.contains("Laptop kwijt &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;"))
    #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<link"))
    let references = html.components(separatedBy: "http").dropFirst()
    #expect(!references.isEmpty && references.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") || $0.hasPrefix("-equiv=") }, "no external reference but the SVG namespace")
    #expect(html.contains("default-src 'none'"))
    #expect(html.contains("@page { size: A4"))
    for id in ["breaches-per-month", "breaches-authority", "breaches-hours", "requests-per-type", "complaints-per-month"] {
      #expect(html.contains("data-chart=\"\(id)\""), "chart \(id)")
    }
  }

  @Test func badParamsNameTheField() {
    #expect(f.s.error("reports.annual", ["year": 1999])?.data?["field"] == "year")
    #expect(f.s.error("reports.annual", ["year": 2026, "format": "pdf"])?.data?["field"] == "format")
    #expect(f.s.error("reports.annual", ["year": 2026, "language": "de"])?.data?["field"] == "language")
    #expect(f.s.error("reports.annual", [:])?.data?["field"] == "year")
  }

  @Test func aSectionAppearsOnlyWhenItsRegistersExist() throws {
    let now = try Instant.parse("2026-12-15T10:00:00+01:00")
    let none = AnnualReport(ReportInput(year: 2026, school: nil, language: .nl, now: now, registers: [:]))
    #expect(none.sections.isEmpty)
    let kind = try #require(RegisterCatalog.kind(named: Breaches.name))
    let one = AnnualReport(ReportInput(year: 2026, school: nil, language: .nl, now: now, registers: [Breaches.name: Register(kind: kind)]))
    #expect(one.sections.map(\.id) == ["breaches"])
    #expect(AnnualReportSources.registers == ["breaches", "requests", "processors", "sharing", "complaints"])
  }
}
