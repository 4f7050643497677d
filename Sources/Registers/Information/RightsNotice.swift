import Rules
import Wording

/// The rights notice: the plain-language letter that tells parents or a student which rights
/// they have and how to use them, for one student's age band on a date or for every band, from
/// the same rules as `rights.resolve` (duties.md §4, D12; rules.md §1.3). The words are the
/// catalogue's (`Texts.Information.Rights`), in the call's language.
public struct RightsNotice: Sendable {
  /// The catalogue's rights texts.
  typealias T = Texts.Information.Rights

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
    doc.heading(1, T.noticeTitle(name, informal: v.isInformal).string)
    switch audience {
    case .parents: doc.paragraph(T.noticeParents.string)
    case .students: doc.paragraph(T.noticeStudents.string)
    case .staff: doc.paragraph(T.noticeStaff.string)
    }
    if let resolution, audience != .staff {
      let band = RightsText.bandTitle(StudentPhase(age: resolution.age), audience)
      doc.paragraph(T.ageOn(ContactText.date(on), age: resolution.age, band: band, parents: audience == .parents).string)
    }
    doc.heading(2, Texts.Information.Statement.yourRights(informal: v.isInformal).string)
    RightsText.append(to: &doc, audience: audience, flags: flags, bands: RightsText.bands(on: on, convention: convention), only: band)
    if let next = resolution?.nextChange, audience != .staff {
      doc.heading(2, T.whatChanges.string)
      let phase = StudentPhase(age: next.age)
      let later = RightsText.bands(on: next.on, convention: convention).filter { $0.phase == phase }
      var part = TextDocument()
      RightsText.append(to: &part, audience: audience, flags: flags, bands: later, only: phase)
      let sentence = part.blocks.compactMap { b -> String? in if case .paragraph(let t) = b { return t }; return nil }.dropFirst().first ?? ""
      doc.paragraph(T.changesOn(ContactText.date(next.on), age: next.age, then: sentence).string)
    }
    ContactText.request(to: &doc, settings, v)
    try ContactText.example(to: &doc, on: on, v)
    ContactText.complaint(to: &doc, settings, v)
    doc.heading(2, T.questions.string)
    doc.paragraph(T.questionsText(settings.dpoName ?? "", contact: settings.dpoContact.joined(separator: ", "), informal: v.isInformal).string)
    return (RightsNotice(document: doc, age: resolution?.age, band: band, nextChange: resolution?.nextChange), [])
  }
}
