import Foundation
import JSON
import JSONRPC
import Testing
import Wording

@testable import Service

/// Reports and letters speak the call's language (issue 16 §1): the call's `language`, else the
/// daemon's `--language`, Dutch by default; their texts come from the catalogue, and the figures and
/// field names are the same in both languages.
@Suite struct ReportsLanguageTests {
  /// A service started with `language`, called by the privacy officer.
  static func call(_ daemon: Language, _ method: String, _ params: JSONObject) throws -> JSONValue {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.language = daemon
    let service = try AvgdService(configuration: c)
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: "fg")
    _ = try service.server.call(
      "breaches.register", params: ["kind": "dataBreach", "summary": "USB stick lost", "awareAt": "2026-11-27T16:30:00+01:00"], peer: peer
    ).get()
    return try service.server.call(method, params: params, peer: peer).get()
  }

  @Test(arguments: [
    (Language.nl, nil, "nl", "Privacyjaarverslag 2026", "Beveiligingsincidenten en datalekken"),
    (.en, nil, "en", "Annual privacy report 2026", "Security incidents and data breaches"),
    (.en, "nl", "nl", "Privacyjaarverslag 2026", "Beveiligingsincidenten en datalekken"),
    (.nl, "en", "en", "Annual privacy report 2026", "Security incidents and data breaches"),
  ] as [(Language, String?, String, String, String)])
  func theAnnualReportFollowsTheCallThenTheDaemon(_ daemon: Language, _ asked: String?, _ expected: String, _ title: String, _ section: String) throws {
    var params: JSONObject = ["year": 2026, "format": "json"]
    if let asked { params["language"] = .string(asked) }
    let json = try Self.call(daemon, "reports.annual", params)
    #expect(json["language"] == .string(expected))
    let breaches = json["sections"]?.arrayValue?.first
    #expect(breaches?["title"] == .string(section) && breaches?["figures"]?["total"] == 1)
    params["format"] = nil
    let html = try #require(try Self.call(daemon, "reports.annual", params)["html"]?.stringValue)
    #expect(html.contains("<html lang=\"\(expected)\">") && html.contains(title))
  }

  /// The AP form's page: avgd's own lines follow the language, the AP's questions stay Dutch (the
  /// Meldloket asks them so).
  @Test(arguments: [
    (Language.nl, "Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor D-2026-0001", "== Nog uit te zoeken vóór het melden =="),
    (.en, "Data breach notification form (Autoriteit Persoonsgegevens): filling-in aid for D-2026-0001", "== Still to find out before reporting =="),
  ])
  func theAPFormPageSpeaksTheCallsLanguage(_ language: Language, _ title: String, _ heading: String) throws {
    let text = try #require(
      try Self.call(.nl, "breaches.apForm", ["id": "D-2026-0001", "format": "text", "language": .string(language.rawValue)]).stringValue)
    let lines = text.components(separatedBy: "\n")
    #expect(lines.first == title)
    #expect(lines.contains(heading))
    #expect(lines.contains("Wanneer heeft uw organisatie de inbreuk ontdekt?"))
    let html = try #require(
      try Self.call(.nl, "breaches.apForm", ["id": "D-2026-0001", "format": "html", "language": .string(language.rawValue)]).stringValue)
    #expect(html.contains(heading.replacingOccurrences(of: "== ", with: "<h2>").replacingOccurrences(of: " ==", with: "</h2>")))
  }

  @Test func monthNamesComeFromTheCatalogueInBothLanguages() {
    #expect(Language.nl.long(2026, 3, 5) == "5 maart 2026" && Language.en.long(2026, 3, 5) == "5 March 2026")
    #expect(Language.nl.shortMonths.count == 12 && Language.en.shortMonths[4] == "May" && Language.nl.shortMonths[2] == "mrt")
  }
}
