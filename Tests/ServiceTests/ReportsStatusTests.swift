import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// `reports.status`: overdue first, then due soon, then to check; the moment can be chosen;
/// the HTML page shows record text as text.
@Suite struct ReportsStatusTests {
  let f: ReportsFixture
  init() throws { f = try ReportsFixture() }

  @Test func mostUrgentFirst() throws {
    let status = try f.s.ok("reports.status", [:])
    #expect(status["at"] == "2026-12-15T10:00:00+01:00")
    let items = try #require(status["items"]?.arrayValue)
    #expect(items.map { "\($0["urgency"]?.stringValue ?? "") \($0["id"]?.stringValue ?? "")" } == [
      "overdue R-2026-0001", "dueSoon D-2026-0003", "check D-2026-0001",
    ])
    #expect(status["counts"] == ["overdue": 1, "dueSoon": 1, "check": 1])
    #expect(items[0]["title"] == "Verzoek (inzage): termijn 13 dag(en) verstreken, nog geen antwoord verstuurd.")
    #expect(items[0]["due"] == "2026-12-02")
    #expect(items[1]["title"] == "Datalek: nog 72 uur om bij de AP te melden (risico nog niet beoordeeld).")
    #expect(items[1]["summary"] == .string(ReportsFixture.hostile))
    #expect(items[2]["title"] == "Datalek met hoog risico: de betrokkenen moeten zonder onnodige vertraging worden geïnformeerd (art. 34).")
  }

  @Test func anEarlierMomentSeesLess() throws {
    let status = try f.s.ok("reports.status", ["on": "2026-11-27"])
    let ids = (status["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    #expect(ids.contains("R-2026-0001") && !ids.contains("D-2026-0003"))
    #expect(f.s.error("reports.status", ["on": "27-11-2026"])?.data?["field"] == "on")
  }

  @Test func schoolFilter() throws {
    let status = try f.s.ok("reports.status", ["school": "De Linde"])
    #expect((status["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue } == ["D-2026-0003"])
  }

  @Test func htmlPageEscapesSummaries() throws {
    let html = try #require(try f.s.ok("reports.status", ["format": "html"])["html"]?.stringValue)
    #expect(html.contains("<h1>Wat vraagt nu aandacht</h1>"))
    #expect(html.contains("Laptop kwijt &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;"))
    #expect(!html.contains("<script") && !html.contains("<img"))
    #expect(html.contains("15 december 2026"))
  }
}
