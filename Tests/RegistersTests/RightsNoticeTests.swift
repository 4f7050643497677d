import JSON
import Registers
import Rules
import Testing
import Wording

/// The rights notice and the rights part of the privacy statement, told from the rules that
/// answer `rights.resolve` (rules.md §1.3; duties.md §4, D12): the band changes at 00:00 on the
/// 16th birthday, the rights listed follow the bases in use, and the texts escape what the
/// registers hold.
@Suite struct RightsNoticeTests {
  /// Settings as `information.configure` stores them.
  static func settings(dpo: Bool = true) throws -> InformationSettings {
    var input: JSONObject = [
      "board": ["name": "Stichting Kennemer College Groep", "address": "Postbus 1234", "email": "bestuur@example.nl"],
      "dpo": ["name": "mr. A. de Vries", "email": "fg@example.nl"],
      "requestChannel": ["email": "privacy@example.nl"], "boardType": "stichtingOpenbaar",
    ]
    if !dpo { input["dpo"] = nil }
    var r = Register(kind: .informationSettings)
    let change = try InformationSettings.configure(InputReader(input), in: r, now: t("2026-11-29T10:00:00+01:00"), by: "fg")
    r.apply(RegisterEvent(seq: 1, at: "x", actor: "fg", type: change.type, data: change.data))
    return try #require(InformationSettings.current(in: r))
  }

  static func notice(_ audience: Audience, birth: String?, on: String, flags: ActivityFlags = ActivityFlags()) throws -> RightsNotice {
    let written = try RightsNotice.write(
      audience: audience, birthDate: birth.map { d($0) }, on: d(on), settings: settings(), flags: flags, school: "Brederocollege",
      convention: .default)
    return try #require(written.notice)
  }

  /// The 16th birthday: the day before, the parents exercise the rights; from 00:00 on the
  /// birthday, the student does — as `rights.resolve` says for the same dates.
  static let birthdayCases: [(on: String, age: Int, band: StudentPhase, heading: String, absent: String)] = [
    ("2026-03-14", 15, .under16, "Uw kind is jonger dan 16 jaar", "Uw kind is 16 of 17 jaar"),
    ("2026-03-15", 16, .sixteenToEighteen, "Uw kind is 16 of 17 jaar", "Uw kind is jonger dan 16 jaar"),
    ("2028-03-14", 17, .sixteenToEighteen, "Uw kind is 16 of 17 jaar", "Uw kind is 18 jaar of ouder"),
    ("2028-03-15", 18, .adult, "Uw kind is 18 jaar of ouder", "Uw kind is 16 of 17 jaar"),
  ]

  @Test(arguments: birthdayCases) func theSixteenthBirthday(_ c: (on: String, age: Int, band: StudentPhase, heading: String, absent: String)) throws {
    let n = try Self.notice(.parents, birth: "2010-03-15", on: c.on)
    let resolved = try RightHolder.resolve(birthDate: d("2010-03-15"), on: d(c.on))
    #expect(n.age == c.age && n.age == resolved.age)
    #expect(n.band == c.band)
    #expect(n.nextChange == resolved.nextChange)
    let md = n.document.markdown
    #expect(md.contains("### \(c.heading)"))
    #expect(!md.contains(c.absent))
  }

  @Test func beforeSixteenTheParentsAreToldWhatChangesOnTheBirthday() throws {
    let md = try Self.notice(.parents, birth: "2010-03-15", on: "2026-03-14").document.markdown
    #expect(md.contains("Vanaf 15 maart 2026 (de 16e verjaardag) verandert dit. Uw kind oefent deze rechten zelf uit"))
    #expect(md.contains("U oefent als ouder met gezag of als voogd alle rechten van uw kind uit"))
    #expect(md.contains("artikel 1:377c"))
  }

  @Test func theStudentIsAddressedInformally() throws {
    let md = try Self.notice(.students, birth: "2010-03-15", on: "2026-03-15").document.markdown
    #expect(md.contains("# Jouw privacyrechten bij Brederocollege"))
    #expect(md.contains("Je bent op 15 maart 2026 16 jaar."))
    #expect(md.contains("Tot je 18e krijgen je ouders ook informatie over je vorderingen en resultaten."))
    #expect(!md.contains(" u "))
  }

  /// Every band's holders come from the rules: a synthetic student of each band's age on `on`.
  @Test(arguments: ["2026-11-29", "2028-02-29", "2027-03-01", "2026-01-01"]) func bandsAreTheRulesAnswers(_ on: String) {
    let bands = RightsText.bands(on: d(on), convention: .default)
    #expect(bands.map(\.phase) == [.under16, .sixteenToEighteen, .adult])
    #expect(bands.map(\.resolution.age) == [15, 16, 18])
    for b in bands { #expect(StudentPhase(age: b.resolution.age) == b.phase) }
  }

  /// D12: portability and withdrawing consent only with consent (or a contract), objection only
  /// with (e) or (f); access, rectification, erasure and restriction always.
  @Test func theRightsListedFollowTheBases() {
    var flags = ActivityFlags()
    #expect(RightsText.listed(flags, audience: .parents) == [.access, .rectification, .erasure, .restriction, .results])
    #expect(RightsText.listed(flags, audience: .staff) == [.access, .rectification, .erasure, .restriction])
    flags.objectable = true
    flags.consent = true
    #expect(RightsText.listed(flags, audience: .students) == Right.allCases)
  }

  /// D9: without settings (so without FG and request channel) no notice is written.
  @Test func aNoticeWithoutSettingsIsRefusedWithItsGaps() throws {
    let written = try RightsNotice.write(
      audience: .parents, birthDate: nil, on: d("2026-11-29"), settings: nil, flags: ActivityFlags(), school: nil, convention: .default)
    #expect(written.notice == nil)
    #expect(written.gaps == ["settings: voer information.configure uit (board, dpo, requestChannel, boardType)"])
    let english = try Language.en.bound {
      try RightsNotice.write(
        audience: .parents, birthDate: nil, on: d("2026-11-29"), settings: nil, flags: ActivityFlags(), school: nil, convention: .default)
    }
    #expect(english.gaps == ["settings: run information.configure (board, dpo, requestChannel, boardType)"])
  }

  @Test func theDPOIsRequiredInTheSettings() throws {
    #expect(throws: RegisterError.invalid("dpo", "is verplicht")) { _ = try Self.settings(dpo: false) }
  }

  @Test func aBirthDateAfterTheDateIsTheRulesError() throws {
    #expect(throws: RuleError.self) { _ = try Self.notice(.parents, birth: "2026-12-01", on: "2026-11-29") }
  }

  /// A date the rules cannot count a deadline from (holiday years 1900–2200) is the rules' error
  /// on `on`, never a notice that silently lacks its dated example.
  @Test(arguments: ["2300-06-01", "2200-12-20"])
  func aDateBeyondTheHolidayYearsIsTheRulesErrorOnOn(on: String) throws {
    let error = #expect(throws: RuleError.self) { _ = try Self.notice(.parents, birth: nil, on: on) }
    #expect(error?.field == "on")
  }

  @Test func publicLawBoardsNameTheAwbObjection() throws {
    let md = try Self.notice(.parents, birth: nil, on: "2026-11-29").document.markdown
    #expect(md.contains("bij ons bestuur bezwaar maken (UAVG art. 34)"))
    #expect(md.contains("Autoriteit Persoonsgegevens"))
    #expect(md.contains("uiterlijk op 29 december 2026"))
  }

  @Test func theRenderersEscapeRegisterText() {
    var doc = TextDocument()
    doc.heading(2, "A & B <script>")
    doc.paragraph("*sterk* [link](x)")
    doc.list(["\"x\""])
    #expect(doc.html == "<h2>A &amp; B &lt;script&gt;</h2>\n<p>*sterk* [link](x)</p>\n<ul>\n<li>&quot;x&quot;</li>\n</ul>\n")
    #expect(doc.markdown == "## A & B \\<script\\>\n\n\\*sterk\\* \\[link\\](x)\n\n- \"x\"\n")
    #expect(doc.sections == ["A & B <script>"])
  }
}
