import JSON
import Rules

/// The AP's notification form (Meldloket datalekken) as one table: every question the form asks,
/// in its sections and order, with the record field that answers it and the method that fills it
/// when it is missing. The wording follows the form version named in `formVersion`
/// (Protocol/breaches.md says which parts were checked against the AP's own pages and mirrors of
/// the form, and which are not). Art. 33(3) AVG names the minimum content; the form asks for more.
public enum APFormQuestions {
  /// The form version this table follows.
  public static let formVersion = "Meldformulier datalekken van de Autoriteit Persoonsgegevens, versie in gebruik sinds mei 2021"
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
  /// "Ja" / "Nee".
  static func yesNo(_ b: Bool?) -> APFormValue? { b.map { .text($0 ? "Ja" : "Nee") } }

  /// The questions, in the form's order.
  public static let all: [APFormQuestion] = about + contact + timeline + breach + data + people + prior + consequences + followUp + other

  /// Section 0: the kind of notification, the law, the earlier reference.
  static let about: [Q] = [
    Q(.aboutNotification, "about.kind", "Wat voor melding doet u?", en: "What kind of notification is this?",
      source: "authorityReport", filledBy: "breaches.reportToAuthority") { f in .text(f.notification.formValue) },
    Q(.aboutNotification, "about.law", "Op grond van welke regelgeving doet u deze melding?", en: "Under which law do you notify?",
      source: "kind", filledBy: "breaches.reclassify") { f in f.record.kind == .dataBreach ? .choices(["AVG"]) : nil },
    Q(.aboutNotification, "about.reference", "Wat is het meldingsnummer van de eerdere melding?", en: "The reference of the earlier notification",
      source: "authorityReport.reference", filledBy: "breaches.reportToAuthority",
      applies: { $0.notification != .new }) { f in text(f.report?["reference"]?.stringValue) },
  ]

  /// Section 1: the board, the reporter and the contact person (settings), another organisation involved.
  static let contact: [Q] = [
    Q(.contact, "contact.board.name", "Over welke organisatie gaat het? Naam", en: "Organisation: name",
      source: "settings.board.name", filledBy: configure) { f in text(f.contacts.board?.name) },
    Q(.contact, "contact.board.kvk", "Over welke organisatie gaat het? KvK-nummer", en: "Organisation: Chamber of Commerce number",
      source: "settings.board.kvkNumber", filledBy: settings) { f in text(f.contacts.board?.kvkNumber) },
    Q(.contact, "contact.board.address", "Over welke organisatie gaat het? Adres", en: "Organisation: address",
      source: "settings.board.address", filledBy: configure) { f in text(f.contacts.board?.address) },
    Q(.contact, "contact.reporter.name", "Wie meldt het datalek? Naam", en: "Who reports the breach: name",
      source: "settings.reporter.name", filledBy: settings) { f in text(f.contacts.submitter?.name) },
    Q(.contact, "contact.reporter.function", "Wie meldt het datalek? Functie", en: "Who reports the breach: function",
      source: "settings.reporter.function", filledBy: settings) { f in text(f.contacts.submitter?.function) },
    Q(.contact, "contact.reporter.phone", "Wie meldt het datalek? Telefoonnummer", en: "Who reports the breach: phone",
      source: "settings.reporter.phone", filledBy: settings) { f in text(f.contacts.submitter?.phone) },
    Q(.contact, "contact.reporter.email", "Wie meldt het datalek? E-mailadres", en: "Who reports the breach: e-mail",
      source: "settings.reporter.email", filledBy: settings) { f in text(f.contacts.submitter?.email) },
    Q(.contact, "contact.person.name", "Met wie kan de AP contact opnemen voor nadere informatie over de melding? Naam",
      en: "Whom can the AP contact about the notification: name",
      source: "settings.contactPerson.name", filledBy: configure) { f in text(f.contacts.contactPerson?.name) },
    Q(.contact, "contact.person.function", "Met wie kan de AP contact opnemen? Functie", en: "Contact person: function",
      source: "settings.contactPerson.function", filledBy: configure) { f in text(f.contacts.contactPerson?.function) },
    Q(.contact, "contact.person.phone", "Met wie kan de AP contact opnemen? Telefoonnummer", en: "Contact person: phone",
      source: "settings.contactPerson.phone", filledBy: configure) { f in text(f.contacts.contactPerson?.phone) },
    Q(.contact, "contact.person.email", "Met wie kan de AP contact opnemen? E-mailadres", en: "Contact person: e-mail",
      source: "settings.contactPerson.email", filledBy: configure) { f in text(f.contacts.contactPerson?.email) },
    Q(.contact, "contact.otherOrganisation", "Was er een andere organisatie betrokken bij de inbreuk?",
      en: "Was another organisation involved in the breach?", source: "source", filledBy: nil) { f in
      guard let s = f.text("source") else { return nil }
      return s.hasPrefix("processor:") ? .text("Ja, een verwerker: \(s.dropFirst("processor:".count))") : .text("Nee")
    },
  ]

  /// Section 2: occurred, aware, ongoing, reasons for a late report (art. 33(1)).
  static let timeline: [Q] = [
    Q(.timeline, "timeline.occurredAt", "Wanneer vond de inbreuk plaats (begin)?", en: "When did the breach happen (start)?",
      source: "occurredAt", filledBy: nil) { f in text(f.dateTime("occurredAt")) },
    Q(.timeline, "timeline.awareAt", "Wanneer heeft uw organisatie de inbreuk ontdekt?", en: "When did your organisation become aware of it?",
      source: "awareAt", filledBy: "breaches.register") { f in text(f.dateTime("awareAt")) },
    Q(.timeline, "timeline.ongoing", "Duurt de inbreuk op dit moment nog voort?", en: "Is the breach still ongoing?",
      source: "(niet vastgelegd)", filledBy: nil) { _ in nil },
    Q(.timeline, "timeline.lateReason", "Waarom meldt u de inbreuk later dan 72 uur nadat u ervan op de hoogte raakte?",
      en: "Why do you notify later than 72 hours after becoming aware?", source: "authorityReport.lateReason",
      filledBy: "breaches.reportToAuthority", applies: late) { f in text(f.report?["lateReason"]?.stringValue) },
  ]

  /// Whether the report is (or would now be) after `reportBy` (art. 33(1): reasons for the delay).
  static func late(_ f: APFormFacts) -> Bool {
    if let r = f.report { return r["late"]?.boolValue ?? false }
    return f.record.reportBy.map { f.now > $0 } ?? false
  }

  /// Section 3: the summary, the kind of incident, the nature of the breach (art. 4(12)).
  static let breach: [Q] = [
    Q(.breach, "breach.summary", "Geef een samenvatting van het incident waarbij de inbreuk op de beveiliging van persoonsgegevens zich heeft voorgedaan",
      en: "Summary of the incident", source: "summary", filledBy: "breaches.register") { f in text(f.text("summary")) },
    Q(.breach, "breach.incident", "Wat is de aard van het incident?", en: "What kind of incident was it (lost device, wrongly sent, hacking, ...)?",
      source: "(niet vastgelegd)", filledBy: nil) { _ in nil },
    Q(.breach, "breach.nature", "Wat is de aard van de inbreuk?", en: "What is the nature of the breach?",
      source: "assessment.ciaTypes", filledBy: "breaches.assess") { f in
      let c = (f.assessedList("ciaTypes") ?? []).compactMap(CIAType.init(rawValue:))
      return c.isEmpty ? nil : .choices(CIAType.allCases.filter(c.contains).map(APFormVocabulary.nature))
    },
  ]

  /// Section 4: kinds of data, special categories, number of records (art. 33(3)(a)).
  static let data: [Q] = [
    Q(.personalData, "data.types", "Om welk type persoonsgegevens gaat het?", en: "Which types of personal data?",
      source: "assessment.dataCategories", filledBy: "breaches.assess") { f in
      guard let words = f.assessedList("dataCategories"), !words.isEmpty else { return nil }
      let special = APFormVocabulary.specialCategories.flatMap(\.words)
      let m = APFormVocabulary.map(words.filter { !special.contains(APFormVocabulary.trimmed($0.lowercased())) }, onto: APFormVocabulary.dataTypes)
      return .choices(m.ticked + (m.other.isEmpty ? [] : ["Overige gegevens, namelijk: " + m.other.joined(separator: ", ")]))
    },
    Q(.personalData, "data.special", "Gaat het om bijzondere categorieën van persoonsgegevens of strafrechtelijke gegevens?",
      en: "Special categories or criminal data?", source: "assessment.specialCategories", filledBy: "breaches.assess") { f in
      guard let named = f.assessedList("specialCategories"), let all = f.assessedList("dataCategories") else { return nil }
      let m = APFormVocabulary.map(named + all, onto: APFormVocabulary.specialCategories)
      let extra = APFormVocabulary.map(named, onto: APFormVocabulary.specialCategories).other
      let ticked = m.ticked + (extra.isEmpty ? [] : ["Overige bijzondere gegevens: " + extra.joined(separator: ", ")])
      return ticked.isEmpty ? .text("Nee") : .choices(ticked)
    },
    Q(.personalData, "data.records", "Hoeveel gegevensrecords zijn (eventueel bij benadering) getroffen door de inbreuk?",
      en: "How many records (approximately)?", source: "assessment.recordsAffected", filledBy: "breaches.assess") { f in text(f.range("recordsAffected")) },
  ]

  /// Section 5: number and groups of people, minors (art. 33(3)(a)).
  static let people: [Q] = [
    Q(.people, "people.count", "Hoeveel personen zijn (eventueel bij benadering) betrokken bij de inbreuk?",
      en: "How many people (approximately)?", source: "assessment.subjectsAffected", filledBy: "breaches.assess") { f in text(f.range("subjectsAffected")) },
    Q(.people, "people.groups", "Om welke groepen personen gaat het?", en: "Which groups of people?",
      source: "assessment.subjectCategories", filledBy: "breaches.assess") { f in
      guard let words = f.assessedList("subjectCategories"), !words.isEmpty else { return nil }
      let m = APFormVocabulary.map(words, onto: APFormVocabulary.peopleGroups)
      return .choices(m.ticked + (m.other.isEmpty ? [] : ["Anders, namelijk: " + m.other.joined(separator: ", ")]))
    },
    Q(.people, "people.minors", "Zijn er kinderen (minderjarigen) of andere kwetsbare groepen onder de betrokkenen?",
      en: "Are children or other vulnerable groups among them?", source: "assessment.includesMinors", filledBy: "breaches.assess") { f in
      yesNo(f.assessment?["includesMinors"]?.boolValue)
    },
  ]

  /// Section 6: encryption and other measures before (relevant to art. 34(3)(a)).
  static let prior: [Q] = [
    Q(.priorMeasures, "prior.encrypted",
      "Waren de persoonsgegevens op het moment van de inbreuk versleuteld, gecodeerd of op een andere manier onbegrijpelijk of ontoegankelijk voor onbevoegden?",
      en: "Was the data encrypted or otherwise unintelligible to unauthorised persons?",
      source: "assessment.preBreachMeasures, assessment.exemption", filledBy: "breaches.assess") { f in
      if f.record.exemption == .encrypted { return .text("Ja") }
      return APFormEncryption.answer(f.assessed("preBreachMeasures")).map(APFormValue.text)
    },
    Q(.priorMeasures, "prior.measures", "Licht toe welke maatregelen waren getroffen", en: "Which measures were in place?",
      source: "assessment.preBreachMeasures", filledBy: "breaches.assess") { f in text(f.assessed("preBreachMeasures")) },
  ]

  /// Section 7: likely consequences and their severity (art. 33(3)(c)).
  static let consequences: [Q] = [
    Q(.consequences, "consequences.privacy", "Welke gevolgen kan de inbreuk hebben voor de persoonlijke levenssfeer van de betrokkenen?",
      en: "What consequences may the breach have for the people's privacy?", source: "assessment.consequences",
      filledBy: "breaches.assess") { f in text(f.assessed("consequences")) },
    Q(.consequences, "consequences.severity", "Geef een inschatting van de ernst van de mogelijke gevolgen voor de betrokkenen",
      en: "How severe are the likely consequences?", source: "assessment.risk", filledBy: "breaches.assess") { f in
      f.record.risk.map { r in .text(["unlikely": "Gering", "risk": "Gemiddeld", "high": "Ernstig"][r.rawValue] ?? r.rawValue) }
    },
    Q(.consequences, "consequences.rationale", "Licht uw inschatting toe", en: "Explain the assessment",
      source: "assessment.riskRationale", filledBy: "breaches.assess") { f in text(f.assessed("riskRationale")) },
  ]

  /// Section 8, in its own file (`APFormFollowUp`).
  static let followUp: [Q] = APFormFollowUp.questions

  /// Section 9: the register's own reference.
  static let other: [Q] = [
    Q(.other, "other.remarks", "Wilt u nog iets anders melden?", en: "Anything else?", source: "id, school",
      filledBy: nil) { f in
      let school = f.record.school.map { " (school: \($0))" } ?? ""
      return .text("Kenmerk in het datalekregister van het bestuur: \(f.record.id)\(school).")
    },
  ]
}
