import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// `breaches.apForm`: each section of the AP form answered from a record that has the facts, and
/// listed as missing (with the method that fills it) from one that does not; the supplement with
/// only what changed; the withdrawal; the text as a person copies it; the HTML escaped.
@Suite struct APFormTests {
  /// A pinned service with the board's settings (or none), called as "fg".
  static func service(now: String = "2026-11-29T10:00:00+01:00", settings: ServiceSettings? = .example) throws -> InProcessWithSettings {
    try InProcessWithSettings(now: now, settings: settings)
  }

  /// D-2026-0001: the USB stick, registered only.
  static let register: JSONObject = [
    "kind": "dataBreach", "summary": "USB-stick met klassenlijst en cijfers verloren in de trein",
    "awareAt": "2026-11-27T16:30:00+01:00", "occurredAt": "2026-11-27T15:45:00+01:00", "source": "internal", "school": "Brederocollege",
  ]

  /// Its assessment.
  static let assess: JSONObject = [
    "id": "D-2026-0001", "risk": "high", "riskRationale": "Namen en cijfers van 29 minderjarigen, onversleuteld, in het openbaar verloren",
    "assessedBy": ["name": "A. de Vries", "role": "privacyOfficer"], "assessedAt": "2026-11-28T09:00:00+01:00",
    "ciaTypes": ["confidentiality"], "dataCategories": ["name", "grades", "health"], "specialCategories": [], "includesMinors": true,
    "subjectsAffected": ["min": 29, "max": 29], "recordsAffected": ["min": 28, "max": 30], "subjectCategories": ["students"],
    "consequences": "Schaamte; cijfers bekend bij onbekenden", "preBreachMeasures": "geen: de stick was niet versleuteld",
  ]

  /// The answer with `key` in `form`, if shown.
  static func answer(_ form: JSONValue, _ key: String) -> JSONValue? {
    for s in form["sections"]?.arrayValue ?? [] {
      if let a = s["answers"]?.arrayValue?.first(where: { $0["key"]?.stringValue == key }) { return a }
    }
    return nil
  }

  /// Per section: a question, its value once the facts are recorded, and the method that fills it
  /// before (nil: answered from registration or settings alone, so the failing case is `bareFilledBy`).
  static let sections: [(section: Int, key: String, value: JSONValue, bareFilledBy: String?)] = [
    (0, "about.kind", "Nieuwe melding", nil),
    (1, "contact.board.name", "Stichting Openbaar Onderwijs Kennemerland", "information.configure"),
    (2, "timeline.awareAt", "27-11-2026 16:30", nil),
    (3, "breach.nature", ["Lezen (vertrouwelijkheid)"], "breaches.assess"),
    (4, "data.types", ["Naam-, adres- en woonplaatsgegevens", "Overige gegevens, namelijk: cijfers"], "breaches.assess"),
    (4, "data.special", ["Gezondheid"], "breaches.assess"),
    (5, "people.count", "29", "breaches.assess"),
    (5, "people.groups", ["Leerlingen of studenten"], "breaches.assess"),
    (6, "prior.encrypted", "Nee", "breaches.assess"),
    (7, "consequences.severity", "Ernstig", "breaches.assess"),
    (8, "followUp.measures", "28-11-2026 10:00: Alle USB-sticks vervangen door versleutelde", "breaches.addMeasure"),
    (9, "other.remarks", "Kenmerk in het datalekregister van het bestuur: D-2026-0001 (school: Brederocollege).", nil),
  ]

  @Test(arguments: sections) func eachSectionAnswered(_ c: (section: Int, key: String, value: JSONValue, bareFilledBy: String?)) throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", Self.register)
    _ = try s.ok("breaches.assess", Self.assess)
    _ = try s.ok("breaches.addMeasure", ["id": "D-2026-0001", "at": "2026-11-28T10:00:00+01:00", "description": "Alle USB-sticks vervangen door versleutelde"])
    let form = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    let a = try #require(Self.answer(form, c.key), "\(c.key) not shown")
    #expect(a["value"] == c.value)
    #expect(a["missing"] == nil)
    let section = form["sections"]?.arrayValue?.first { $0["answers"]?.arrayValue?.contains { $0["key"]?.stringValue == c.key } == true }
    #expect(section?["number"]?.intValue == c.section)
  }

  @Test(arguments: sections.filter { $0.bareFilledBy != nil }) func eachSectionMissingWithItsMethod(
    _ c: (section: Int, key: String, value: JSONValue, bareFilledBy: String?)
  ) throws {
    let s = try Self.service(settings: ServiceSettings())
    _ = try s.ok("breaches.register", Self.register)
    let form = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    let a = try #require(Self.answer(form, c.key))
    #expect(a["value"] == .null)
    #expect(a["missing"] == true)
    #expect(a["filledBy"]?.stringValue == c.bareFilledBy)
    #expect(form["missing"]?.arrayValue?.contains { $0["key"]?.stringValue == c.key } == true)
    #expect(form["complete"] == false)
  }

  @Test func sectionZeroAndNineFailForAnotherKind() throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "laptop stolen", "awareAt": "2026-11-28T09:00:00+01:00"])
    let e = try #require(s.error("breaches.apForm", ["id": "D-2026-0001"]))
    #expect(e.code == .invalidParams)
    #expect(e.data?["field"] == "id")
    #expect(s.error("breaches.apForm", ["id": "D-2026-0404"])?.code == .notFound)
    #expect(s.error("breaches.apForm", ["id": "D-2026-0001", "format": "pdf"])?.code == .invalidParams)
  }

  @Test func lateReasonAskedOnlyAfterTheDeadline() throws {
    let early = try Self.service()
    _ = try early.ok("breaches.register", Self.register)
    #expect(Self.answer(try early.ok("breaches.apForm", ["id": "D-2026-0001"]), "timeline.lateReason") == nil)
    let late = try Self.service(now: "2026-12-01T09:00:00+01:00")
    _ = try late.ok("breaches.register", Self.register)
    let form = try late.ok("breaches.apForm", ["id": "D-2026-0001"])
    #expect(Self.answer(form, "timeline.lateReason")?["filledBy"] == "breaches.reportToAuthority")
    _ = try late.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-12-01T08:30:00+01:00", "reference": "M-9", "lateReason": "FG ziek"])
    let after = try late.ok("breaches.apForm", ["id": "D-2026-0001"])
    #expect(after["notification"] == "supplement")
  }

  @Test func supplementShowsOnlyWhatChangedWithTheReference() throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", Self.register)
    _ = try s.ok("breaches.assess", Self.assess)
    _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T11:00:00+01:00", "reference": "M-2026-48213"])
    let same = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    #expect(same["notification"] == "supplement" && same["reference"] == "M-2026-48213")
    #expect(same["sections"]?.arrayValue?.map { $0["number"]?.intValue } == [0])
    #expect(Self.answer(same, "about.reference")?["value"] == "M-2026-48213")
    #expect(Self.answer(same, "about.kind")?["value"] == "Aanvulling op een eerdere melding")
    _ = try s.ok("breaches.addMeasure", ["id": "D-2026-0001", "at": "2026-11-28T12:00:00+01:00", "description": "Sticks versleuteld"])
    var revised = Self.assess
    revised["subjectsAffected"] = ["min": 31, "max": 31]
    _ = try s.ok("breaches.assess", revised)
    let changed = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    let keys = (changed["sections"]?.arrayValue ?? []).flatMap { $0["answers"]?.arrayValue ?? [] }.compactMap { $0["key"]?.stringValue }
    #expect(keys == ["about.kind", "about.law", "about.reference", "people.count", "followUp.measures"])
    #expect(Self.answer(changed, "people.count")?["value"] == "31")
    #expect(changed["changesSince"] != nil)
    // Once the supplement is sent, nothing has changed since.
    _ = try s.ok("breaches.followUp", ["id": "D-2026-0001", "at": "2026-11-29T09:00:00+01:00", "type": "supplement", "reference": "M-2026-48213", "note": "31 leerlingen; maatregel"])
    let after = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    #expect(after["sections"]?.arrayValue?.count == 1)
  }

  @Test func withdrawalShowsOnlyTheNotificationSection() throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", Self.register)
    _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T11:00:00+01:00", "reference": "M-7"])
    _ = try s.ok("breaches.followUp", ["id": "D-2026-0001", "at": "2026-11-28T15:00:00+01:00", "type": "withdraw", "reference": "M-7", "note": "stick gevonden in de kluis"])
    let form = try s.ok("breaches.apForm", ["id": "D-2026-0001"])
    #expect(form["notification"] == "withdrawal")
    #expect(Self.answer(form, "about.kind")?["value"] == "Intrekking van een eerdere melding")
    #expect(form["sections"]?.arrayValue?.count == 1)
  }

  @Test func englishAddsTranslationsAndKeepsDutchValues() throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", Self.register)
    let form = try s.ok("breaches.apForm", ["id": "D-2026-0001", "language": "en"])
    let a = try #require(Self.answer(form, "timeline.awareAt"))
    #expect(a["questionEN"] == "When did your organisation become aware of it?")
    #expect(a["question"] == "Wanneer heeft uw organisatie de inbreuk ontdekt?")
    #expect(form["sections"]?.arrayValue?.first?["titleEN"] == "About this notification")
  }

  @Test func theTextReadsAsThePrivacyOfficerTypesIt() throws {
    let s = try Self.service()
    _ = try s.ok("breaches.register", Self.register)
    _ = try s.ok("breaches.assess", Self.assess)
    let text = try #require(try s.ok("breaches.apForm", ["id": "D-2026-0001", "format": "text"]).stringValue)
    let lines = text.components(separatedBy: "\n")
    #expect(lines[0] == "Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor D-2026-0001")
    #expect(lines.contains("Uiterlijk melden: 30-11-2026 16:30 (72 uur na het moment van kennisname, art. 33 lid 1 AVG)"))
    // Question, then the value indented under it; ticked options one per line.
    #expect(text.contains("""
      Om welk type persoonsgegevens gaat het?
        [x] Naam-, adres- en woonplaatsgegevens
        [x] Overige gegevens, namelijk: cijfers
      """))
    #expect(text.contains("Hoeveel personen zijn (eventueel bij benadering) betrokken bij de inbreuk?\n  29\n"))
    #expect(text.contains("Wie meldt het datalek? Telefoonnummer\n  023-5551234\n"))
    #expect(text.contains("Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen?\n  ONTBREEKT: vul aan via breaches.addMeasure\n"))
    // The sections in the form's order, and no JSON left in what a person copies.
    let headings = lines.filter { $0.hasPrefix("== ") }.map { String($0.prefix(6)) }
    #expect(headings == ["== 0. ", "== 1. ", "== 2. ", "== 3. ", "== 4. ", "== 5. ", "== 6. ", "== 7. ", "== 8. ", "== 9. ", "== Nog"])
    #expect(!text.contains("\\n") && !text.contains("\"value\""))
    #expect(text.hasSuffix("(vul aan via breaches.addMeasure)\n"))
  }

  @Test func htmlIsAPrintablePageWithEveryValueEscaped() throws {
    let s = try Self.service()
    var hostile = Self.register
    hostile["summary"] = "Stick <script>alert('x')</script> & \"lijst\""
    _ = try s.ok("breaches.register", hostile)
    let html = try #require(try s.ok("breaches.apForm", ["id": "D-2026-0001", "format": "html"]).stringValue)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(!html.contains("<script>"))
    #expect(html.contains("Stick &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;lijst&quot;"))
    #expect(html.contains("<h2>4. Persoonsgegevens die betrokken zijn bij het datalek</h2>"))
    #expect(html.contains("<dd class=\"missing\">ONTBREEKT: vul aan via breaches.assess</dd>"))
  }

  static let escapes: [(String, String)] = [
    ("plain", "plain"), ("a & b", "a &amp; b"), ("<b>", "&lt;b&gt;"), ("\"q\"", "&quot;q&quot;"), ("it's", "it&#39;s"),
    ("&amp;", "&amp;amp;"), ("", ""), ("é ü ✓", "é ü ✓"),
  ]

  @Test(arguments: escapes) func htmlEscape(_ c: (String, String)) {
    #expect(HTML.escape(c.0) == c.1)
  }

  @Test func settingsFileIsReadFromTheStoreAndRefusedWhenWrong() throws {
    let dir = NSTemporaryDirectory() + "avgd-settings-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try ServiceSettings.load(storeDirectory: dir) == ServiceSettings())
    try Data(#"{"board":{"name":"Stichting X","kvkNumber":"123"},"contactPerson":{"name":"B. Bakker","phone":"06"}}"#.utf8)
      .write(to: URL(fileURLWithPath: dir + "/settings.json"))
    let s = try ServiceSettings.load(storeDirectory: dir)
    #expect(s.contacts.board?.name == "Stichting X" && s.contacts.board?.kvkNumber == "123")
    #expect(s.contacts.submitter?.name == "B. Bakker")
    try Data(#"{"board":{"kvkNumber":"123"}}"#.utf8).write(to: URL(fileURLWithPath: dir + "/settings.json"))
    #expect(throws: RPCError.self) { try ServiceSettings.load(storeDirectory: dir) }
  }
}

/// An in-process avgd with "now" pinned and the given settings, called as "fg".
struct InProcessWithSettings {
  let service: AvgdService
  let peer: Peer

  init(now: String, settings: ServiceSettings?) throws {
    var c = ServiceConfiguration()
    c.fixedNow = now
    c.settings = settings
    service = try AvgdService(configuration: c)
    peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: "fg")
  }

  /// The result, or the error thrown.
  func ok(_ method: String, _ params: JSONObject) throws -> JSONValue { try service.server.call(method, params: params, peer: peer).get() }

  /// The error, or nil when the call succeeded.
  func error(_ method: String, _ params: JSONObject) -> RPCError? {
    if case .failure(let e) = service.server.call(method, params: params, peer: peer) { return e }
    return nil
  }
}
