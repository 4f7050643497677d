import Foundation
import JSON
import JSONRPC
import Registers
import Store
import Testing

@testable import Service

/// The record of processing activities and the texts written from it, in-process: the
/// examples' school's privacy statement reads as a Dutch school's statement, its versions show
/// which one was in force on a date, the rights notice agrees with `rights.resolve`, and the
/// refusals a caller sees (1006 with the gaps, -32602 with the field, 1001, 1002).
@Suite struct InformationServiceTests {
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  /// The examples' board: the agreement P-2026-0001, the settings, and the parents' activities.
  func populated(configure: Bool = true) throws {
    _ = try s.ok("processors.register", ProcessorsRegister.cleanExample)
    var tracking = ProcessingExamples.tracking
    tracking["processors"] = ["P-2026-0001"]
    for a in [ProcessingExamples.administration, tracking, ProcessingExamples.photos, ProcessingExamples.staff] {
      var input = a
      if input["processors"] == ["P-2026-0003"] { input["processors"] = nil }
      _ = try s.ok("processing.register", input)
    }
    if configure { _ = try s.ok("information.configure", InformationExamples.settings) }
  }

  @Test func theParentsStatementReadsAsADutchSchoolsStatement() throws {
    try populated()
    let out = try s.ok("information.privacyStatement", ["audience": "parents", "school": "Brederocollege"])
    let sections = out["sections"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(sections == InformationExamples.parentSections.compactMap(\.stringValue))
    let md = try #require(out["markdown"]?.stringValue)
    for phrase in [
      "Stichting Kennemer College Groep is het bevoegd gezag van Brederocollege en is verantwoordelijk",
      "functionaris voor gegevensbescherming (FG)", "mr. A. de Vries", "### Leerlingadministratie",
      "Grondslag: wettelijke verplichting (AVG art. 6 lid 1 sub c), op grond van de Wet voortgezet onderwijs 2020",
      "burgerservicenummer of onderwijsnummer", "(bijzonder persoonsgegeven: gezondheid)",
      "Bewaartermijn: 5 jaar na uitschrijving", "- DUO (Dienst Uitvoering Onderwijs)", "- Leerlingdata B.V. (LVS Online)",
      "Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte.",
      "### Uw kind is jonger dan 16 jaar", "### Uw kind is 16 of 17 jaar", "### Uw kind is 18 jaar of ouder",
      "binnen een maand na ontvangst", "Autoriteit Persoonsgegevens", "(UAVG art. 35)", "artikel 1:377c",
      "Overdraagbaarheid", "Toestemming geven en intrekken", "Bezwaar",
    ] {
      #expect(md.contains(phrase), "missing: \(phrase)")
    }
    // No English, no placeholder, and the staff activity is not in the parents' statement.
    for absent in [" the ", " and ", "TODO", "{", "Salaris", "??"] { #expect(!md.contains(absent), "found: \(absent)") }
    #expect(out["sha256"]?.stringValue == SHA256.hex(Array(md.utf8)))
    let html = try #require(out["html"]?.stringValue)
    #expect(html.hasPrefix("<h1>Privacyverklaring voor ouders en verzorgers van Brederocollege</h1>\n<p>"))
    #expect(html.contains("<h2>Uw rechten</h2>"))
  }

  @Test func theStaffStatementListsOnlyStaffActivitiesAndNoStudentBands() throws {
    try populated()
    let out = try s.ok("information.privacyStatement", ["audience": "staff"])
    #expect(out["activityIds"] == ["VA-2026-0004"])
    let md = try #require(out["markdown"]?.stringValue)
    #expect(md.contains("- Belastingdienst"))
    #expect(md.contains("U oefent deze rechten zelf uit:"))
    #expect(!md.contains("16 jaar"))
    #expect(md.contains("Overdraagbaarheid"))  // a contract basis (b): portability is listed (art. 20(1)(a))
  }

  @Test func anIncompleteStatementIsRefusedWithItsGaps() throws {
    let none = try #require(s.error("information.privacyStatement", ["audience": "parents"]))
    #expect(none.code == .conflict)
    #expect(none.data?["gaps"]?.arrayValue?.count == 2)
    try populated()
    var cameras = ProcessingExamples.cameras
    cameras["school"] = nil
    _ = try s.ok("processing.register", cameras)
    let gap = try #require(s.error("information.privacyStatement", ["audience": "parents"]))
    #expect(gap.data?["gaps"] == [.string("processing VA-2026-0005.retention: hoe lang \"Cameratoezicht\" gegevens bewaart (AVG art. 13(2)(a))")])
    let en = try #require(s.error("information.privacyStatement", ["audience": "parents", "language": "en"]))
    #expect(en.data?["gaps"] == [.string("processing VA-2026-0005.retention: how long \"Cameratoezicht\" keeps data (AVG art. 13(2)(a))")])
  }

  @Test func versionsShowWhichStatementWasInForceOnADate() throws {
    try populated()
    let first = try s.ok("information.publish", ["audience": "parents", "school": "Brederocollege", "inForceFrom": "2026-12-01", "changeClass": "minor"])
    #expect(first["id"] == "PV-2026-0001" && first["activelyInform"] == false)
    _ = try s.ok("processing.end", ["id": "VA-2026-0003", "endedOn": "2026-12-31", "reason": "geen foto's meer op de website"])
    let second = try s.ok("information.publish", ["audience": "parents", "school": "Brederocollege", "inForceFrom": "2027-01-01", "changeClass": "fundamental", "note": "Foto's vervallen"])
    #expect(second["activelyInform"] == true)
    #expect(first["sha256"] != second["sha256"])
    #expect(second["activityIds"] == ["VA-2026-0001", "VA-2026-0002"])
    let cases: [(String, JSONValue)] = [("2026-11-30", .null), ("2026-12-01", "PV-2026-0001"), ("2026-12-31", "PV-2026-0001"), ("2027-01-01", "PV-2026-0002")]
    for (on, expected) in cases {
      let v = try s.ok("information.versions", ["school": "Brederocollege", "audience": "parents", "on": .string(on)])
      #expect(v["inForce"]?["parents"] == expected, "on \(on)")
    }
    let stored = try s.ok("information.get", ["id": "PV-2026-0001"])
    let regenerated = try s.ok("information.privacyStatement", ["audience": "parents", "school": "Brederocollege", "on": "2026-12-01"])
    #expect(stored["markdown"] == regenerated["markdown"] && stored["sha256"] == regenerated["sha256"])
    let late = try #require(s.error("information.publish", ["audience": "parents", "inForceFrom": "2026-11-28", "changeClass": "minor"]))
    #expect(late.code == .invalidParams && late.data?["field"] == "inForceFrom")
  }

  /// The notice and `rights.resolve` agree for the same student and date, around the 16th birthday.
  @Test(arguments: [("2026-11-28", "under16"), ("2026-11-29", "sixteenToEighteen")]) func theNoticeAgreesWithRightsResolve(_ c: (String, String)) throws {
    try populated()
    let notice = try s.ok("information.rightsNotice", ["audience": "parents", "birthDate": "2010-11-29", "on": .string(c.0)])
    let resolved = try s.ok("rights.resolve", ["birthDate": "2010-11-29", "on": .string(c.0)])
    #expect(notice["band"] == .string(c.1))
    #expect(notice["age"] == resolved["age"])
    #expect(notice["nextChange"]?["on"] == resolved["nextChange"]?["on"])
    let md = try #require(notice["markdown"]?.stringValue)
    let parentsHoldAccess = resolved["rights"]?.arrayValue?.first?["holders"]?.arrayValue?.contains("parents") == true
    #expect(md.contains("U oefent als ouder met gezag of als voogd alle rechten van uw kind uit") == parentsHoldAccess)
    let bad = try #require(s.error("information.rightsNotice", ["audience": "parents", "birthDate": "2026-12-01"]))
    #expect(bad.code == .invalidParams && bad.data?["field"] == "birthDate")
  }

  @Test func theRecordExportsWithDutchHeadersAndRefusesWhatTheLawRulesOut() throws {
    try populated()
    let csv = try #require(try s.ok("processing.export", ["format": "csv", "language": "nl"])["csv"]?.stringValue)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines[0].hasPrefix("\u{FEFF}Kenmerk;Status;Verwerkingsactiviteit;Doel;School;Eigenaar;Grondslag (art. 6 lid 1);Wet;Artikel;Betrokkenen"))
    #expect(lines[1].hasPrefix("VA-2026-0001;actief;Leerlingadministratie;"))
    #expect(try s.ok("processing.list", ["dpiaNeed": "required"])["total"] == 2)
    #expect(try s.ok("processing.list", ["subjectCategory": "staff"])["total"] == 1)
    var unknown = ProcessingExamples.staff
    unknown["processors"] = ["P-2026-0404"]
    #expect(s.error("processing.register", unknown)?.data?["field"] == "processors[0]")
    var noLaw = ProcessingExamples.administration
    noLaw["legalBasis"] = ["letter": "e"]
    #expect(s.error("processing.register", noLaw)?.data?["field"] == "legalBasis.law")
    _ = try s.ok("processing.end", ["id": "VA-2026-0004", "endedOn": "2026-11-29", "reason": "naar het administratiekantoor"])
    #expect(s.error("processing.end", ["id": "VA-2026-0004", "endedOn": "2026-11-29", "reason": "x"])?.code == .invalidTransition)
    #expect(s.error("processing.get", ["id": "VA-2026-0404"])?.code == .notFound)
    #expect(s.error("information.configure", ["board": ["name": "X", "address": "Y", "email": "geen-adres"], "dpo": ["name": "A", "email": "a@b.nl"], "requestChannel": ["email": "p@b.nl"], "boardType": "bijzonder"])?.data?["field"] == "board.email")
  }

  /// The privacy officer writes; management reads the record; everyone may read the texts.
  @Test func roles() throws {
    let roles = Dictionary(uniqueKeysWithValues: s.service.server.table.declarations.map { ($0.name, $0.roles) })
    for m in ["processing.register", "processing.update", "processing.end", "information.configure", "information.publish"] {
      #expect(roles[m] == ["privacyOfficer"], "\(m)")
    }
    for m in ["processing.check", "processing.get", "processing.export"] { #expect(roles[m] == ["privacyOfficer", "management"], "\(m)") }
    for m in ["information.privacyStatement", "information.rightsNotice", "information.versions"] {
      #expect(roles[m]?.count == Role.allCases.count, "\(m)")
    }
  }
}
