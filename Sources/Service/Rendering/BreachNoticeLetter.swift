import JSON
import Registers
import Rules
import Wording

/// The notice to the people affected by a data breach (AVG art. 34(2); duties.md §7.5): in
/// neutral words what happened, the likely consequences, the measures, what people can do
/// themselves (WP250) and the contact point. It states the kinds of data and people, never the
/// breach's own summary, names or details (S&V: "Noem geen details. Noem geen namen.").
enum BreachNoticeLetter {
  /// The reader's word for a data category code.
  static func dataWord(_ code: String, _ c: LetterContext) -> String {
    return Texts.Letters.dataWords[code].map { $0(c.language) } ?? code
  }

  /// What happened to the data, by the CIA types of the assessment.
  static func what(_ cia: [String], _ c: LetterContext) -> String {
    var parts: [String] = []
    if cia.contains("confidentiality") { parts.append(c.t(Texts.Letters.mayHaveBecomeKnownTo)) }
    if cia.contains("integrity") { parts.append(c.t(Texts.Letters.mayHaveBeenChangedWithout)) }
    if cia.contains("availability") { parts.append(c.t(Texts.Letters.wereUnavailableForATime)) }
    return parts.isEmpty ? c.t(Texts.Letters.wereNotProperlyProtected) : parts.joined(separator: c.t(Texts.Letters.and))
  }

  /// The notice for breach `r`; refused for anything but a data breach.
  static func letter(_ r: BreachRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.kind == .dataBreach else {
      throw LetterProblem(field: "kind", reason: Texts.Letters.notADataBreach(r.id).string)
    }
    let a = r.json["assessment"]
    let data = (a?["dataCategories"]?.arrayValue ?? []).compactMap(\.stringValue)
    let cia = (a?["ciaTypes"]?.arrayValue ?? []).compactMap(\.stringValue)
    let people = (a?["subjectCategories"]?.arrayValue ?? []).compactMap(\.stringValue)
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t(Texts.Letters.informationAboutADataBreach),
      salutation: c.t(Texts.Letters.dearParentCarerOrStudent), closing: c.closing(), labels: c.labels)
    let dataText = data.isEmpty ? c.t(Texts.Letters.personalData) : data.map { dataWord($0, c) }.joined(separator: ", ")
    let whose = people.contains("staff") && people.count == 1 ? c.t(Texts.Letters.staff) : c.t(Texts.Letters.students)
    l.blocks.append(.heading(c.t(Texts.Letters.whatHappened)))
    l.blocks.append(.paragraph(c.t(Texts.Letters.onTheSchoolFoundA("\(c.long(r.json["awareAt"]))", "\(whose)", "\(dataText)", "\(what(cia, c))"))))
    l.blocks.append(.heading(c.t(Texts.Letters.whatCouldTheConsequencesBe)))
    l.blocks.append(.paragraph(a?["consequences"]?.stringValue.map { c.t(Texts.Letters.weExpect) + $0 + "." }
      ?? c.t(Texts.Letters.weExpectLimitedConsequencesBut)))
    l.blocks.append(.heading(c.t(Texts.Letters.whatHasTheSchoolDone)))
    let measures = (r.json["measures"]?.arrayValue ?? []).compactMap { $0["description"]?.stringValue }
    l.blocks.append(.list(measures.isEmpty ? [c.t(Texts.Letters.weAreInvestigatingAndTaking)] : measures))
    if r.reportedAt != nil {
      l.blocks.append(.paragraph(c.t(Texts.Letters.weReportedTheBreachTo)))
    }
    l.blocks.append(.heading(c.t(Texts.Letters.whatCanYouDo)))
    var advice = [c.t(Texts.Letters.beAlertToEMails)]
    if data.contains(where: { ["credentials", "password", "email"].contains($0) }) {
      advice.append(c.t(Texts.Letters.changeYourPasswordAlsoWherever))
    }
    advice.append(c.t(Texts.Letters.ifYouNoticeAnythingOdd))
    l.blocks.append(.list(advice))
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
