import Rules

/// The rights notice: the plain-language letter that tells parents or a student which rights
/// they have and how to use them, for one student's age band on a date or for every band, from
/// the same rules as `rights.resolve` (duties.md §4, D12; rules.md §1.3).
public struct RightsNotice: Sendable {
  /// The text.
  public let document: TextDocument
  /// The student's age on the date, when a birth date was given.
  public let age: Int?
  /// The band told, nil for every band.
  public let band: StudentPhase?
  /// The rules' next change of holders for this student, if any.
  public let nextChange: NextChange?

  /// The notice for `audience` (parents or students), or the gaps in the settings (D9). A birth
  /// date after `on` is the rules' error (field `birthDate`).
  public static func write(
    audience: Audience, birthDate: CivilDate?, on: CivilDate, settings: InformationSettings?, flags: ActivityFlags,
    school: String?, convention: LeapDayConvention
  ) throws(RuleError) -> (notice: RightsNotice?, gaps: [String]) {
    let resolution = try birthDate.map { b throws(RuleError) in try RightHolder.resolve(birthDate: b, on: on, convention: convention) }
    let gaps = ContactText.gaps(settings)
    guard gaps.isEmpty, let settings else { return (nil, gaps) }
    let v = audience.voice
    let band = resolution.map { StudentPhase(age: $0.age) }
    var doc = TextDocument()
    let name = school ?? settings.boardName
    doc.heading(1, audience == .students ? "Jouw privacyrechten bij \(name)" : "Uw privacyrechten bij \(name)")
    if audience == .parents {
      doc.paragraph("De school verwerkt gegevens over uw kind en over u. De privacywet (AVG) geeft u rechten over die gegevens. In deze brief leest u welke rechten dat zijn, wie ze uitoefent en hoe u ze gebruikt.")
    } else if audience == .students {
      doc.paragraph("De school verwerkt gegevens over jou. De privacywet (AVG) geeft je rechten over die gegevens. Hier lees je welke rechten dat zijn, wie ze gebruikt en hoe dat gaat.")
    } else {
      doc.paragraph("De school verwerkt gegevens over u als medewerker. De privacywet (AVG) geeft u rechten over die gegevens. Hier leest u welke rechten dat zijn en hoe u ze gebruikt.")
    }
    if let resolution, audience != .staff {
      let who = audience == .parents ? "Uw kind is" : "Je bent"
      doc.paragraph("\(who) op \(ContactText.dutch(on)) \(resolution.age) jaar. Daarom geldt het deel \"\(RightsText.bandTitle(StudentPhase(age: resolution.age), audience))\".")
    }
    doc.heading(2, audience == .students ? "Jouw rechten" : "Uw rechten")
    RightsText.append(to: &doc, audience: audience, flags: flags, bands: RightsText.bands(on: on, convention: convention), only: band)
    if let next = resolution?.nextChange, audience != .staff {
      doc.heading(2, "Wat verandert er?")
      let phase = StudentPhase(age: next.age)
      let later = RightsText.bands(on: next.on, convention: convention).filter { $0.phase == phase }
      var part = TextDocument()
      RightsText.append(to: &part, audience: audience, flags: flags, bands: later, only: phase)
      let sentence = part.blocks.compactMap { b -> String? in if case .paragraph(let t) = b { return t }; return nil }.dropFirst().first ?? ""
      doc.paragraph("Vanaf \(ContactText.dutch(next.on)) (de \(next.age)e verjaardag) verandert dit. \(sentence)")
    }
    ContactText.request(to: &doc, settings, v)
    ContactText.example(to: &doc, on: on, v)
    ContactText.complaint(to: &doc, settings, v)
    doc.heading(2, "Vragen")
    doc.paragraph("\(v.You) kunt met vragen over privacy terecht bij onze functionaris voor gegevensbescherming, \(settings.dpoName ?? ""): \(settings.dpoContact.joined(separator: ", ")).")
    return (RightsNotice(document: doc, age: resolution?.age, band: band, nextChange: resolution?.nextChange), [])
  }
}
