import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// `letters.render`: each letter from its record, the facts it must state (deadline, reasons and
/// new date, remedies by board, art. 34 contents, BW 1:377c), no person's name, record text
/// escaped in HTML, the communication check passing for every letter and failing when a record's
/// words name someone else, and the refusals a caller sees.
@Suite struct LettersRenderTests {
  let f: ReportsFixture
  init() throws { f = try ReportsFixture() }

  /// R-2026-0001 verified, extended and partly refused, as the examples do it.
  func decideFirst() throws {
    _ = try f.s.ok("requests.verifyIdentity", ["id": "R-2026-0001", "method": "passport at the desk; no copy kept", "verifiedAt": "2026-11-03T09:00:00+01:00"])
    _ = try f.s.ok("requests.extend", ["id": "R-2026-0001", "reason": "het dossier staat in drie systemen", "noticeSentAt": "2026-11-20T10:00:00+01:00"])
    _ = try f.s.ok("requests.decide", [
      "id": "R-2026-0001", "decision": "partiallyGranted", "grounds": ["AVG15_4"],
      "items": [
        ["description": "LVS-gegevens 2024–2026", "disclosed": true],
        ["description": "melding over een klasgenoot", "disclosed": false, "ground": "AVG15_4"],
      ],
      "decidedBy": ["name": "A. Jansen", "role": "director"], "balancing": "het belang van de klasgenoot weegt zwaarder",
      "writtenRecord": "brief 2026-118", "decidedAt": "2026-12-14T09:00:00+01:00",
      "remedies": ["apComplaint": true, "judicialRemedy": true, "awbObjection": true, "board": "publicLaw"],
    ])
  }

  func letter(_ params: JSONObject) throws -> JSONValue { try f.s.ok("letters.render", params) }
  func text(_ params: JSONObject) throws -> String { try letter(params)["text"]?.stringValue ?? "" }

  @Test func acknowledgementStatesTheDeadline() throws {
    let l = try letter(["kind": "acknowledgement", "id": "R-2026-0001"])
    let t = l["text"]?.stringValue ?? ""
    #expect(t.hasPrefix("**Ons kenmerk:** R-2026-0001  \n**Datum:** 15 december 2026\n\n# Ontvangstbevestiging van uw verzoek"))
    #expect(t.contains("uiterlijk op 2 december 2026"))
    #expect(t.contains("AVG art. 12 lid 6"))
    #expect(l["check"]?["ok"] == true && l["format"] == "markdown" && l["language"] == "nl")
  }

  @Test func extensionNeedsAnExtensionAndStatesReasonAndDate() throws {
    #expect(f.s.error("letters.render", ["kind": "extensionNotice", "id": "R-2026-0001"])?.data?["field"] == "kind")
    try decideFirst()
    let t = try text(["kind": "extensionNotice", "id": "R-2026-0001"])
    #expect(t.contains("De reden: het dossier staat in drie systemen."))
    #expect(t.contains("uiterlijk op 2 februari 2027") || t.contains("uiterlijk op 3 februari 2027"))
  }

  @Test func refusalNamesTheRemediesOfThisBoard() throws {
    try decideFirst()
    // Without `board` the letter names the route recorded with the decision (requests.decide's remedies).
    let recorded = try text(["kind": "decision", "id": "R-2026-0001"])
    #expect(recorded.contains("bezwaar maken bij het schoolbestuur (Awb art. 6:7)"))
    let privateBoard = try text(["kind": "decision", "id": "R-2026-0001", "board": "private"])
    #expect(privateBoard.contains("UAVG art. 35") && !privateBoard.contains("Awb"))
    let publicBoard = try text(["kind": "decision", "id": "R-2026-0001", "board": "publicLaw"])
    #expect(publicBoard.contains("bezwaar maken bij het schoolbestuur (Awb art. 6:7)") && publicBoard.contains("bestuursrechter"))
    for t in [privateBoard, publicBoard] {
      #expect(t.contains("Autoriteit Persoonsgegevens"))
      #expect(t.contains("- LVS-gegevens 2024–2026"))
      #expect(t.contains("melding over een klasgenoot: om de rechten van anderen te beschermen (AVG art. 15(4))"))
      #expect(t.contains("Onze afweging: het belang van de klasgenoot weegt zwaarder."))
      #expect(t.contains("De directeur (namens het schoolbestuur)") && !t.contains("Jansen"))
    }
  }

  @Test func breachNoticeIsNeutral() throws {
    let t = try text(["kind": "breachNotice", "id": "D-2026-0001"])
    for part in ["## Wat is er gebeurd?", "## Wat kunnen de gevolgen zijn?", "## Wat heeft de school gedaan?", "## Wat kunt u zelf doen?",
                 "Gegevens van leerlingen (naam, cijfers)", "cijfers bekend bij onbekenden", "gemeld bij de Autoriteit Persoonsgegevens",
                 "functionaris voor gegevensbescherming"] {
      #expect(t.contains(part), "\(part)")
    }
    #expect(!t.contains("USB stick lost"), "the summary is a detail the notice leaves out")
    #expect(f.s.error("letters.render", ["kind": "breachNotice", "id": "D-2026-0002"])?.data?["field"] == "kind")
    let html = try text(["kind": "breachNotice", "id": "D-2026-0001", "format": "html"])
    #expect(html.contains("<li>Versleutelde &lt;b&gt;USB-sticks&lt;/b&gt; voor iedereen</li>") && !html.contains("<b>"))
  }

  @Test func parentWithoutAuthorityGetsTheBW377cAnswer() throws {
    let t = try text(["kind": "parentInformation", "id": "R-2026-0003"])
    #expect(t.contains("artikel 1:377c") && t.contains("dezelfde informatie als de ouder met gezag"))
    #expect(t.contains("klachtencommissie") && t.contains("rechter"))
    #expect(!t.contains("AVG"), "not a data-subject request: no AVG-rights language")
    #expect(f.s.error("letters.render", ["kind": "parentInformation", "id": "R-2026-0001"])?.data?["field"] == "kind")
  }

  @Test(arguments: ["nl", "en"]) func everyLetterPassesTheCommunicationCheck(_ language: String) throws {
    try decideFirst()
    let cases: [JSONObject] = [
      ["kind": "acknowledgement", "id": "R-2026-0002"], ["kind": "extensionNotice", "id": "R-2026-0001"],
      ["kind": "decision", "id": "R-2026-0001", "board": "private"], ["kind": "decision", "id": "R-2026-0001", "board": "publicLaw"],
      ["kind": "breachNotice", "id": "D-2026-0001"], ["kind": "parentInformation", "id": "R-2026-0003"],
    ]
    for var p in cases {
      p["language"] = .string(language)
      let l = try letter(p)
      #expect(l["check"]?["ok"] == true, "\(p): \(l["check"].map(JSONWriter.string) ?? "")")
      #expect(l["check"]?["language"] == .string(language))
    }
  }

  @Test func theCheckFlagsAnotherPersonsNameFromTheRecord() throws {
    _ = try f.s.ok("requests.extend", ["id": "R-2026-0001", "reason": "het gaat ook over Sanne de Vries", "noticeSentAt": "2026-11-20T10:00:00+01:00"])
    let l = try letter(["kind": "extensionNotice", "id": "R-2026-0001"])
    #expect(l["check"]?["ok"] == false)
    #expect(l["check"]?["findings"]?.arrayValue?.compactMap { $0["text"]?.stringValue } == ["Sanne de Vries"])
  }

  @Test func htmlLetterIsADocument() throws {
    let html = try text(["kind": "acknowledgement", "id": "R-2026-0001", "format": "html"])
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("<h1>Ontvangstbevestiging van uw verzoek</h1>"))
  }

  @Test func refusals() {
    #expect(f.s.error("letters.render", ["kind": "decision", "id": "R-2026-0404"])?.code == .notFound)
    #expect(f.s.error("letters.render", ["kind": "decision", "id": "R-2026-0002"])?.data?["field"] == "kind")
    #expect(f.s.error("letters.render", ["kind": "poem", "id": "R-2026-0001"])?.data?["field"] == "kind")
    #expect(f.s.error("letters.render", ["kind": "acknowledgement"])?.data?["field"] == "id")
    #expect(f.s.error("letters.render", ["kind": "acknowledgement", "id": "R-2026-0001", "board": "church"])?.data?["field"] == "board")
  }
}
