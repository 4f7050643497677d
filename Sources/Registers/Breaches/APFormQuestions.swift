import JSON
import Rules
import Wording

/// The AP's notification form (Meldloket datalekken) as one table: every question the form asks,
/// in its sections and order, with the record field that answers it and the method that fills it
/// when it is missing. The wording follows the form version named in `formVersion`
/// (Protocol/breaches.md says which parts were checked against the AP's own pages and mirrors of
/// the form, and which are not). Art. 33(3) AVG names the minimum content; the form asks for more.
public enum APFormQuestions {
  /// The form version this table follows, in the call's language (`Texts.APFormAnswers.formVersion`).
  public static var formVersion: String { Texts.APFormAnswers.formVersion.string }
  /// Where the form is.
  public static let formAddress = "https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek"

  /// Short for the descriptor type, so the table reads as a table.
  typealias Q = APFormQuestion
  /// The method that fills the settings (`settings.json` in the store directory; Protocol/breaches.md).
  static let settings = "settings.json"
  /// Where the board's name and address and its FG are recorded (the privacy statement's source too).
  static let configure = "information.configure"

  /// A text answer, nil when absent.
  static func text(_ s: String?) -> APFormValue? { s.map(APFormValue.text) }
  /// "Ja" / "Nee" (the form takes Dutch).
  static func yesNo(_ b: Bool?) -> APFormValue? { b.map { .text(($0 ? Texts.APFormAnswers.yes : Texts.APFormAnswers.no).nl) } }

  /// The questions, in the form's order.
  public static let all: [APFormQuestion] = about + contact + timeline + breach + data + people + prior + consequences + followUp + other

  /// Section 0: the kind of notification, the law, the earlier reference.
  static let about: [Q] = [
    Q(.aboutNotification, "about.kind", Texts.APForm.aboutKind,
      source: "authorityReport", filledBy: "breaches.reportToAuthority") { f in .text(f.notification.formValue) },
    Q(.aboutNotification, "about.law", Texts.APForm.aboutLaw,
      source: "kind", filledBy: "breaches.reclassify") { f in f.record.kind == .dataBreach ? .choices(["AVG"]) : nil },
    Q(.aboutNotification, "about.reference", Texts.APForm.aboutReference,
      source: "authorityReport.reference", filledBy: "breaches.reportToAuthority",
      applies: { $0.notification != .new }) { f in text(f.report?["reference"]?.stringValue) },
  ]

  /// Section 1: the board, the reporter and the contact person (settings), another organisation involved.
  static let contact: [Q] = [
    Q(.contact, "contact.board.name", Texts.APForm.contactBoardName,
      source: "settings.board.name", filledBy: configure) { f in text(f.contacts.board?.name) },
    Q(.contact, "contact.board.kvk", Texts.APForm.contactBoardKvk,
      source: "settings.board.kvkNumber", filledBy: settings) { f in text(f.contacts.board?.kvkNumber) },
    Q(.contact, "contact.board.address", Texts.APForm.contactBoardAddress,
      source: "settings.board.address", filledBy: configure) { f in text(f.contacts.board?.address) },
    Q(.contact, "contact.reporter.name", Texts.APForm.contactReporterName,
      source: "settings.reporter.name", filledBy: settings) { f in text(f.contacts.submitter?.name) },
    Q(.contact, "contact.reporter.function", Texts.APForm.contactReporterFunction,
      source: "settings.reporter.function", filledBy: settings) { f in text(f.contacts.submitter?.function) },
    Q(.contact, "contact.reporter.phone", Texts.APForm.contactReporterPhone,
      source: "settings.reporter.phone", filledBy: settings) { f in text(f.contacts.submitter?.phone) },
    Q(.contact, "contact.reporter.email", Texts.APForm.contactReporterEmail,
      source: "settings.reporter.email", filledBy: settings) { f in text(f.contacts.submitter?.email) },
    Q(.contact, "contact.person.name", Texts.APForm.contactPersonName,
      source: "settings.contactPerson.name", filledBy: configure) { f in text(f.contacts.contactPerson?.name) },
    Q(.contact, "contact.person.function", Texts.APForm.contactPersonFunction,
      source: "settings.contactPerson.function", filledBy: configure) { f in text(f.contacts.contactPerson?.function) },
    Q(.contact, "contact.person.phone", Texts.APForm.contactPersonPhone,
      source: "settings.contactPerson.phone", filledBy: configure) { f in text(f.contacts.contactPerson?.phone) },
    Q(.contact, "contact.person.email", Texts.APForm.contactPersonEmail,
      source: "settings.contactPerson.email", filledBy: configure) { f in text(f.contacts.contactPerson?.email) },
    Q(.contact, "contact.otherOrganisation", Texts.APForm.contactOtherOrganisation, source: "source", filledBy: nil) { f in
      guard let s = f.text("source") else { return nil }
      return s.hasPrefix("processor:") ? .text(Texts.APFormAnswers.processorInvolved(String(s.dropFirst("processor:".count))).nl) : .text(Texts.APFormAnswers.no.nl)
    },
  ]

  /// Section 2: occurred, aware, ongoing, reasons for a late report (art. 33(1)).
  static let timeline: [Q] = [
    Q(.timeline, "timeline.occurredAt", Texts.APForm.timelineOccurredAt,
      source: "occurredAt", filledBy: nil) { f in text(f.dateTime("occurredAt")) },
    Q(.timeline, "timeline.awareAt", Texts.APForm.timelineAwareAt,
      source: "awareAt", filledBy: "breaches.register") { f in text(f.dateTime("awareAt")) },
    Q(.timeline, "timeline.ongoing", Texts.APForm.timelineOngoing,
      source: nil, filledBy: nil) { _ in nil },
    Q(.timeline, "timeline.lateReason", Texts.APForm.timelineLateReason, source: "authorityReport.lateReason",
      filledBy: "breaches.reportToAuthority", applies: late) { f in text(f.report?["lateReason"]?.stringValue) },
  ]

  /// Whether the report is (or would now be) after `reportBy` (art. 33(1): reasons for the delay).
  static func late(_ f: APFormFacts) -> Bool {
    if let r = f.report { return r["late"]?.boolValue ?? false }
    return f.record.reportBy.map { f.now > $0 } ?? false
  }

  /// Section 3: the summary, the kind of incident, the nature of the breach (art. 4(12)).
  static let breach: [Q] = [
    Q(.breach, "breach.summary", Texts.APForm.breachSummary, source: "summary", filledBy: "breaches.register") { f in text(f.text("summary")) },
    Q(.breach, "breach.incident", Texts.APForm.breachIncident,
      source: nil, filledBy: nil) { _ in nil },
    Q(.breach, "breach.nature", Texts.APForm.breachNature,
      source: "assessment.ciaTypes", filledBy: "breaches.assess") { f in
      let c = (f.assessedList("ciaTypes") ?? []).compactMap(CIAType.init(rawValue:))
      return c.isEmpty ? nil : .choices(CIAType.allCases.filter(c.contains).map(APFormVocabulary.nature))
    },
  ]

  /// Section 4: kinds of data, special categories, number of records (art. 33(3)(a)).
  static let data: [Q] = [
    Q(.personalData, "data.types", Texts.APForm.dataTypes,
      source: "assessment.dataCategories", filledBy: "breaches.assess") { f in
      guard let words = f.assessedList("dataCategories"), !words.isEmpty else { return nil }
      let special = APFormVocabulary.specialCategories.flatMap(\.words)
      let m = APFormVocabulary.map(words.filter { !special.contains(APFormVocabulary.trimmed($0.lowercased())) }, onto: APFormVocabulary.dataTypes)
      return .choices(m.ticked + (m.other.isEmpty ? [] : [Texts.APFormAnswers.otherData(m.other.joined(separator: ", ")).nl]))
    },
    Q(.personalData, "data.special", Texts.APForm.dataSpecial, source: "assessment.specialCategories", filledBy: "breaches.assess") { f in
      guard let named = f.assessedList("specialCategories"), let all = f.assessedList("dataCategories") else { return nil }
      let m = APFormVocabulary.map(named + all, onto: APFormVocabulary.specialCategories)
      let extra = APFormVocabulary.map(named, onto: APFormVocabulary.specialCategories).other
      let ticked = m.ticked + (extra.isEmpty ? [] : [Texts.APFormAnswers.otherSpecial(extra.joined(separator: ", ")).nl])
      return ticked.isEmpty ? .text(Texts.APFormAnswers.no.nl) : .choices(ticked)
    },
    Q(.personalData, "data.records", Texts.APForm.dataRecords, source: "assessment.recordsAffected", filledBy: "breaches.assess") { f in text(f.range("recordsAffected")) },
  ]

  /// Section 5: number and groups of people, minors (art. 33(3)(a)).
  static let people: [Q] = [
    Q(.people, "people.count", Texts.APForm.peopleCount, source: "assessment.subjectsAffected", filledBy: "breaches.assess") { f in text(f.range("subjectsAffected")) },
    Q(.people, "people.groups", Texts.APForm.peopleGroups,
      source: "assessment.subjectCategories", filledBy: "breaches.assess") { f in
      guard let words = f.assessedList("subjectCategories"), !words.isEmpty else { return nil }
      let m = APFormVocabulary.map(words, onto: APFormVocabulary.peopleGroups)
      return .choices(m.ticked + (m.other.isEmpty ? [] : [Texts.APFormAnswers.otherGroups(m.other.joined(separator: ", ")).nl]))
    },
    Q(.people, "people.minors", Texts.APForm.peopleMinors, source: "assessment.includesMinors", filledBy: "breaches.assess") { f in
      yesNo(f.assessment?["includesMinors"]?.boolValue)
    },
  ]

  /// Section 6: encryption and other measures before (relevant to art. 34(3)(a)).
  static let prior: [Q] = [
    Q(.priorMeasures, "prior.encrypted", Texts.APForm.priorEncrypted,
      source: "assessment.preBreachMeasures, assessment.exemption", filledBy: "breaches.assess") { f in
      if f.record.exemption == .encrypted { return .text(Texts.APFormAnswers.yes.nl) }
      return APFormEncryption.answer(f.assessed("preBreachMeasures")).map(APFormValue.text)
    },
    Q(.priorMeasures, "prior.measures", Texts.APForm.priorMeasures,
      source: "assessment.preBreachMeasures", filledBy: "breaches.assess") { f in text(f.assessed("preBreachMeasures")) },
  ]

  /// Section 7: likely consequences and their severity (art. 33(3)(c)).
  static let consequences: [Q] = [
    Q(.consequences, "consequences.privacy", Texts.APForm.consequencesPrivacy, source: "assessment.consequences",
      filledBy: "breaches.assess") { f in text(f.assessed("consequences")) },
    Q(.consequences, "consequences.severity", Texts.APForm.consequencesSeverity, source: "assessment.risk", filledBy: "breaches.assess") { f in
      f.record.risk.map { r in .text(severity(r).nl) }
    },
    Q(.consequences, "consequences.rationale", Texts.APForm.consequencesRationale,
      source: "assessment.riskRationale", filledBy: "breaches.assess") { f in text(f.assessed("riskRationale")) },
  ]

  /// The form's severity for a risk level (section 7).
  static func severity(_ r: RiskLevel) -> Text {
    switch r {
    case .unlikely: Texts.APFormAnswers.severityMinor
    case .risk: Texts.APFormAnswers.severityModerate
    case .high: Texts.APFormAnswers.severitySevere
    }
  }

  /// Section 8, in its own file (`APFormFollowUp`).
  static let followUp: [Q] = APFormFollowUp.questions

  /// Section 9: the register's own reference.
  static let other: [Q] = [
    Q(.other, "other.remarks", Texts.APForm.otherRemarks, source: "id, school",
      filledBy: nil) { f in
      .text(Texts.APFormAnswers.registerReference(f.record.id, school: f.record.school).nl)
    },
  ]
}
