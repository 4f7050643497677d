import JSON
import Registers
import Testing

/// The neutral-communication check (rules.md §3.4, decision 33): what it finds in Dutch and
/// English, where (Unicode scalar offsets), and that a neutral text passes.
@Suite struct CommunicationCheckTests {
  static let known = ["Sanne de Vries", "Peter Bakker"]

  /// text, audience, expected (kind, text) in order.
  static let cases: [(String, NoticeAudience, [(FindingKind, String)])] = [
    ("Er is een beveiligingsincident geweest. We hebben maatregelen genomen.", .general, []),
    ("There has been a security incident. We have taken measures.", .general, []),
    ("Sanne de Vries uit klas 3B was op 12 maart ziek.", .general,
      [(.name, "Sanne de Vries"), (.classAndDate, "klas 3B was op 12 maart"), (.specialCategory, "ziek")]),
    ("Mail sanne.devries@school.nl of bel 06-12345678.", .general, [(.email, "sanne.devries@school.nl"), (.phone, "06-12345678")]),
    ("Bel +31 6 1234 5678 of 010-1234567.", .general, [(.phone, "+31 6 1234 5678"), (.phone, "010-1234567")]),
    ("Het gaat om leerlingnummer 4521 en 20231234.", .general, [(.studentNumber, "leerlingnummer 4521"), (.studentNumber, "20231234")]),
    ("Group 5 on 3 March: Peter's diagnosis of ADHD.", .general,
      [(.classAndDate, "Group 5 on 3 March"), (.name, "Peter"), (.specialCategory, "diagnosis"), (.specialCategory, "ADHD")]),
    ("A Muslim student and a pregnant teacher were affected.", .general,
      [(.specialCategory, "Muslim"), (.specialCategory, "pregnant")]),
    ("De moslim leerling is zwanger en gebruikt medicatie.", .general,
      [(.specialCategory, "moslim"), (.specialCategory, "zwanger"), (.specialCategory, "medicatie")]),
    ("Mevrouw Jansen heeft een strafblad.", .general, [(.name, "Mevrouw Jansen"), (.specialCategory, "strafblad")]),
    ("Op 12-03-2026 om 10.30 uur, bedrag 1.250.000 euro.", .general, []),
    ("Klas 3B heeft een nieuw rooster. Op 12 maart is er een ouderavond.", .general, []),
    // An art. 34 notice may hold the recipient's own details, but not other names or special categories.
    ("Uw kind (leerlingnummer 123456, klas 3B) stond op de lijst van 12 maart; mail ons via info@school.nl.", .affected, []),
    ("Ook Peter Bakker en de ziekte van uw kind stonden erop.", .affected, [(.name, "Peter Bakker"), (.specialCategory, "ziekte")]),
  ]

  @Test(arguments: cases.indices) func finds(_ i: Int) {
    let (text, audience, expected) = Self.cases[i]
    let check = CommunicationCheck(text: text, audience: audience, knownNames: Self.known)
    #expect(check.findings.map(\.kind) == expected.map(\.0), "\(text)")
    #expect(check.findings.map(\.text) == expected.map(\.1), "\(text)")
    #expect(check.ok == expected.isEmpty)
    let scalars = Array(text.unicodeScalars)
    for f in check.findings {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[f.start..<f.end])
      #expect(String(view) == f.text, "offsets of \(f.text)")
      #expect(!f.suggestion.isEmpty)
    }
  }

  @Test func offsetsCountUnicodeScalars() {
    // "Zoë" has 3 scalars (precomposed ë); "😀" is 1 scalar (2 UTF-16 units).
    let check = CommunicationCheck(text: "Zoë 😀 belt 0612345678.", audience: .general)
    #expect(check.findings.count == 1)
    #expect(check.findings.first?.start == 11 && check.findings.first?.end == 21)
    #expect(check.findings.first?.kind == .phone)
  }

  @Test func suggestionsFollowTheLanguage() {
    let nl = CommunicationCheck(text: "Het gaat om de zieke leerling van de school.", audience: .general)
    #expect(nl.language == .nl)
    #expect(nl.findings.first?.suggestion.hasPrefix("Laat 'zieke' weg") == true)
    #expect(nl.findings.first?.category == "health")
    let en = CommunicationCheck(text: "The student is sick.", audience: .general)
    #expect(en.language == .en)
    #expect(en.findings.first?.suggestion.hasPrefix("Leave out 'sick'") == true)
    let onlyEnglish = CommunicationCheck(text: "De leerling is ziek.", audience: .general, language: .en)
    #expect(onlyEnglish.ok)
  }

  @Test func recipientNamesAreAllowedInAnAffectedNotice() {
    let check = CommunicationCheck(
      text: "Beste Sanne de Vries, ook Peter Bakker stond op de lijst.", audience: .affected, knownNames: Self.known,
      allowedNames: ["Sanne de Vries"])
    #expect(check.findings.map(\.text) == ["Peter Bakker"])
  }

  @Test func jsonNamesTheOffsetUnit() {
    let json = CommunicationCheck(text: "Mail a@b.nl", audience: .general).json
    #expect(json["ok"] == false)
    #expect(json["offsets"] == "unicodeScalars")
    #expect(json["findings"]?.arrayValue?.first?["kind"] == "email")
  }
}
