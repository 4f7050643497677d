import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The processors, consents and sharing methods in-process: exports in both languages, and the
/// errors a caller sees (-32602 with data.field, 1001, 1002, 1003 with holders, 1006).
@Suite struct SharingServiceTests {
  /// The pinned service, called as the privacy officer's user "fg".
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  static let agreement: JSONObject = [
    "supplier": ["name": "Leerlingdata B.V.", "kvk": "12345678", "convenantStatus": "participant", "convenantCheckedOn": "2026-09-01"],
    "agreement": ["model": "model3_0", "effectiveFrom": "2019-03-01", "signedBySupplier": ["name": "S. Visser", "on": "2019-02-25"]],
    "products": [["name": "LVS Online", "annexVersion": "2.1"]], "school": "Brederocollege",
  ]

  static let consent: JSONObject = [
    "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
    "scope": ["photo"], "purpose": "photos on the school website", "givenOn": "2026-01-10",
  ]

  @Test(arguments: ["en", "nl"]) func processorExportAndCheck(_ language: String) throws {
    _ = try s.call("processors.register", Self.agreement).get()
    let out = try s.call("processors.export", ["format": "csv", "language": .string(language)]).get()
    #expect(out["count"] == 1)
    let lines = try #require(out["csv"]?.stringValue).components(separatedBy: "\r\n")
    // nl: the CSV Dutch Excel opens (byte-order mark, `;`, Dutch values, dd-mm-jjjj; issue 16 §2).
    #expect(lines[0].hasPrefix(language == "nl" ? "\u{FEFF}Kenmerk;Status;School;Leverancier;KvK-nummer" : "Id,Status,School,Supplier,KvK number"))
    #expect(lines[1].hasPrefix(language == "nl"
      ? "P-2026-0001;actief;Brederocollege;Leerlingdata B.V.;12345678;deelnemer;01-09-2026;model 3.0"
      : "P-2026-0001,active,Brederocollege,Leerlingdata B.V.,12345678,participant"))
    let check = try s.call("processors.check", [:]).get()
    #expect(check["errors"] == 1)
    #expect(check["warnings"] == 1)
    #expect(check["findings"]?.arrayValue?.map { $0["code"]?.stringValue ?? "" } == ["schoolSignatureMissing", "olderModel"])
    #expect(try s.call("processors.list", ["convenantStatus": "supporter"]).get()["total"] == 0)
    #expect(try s.call("processors.list", ["supplier": "leerling"]).get()["total"] == 1)
  }

  @Test func sharingAndConsentExports() throws {
    _ = try s.call("consents.record", Self.consent).get()
    _ = try s.call("sharing.record", [
      "recipient": ["name": "=Fotostudio", "role": "thirdPartyController"], "purpose": "photos on the school website",
      "legalBasis": "AVG6_1a", "dataCategories": ["photo"], "students": [["id": "3310", "birthDate": "2010-03-15"]],
      "disclosedOn": "2026-02-01", "consentId": "C-2026-0001",
    ]).get()
    let sharing = try s.call("sharing.export", ["format": "csv", "language": "nl"]).get()
    let lines = try #require(sharing["csv"]?.stringValue).components(separatedBy: "\r\n")
    #expect(lines[0].hasPrefix("\u{FEFF}Kenmerk;School;Verstrekt op;Leerlingen;Ontvanger;Rol ontvanger;Doel;Grondslag"))
    #expect(lines[1] == "S-2026-0001;;01-02-2026;3310;'=Fotostudio;derde (verwerkingsverantwoordelijke);photos on the school website;toestemming (AVG art. 6 lid 1 sub a);;photo;C-2026-0001;nee;;;;nee;fg")
    let english = try s.call("sharing.export", ["format": "csv", "language": "en"]).get()
    #expect(try #require(english["csv"]?.stringValue).components(separatedBy: "\r\n")[1] == "S-2026-0001,,2026-02-01,3310,'=Fotostudio,thirdPartyController,photos on the school website,AVG6_1a,,photo,C-2026-0001,no,,,,no,fg")
    let consents = try s.call("consents.export", ["format": "json"]).get()
    #expect(consents["records"]?.arrayValue?.first?["ageOnGiving"] == 15)
    #expect(try s.call("sharing.list", ["studentId": "3310"]).get()["total"] == 1)
    #expect(try s.call("sharing.list", ["legalBasis": "AVG6_1c"]).get()["total"] == 0)
  }

  static let invalidCases: [(method: String, params: JSONObject, field: String)] = [
    ("processors.register", ["supplier": ["name": "X", "convenantStatus": "maybe", "convenantCheckedOn": "2026-01-01"], "agreement": ["model": "model4_0", "effectiveFrom": "2026-01-01"], "products": []], "supplier.convenantStatus"),
    ("processors.register", ["supplier": ["name": "X", "kvk": "12", "convenantStatus": "none", "convenantCheckedOn": "2026-01-01"], "agreement": ["model": "model4_0", "effectiveFrom": "2026-01-01"], "products": []], "supplier.kvk"),
    ("processors.register", ["supplier": ["name": "X", "convenantStatus": "none", "convenantCheckedOn": "2026-01-01"], "agreement": ["model": "model4_0", "effectiveFrom": "2026-01-01"], "products": [["name": "A", "subProcessors": [["name": "S", "country": "US", "transferMechanism": "hope"]]]]], "products[0].subProcessors[0].transferMechanism"),
    ("consents.record", ["student": ["id": "1", "birthDate": "2010-13-01"], "givenBy": ["relationship": "parent", "name": "P"], "scope": ["photo"], "purpose": "p", "givenOn": "2026-01-01"], "student.birthDate"),
    ("consents.record", ["student": ["id": "1", "birthDate": "2010-01-01"], "givenBy": ["relationship": "aunt", "name": "P"], "scope": ["photo"], "purpose": "p", "givenOn": "2026-01-01"], "givenBy.relationship"),
    ("sharing.record", ["recipient": ["name": "DUO", "role": "thirdPartyController"], "purpose": "BRON", "legalBasis": "AVG6_1c", "dataCategories": ["name"], "students": [["id": "1", "birthDate": "2010-01-01"]], "disclosedOn": "2026-11-01"], "specificLaw"),
    ("sharing.record", ["recipient": ["name": "DUO", "role": "thirdPartyController"], "purpose": "BRON", "legalBasis": "AVG6_1c", "specificLaw": "WVO", "dataCategories": ["name"], "students": [["id": "1", "birthDate": "2027-01-01"]], "disclosedOn": "2026-11-01"], "students[0].birthDate"),
  ]

  @Test(arguments: invalidCases) func invalidParamsNameTheField(_ c: (method: String, params: JSONObject, field: String)) {
    let e = s.error(c.method, c.params)
    #expect(e?.code == .invalidParams)
    #expect(e?.data?["field"] == .string(c.field))
  }

  @Test func applicationErrors() throws {
    #expect(s.error("processors.get", ["id": "P-2026-0042"])?.code == .notFound)
    #expect(s.error("processors.check", ["id": "P-2026-0042"])?.code == .notFound)
    // A parent for a 16-year-old: 1003 with the holders.
    var atSixteen = Self.consent
    atSixteen["givenOn"] = "2026-03-15"
    let notEntitled = s.error("consents.record", atSixteen)
    #expect(notEntitled?.code == .notEntitled)
    #expect(notEntitled?.data?["field"] == "givenBy.relationship")
    #expect(notEntitled?.data?["holders"] == ["student"])
    // Withdrawn, then a disclosure on it: 1006.
    _ = try s.call("consents.record", Self.consent).get()
    _ = try s.call("sharing.withdrawConsent", ["consentId": "C-2026-0001", "withdrawnOn": "2026-11-20", "by": ["relationship": "student", "name": "L"]]).get()
    let again = s.error("sharing.withdrawConsent", ["consentId": "C-2026-0001", "withdrawnOn": "2026-11-21", "by": ["relationship": "student", "name": "L"]])
    #expect(again?.code == .conflict)
    let disclosure = s.error("sharing.record", [
      "recipient": ["name": "Fotostudio", "role": "thirdPartyController"], "purpose": "photos on the school website",
      "legalBasis": "AVG6_1a", "dataCategories": ["photo"], "students": [["id": "3310", "birthDate": "2010-03-15"]],
      "disclosedOn": "2026-11-25", "consentId": "C-2026-0001",
    ])
    #expect(disclosure?.code == .conflict)
    #expect(disclosure?.data?["field"] == "consentId")
    // An ended agreement takes no new product: 1002 with allowed.
    _ = try s.call("processors.register", Self.agreement).get()
    _ = try s.call("processors.end", ["id": "P-2026-0001", "endDate": "2026-10-31"]).get()
    let add = s.error("processors.addProduct", ["id": "P-2026-0001", "product": ["name": "X"]])
    #expect(add?.code == .invalidTransition)
    #expect(add?.data?["allowed"] == ["update"])
  }

  @Test func recipientsReadTheRegister() throws {
    _ = try s.call("sharing.record", [
      "recipient": ["name": "Leerplicht", "role": "thirdPartyController"], "purpose": "absence report", "legalBasis": "AVG6_1c",
      "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["absence"], "students": [["id": "4521", "birthDate": "2012-05-10"]],
      "disclosedOn": "2026-11-16", "parentsInformedOn": "2026-11-16", "informedHow": "letter",
    ]).get()
    let out = try s.call("sharing.recipients", ["studentId": "4521"]).get()
    #expect(out["count"] == 1)
    #expect(out["recipients"] == [["name": "Leerplicht", "role": "thirdPartyController"]])
    #expect(out["disclosures"]?.arrayValue?.first?["specificLaw"] == "Leerplichtwet 1969 art. 21a")
  }
}
