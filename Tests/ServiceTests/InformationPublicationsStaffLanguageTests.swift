import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The answers of information, publications and staff in both languages (issue 16 §1): the same
/// call with `language: nl` and `en` gives each language's text from the catalogue, and the same
/// field names, codes and dates. Dutch is the default.
@Suite struct InformationPublicationsStaffLanguageTests {
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  /// `value` without the members that hold texts, to compare the rest between languages.
  static func withoutTexts(_ value: JSONValue, _ texts: Set<String>) -> JSONValue {
    guard case .object(var o) = value else { return value }
    for t in texts { o[t] = nil }
    return .object(o)
  }

  /// Consents of a student who turned 16 (parent's, from 1 August: WEBSITE and NIEUWSBRIEF), the
  /// newsletter withdrawn by the student, and a parent's website consent for a second student
  /// that the parent asked to withdraw after the 16th birthday (suspended).
  func consents() throws {
    _ = try s.ok("publications.consent", [
      "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
      "channels": ["WEBSITE", "NIEUWSBRIEF"], "givenOn": "2026-03-14", "validFrom": "2026-08-01",
    ])
    _ = try s.ok("publications.withdraw", [
      "studentId": "3310", "channel": "NIEUWSBRIEF", "withdrawnOn": "2026-11-01", "by": ["relationship": "student", "name": "L. de Boer"],
    ])
    _ = try s.ok("publications.consent", [
      "student": ["id": "5120", "birthDate": "2010-10-01"], "givenBy": ["relationship": "parent", "name": "A. Bakker"],
      "channels": ["WEBSITE"], "givenOn": "2026-09-01",
    ])
    _ = try s.ok("publications.withdraw", [
      "studentId": "5120", "channel": "WEBSITE", "withdrawnOn": "2026-11-21", "by": ["relationship": "parent", "name": "A. Bakker"],
    ])
  }

  static let verdicts: [(student: String, channel: String, on: String?, code: String, nl: String, en: String)] = [
    ("3310", "WEBSITE", nil, "consent",
     "Toegestaan: toestemming BT-2026-0001 voor website van de school (WEBSITE) geldt tot en met 2027-07-31. De toestemming is gegeven door een ouder en de leerling is nu 16 of ouder: vraag de leerling zelf om bevestiging.",
     "Allowed: consent BT-2026-0001 for the school's website (WEBSITE) holds up to and including 2027-07-31. The consent was given by a parent and the student is now 16 or older: ask the student to confirm it."),
    ("3310", "SOCIAAL_MEDIA", nil, "noConsent",
     "Niet toegestaan: er is geen toestemming geregistreerd voor sociale media van de school (SOCIAAL_MEDIA). Laat de leerling weg of maak hem of haar onherkenbaar.",
     "Not allowed: no consent is recorded for the school's social media (SOCIAAL_MEDIA). Leave the student out or make them unrecognisable."),
    ("3310", "NIEUWSBRIEF", nil, "withdrawn",
     "Niet toegestaan: de toestemming BT-2026-0002 voor nieuwsbrief (NIEUWSBRIEF) is ingetrokken met ingang van 2026-11-01 (AVG art. 7 lid 3).",
     "Not allowed: consent BT-2026-0002 for newsletter (NIEUWSBRIEF) was withdrawn with effect from 2026-11-01 (AVG art. 7 lid 3)."),
    ("5120", "WEBSITE", nil, "suspended",
     "Niet toegestaan: een ouder vroeg op 2026-11-21 om intrekking na de 16e verjaardag van de leerling. De leerling beslist nu zelf; tot die antwoordt is website van de school (WEBSITE) geblokkeerd.",
     "Not allowed: on 2026-11-21 a parent asked to withdraw after the student's 16th birthday. The student now decides; until the student answers, the school's website (WEBSITE) is blocked."),
    ("3310", "WEBSITE", "2027-08-01", "expired",
     "Niet toegestaan: de toestemming BT-2026-0001 voor website van de school (WEBSITE) gold tot en met 2027-07-31. Vraag opnieuw toestemming voor dit schooljaar.",
     "Not allowed: consent BT-2026-0001 for the school's website (WEBSITE) held up to and including 2027-07-31. Ask for consent again for this school year."),
    ("3310", "WEBSITE", "2026-07-01", "notYetValid",
     "Niet toegestaan: de toestemming BT-2026-0001 voor website van de school (WEBSITE) geldt pas vanaf 2026-08-01.",
     "Not allowed: consent BT-2026-0001 for the school's website (WEBSITE) only holds from 2026-08-01."),
  ]

  @Test func publicationCheckReasonsInBothLanguages() throws {
    try consents()
    for v in Self.verdicts {
      var params: JSONObject = ["studentId": .string(v.student), "channel": .string(v.channel)]
      if let on = v.on { params["on"] = .string(on) }
      let byDefault = try s.ok("publications.check", params)
      params["language"] = "nl"
      let nl = try s.ok("publications.check", params)
      params["language"] = "en"
      let en = try s.ok("publications.check", params)
      #expect(nl["code"] == .string(v.code), "\(v)")
      #expect(nl["reason"] == .string(v.nl), "\(v.code)")
      #expect(en["reason"] == .string(v.en), "\(v.code)")
      #expect(byDefault == nl, "Dutch by default")
      #expect(Self.withoutTexts(nl, ["reason"]) == Self.withoutTexts(en, ["reason"]), "\(v.code): only the reason differs")
    }
  }

  static let dueLines: [(topic: String, reason: String, nlLabel: String, enLabel: String, nl: String, en: String)] = [
    ("DATALEK_MELDEN", "expired", "Datalekken herkennen en direct melden", "Recognising data breaches and reporting them at once",
     "Instructie \"Datalekken herkennen en direct melden\" van 2025-11-28 is verlopen (geldig 12 maanden); herhalen.",
     "Instruction \"Recognising data breaches and reporting them at once\" of 2025-11-28 has expired (valid for 12 months); repeat it."),
    ("AVG_BASIS", "missing", "Wat persoonsgegevens zijn: doel, minimale gegevens, vertrouwelijkheid",
     "What personal data is: purpose, minimal data, confidentiality",
     "Nog geen instructie \"Wat persoonsgegevens zijn: doel, minimale gegevens, vertrouwelijkheid\" geregistreerd; nodig sinds 2020-08-31.",
     "No instruction \"What personal data is: purpose, minimal data, confidentiality\" recorded yet; needed since 2020-08-31."),
  ]

  @Test func staffDueLinesInBothLanguages() throws {
    _ = try s.ok("staff.register", ["id": "MW-1", "roles": ["LERAAR"], "schools": ["De Linde"], "activeFrom": "2020-08-01"])
    _ = try s.ok("staff.instruct", ["topic": "DATALEK_MELDEN", "on": "2025-11-28", "staff": [["id": "MW-1"]]])
    for row in Self.dueLines {
      let nl = try #require(try s.ok("staff.due", ["topic": .string(row.topic)])["items"]?.arrayValue?.first)
      let en = try #require(try s.ok("staff.due", ["topic": .string(row.topic), "language": "en"])["items"]?.arrayValue?.first)
      #expect(nl["reason"] == .string(row.reason) && en["reason"] == .string(row.reason))
      #expect(nl["topicLabel"] == .string(row.nlLabel) && en["topicLabel"] == .string(row.enLabel))
      #expect(nl["text"] == .string(row.nl))
      #expect(en["text"] == .string(row.en))
      #expect(Self.withoutTexts(nl, ["topicLabel", "text"]) == Self.withoutTexts(en, ["topicLabel", "text"]))
    }
    let topics = try s.ok("staff.topics", ["language": "en"])["topics"]?.arrayValue ?? []
    #expect(topics.first?["label"] == "What personal data is: purpose, minimal data, confidentiality")
    #expect(topics.first?["basis"] == "AVG art. 32 lid 4, 39 lid 1 sub b", "a citation stays as it is")
  }

  /// The examples' board: the agreement P-2026-0001, the settings, and the parents' activities.
  func populated() throws {
    _ = try s.ok("processors.register", ProcessorsRegister.cleanExample)
    var tracking = ProcessingExamples.tracking
    tracking["processors"] = ["P-2026-0001"]
    for a in [ProcessingExamples.administration, tracking, ProcessingExamples.photos, ProcessingExamples.staff] {
      var input = a
      if input["processors"] == ["P-2026-0003"] { input["processors"] = nil }
      _ = try s.ok("processing.register", input)
    }
    _ = try s.ok("information.configure", InformationExamples.settings)
  }

  static let englishParentSections = [
    "Privacy statement for parents and carers of Brederocollege", "Who is responsible for your data?", "Data protection officer",
    "What data we process and why", "Who we share data with", "How long we keep data", "Security", "Automated decisions",
    "Your rights", "How to make a request", "Making a complaint", "Changes",
  ]

  @Test func thePrivacyStatementsHeadingsInBothLanguages() throws {
    try populated()
    let params: JSONObject = ["audience": "parents", "school": "Brederocollege"]
    let nl = try s.ok("information.privacyStatement", params)
    var p = params
    p["language"] = "en"
    let en = try s.ok("information.privacyStatement", p)
    #expect(nl["language"] == "nl" && en["language"] == "en")
    #expect(nl["sections"]?.arrayValue?.compactMap(\.stringValue) == InformationExamples.parentSections.compactMap(\.stringValue))
    #expect(en["sections"]?.arrayValue?.compactMap(\.stringValue) == Self.englishParentSections)
    #expect(nl["activityIds"] == en["activityIds"] && nl["audience"] == en["audience"] && nl["on"] == en["on"])
    #expect(nl["sha256"] != en["sha256"], "each language's text has its own hash")
    let md = try #require(en["markdown"]?.stringValue)
    for phrase in [
      "Stichting Kennemer College Groep, the competent authority of Brederocollege, is responsible",
      "We answer your request within one month of receiving it (AVG art. 12 lid 3).",
      "### Your child is under 16", "You may also always complain to the Autoriteit Persoonsgegevens",
    ] {
      #expect(md.contains(phrase), "\(phrase)")
    }
    let notice = try s.ok("information.rightsNotice", ["audience": "students", "birthDate": "2010-11-29", "language": "en"])
    #expect(notice["sections"]?.arrayValue?.first == "Your privacy rights at Stichting Kennemer College Groep")
    #expect(notice["markdown"]?.stringValue?.contains("You are 16 on 29 November 2026.") == true)
  }

  @Test func aPublishedVersionRecordsItsLanguageAndItsHash() throws {
    try populated()
    let base: JSONObject = ["audience": "parents", "school": "Brederocollege", "inForceFrom": "2026-12-01", "changeClass": "minor"]
    let nl = try s.ok("information.publish", base)
    var p = base
    p["language"] = "en"
    let en = try s.ok("information.publish", p)
    #expect(nl["language"] == "nl" && en["language"] == "en")
    let enText = try s.ok("information.privacyStatement", ["audience": "parents", "school": "Brederocollege", "on": "2026-12-01", "language": "en"])
    #expect(en["sha256"] == enText["sha256"] && en["markdown"] == enText["markdown"])
    #expect(nl["sha256"] != en["sha256"])
    let inForceNL = try s.ok("information.versions", ["school": "Brederocollege", "on": "2026-12-15"])["inForce"]?["parents"]
    let inForceEN = try s.ok("information.versions", ["school": "Brederocollege", "on": "2026-12-15", "language": "en"])["inForce"]?["parents"]
    #expect(inForceNL == nl["id"] && inForceEN == en["id"], "a version is in force in its own language")
  }
}
