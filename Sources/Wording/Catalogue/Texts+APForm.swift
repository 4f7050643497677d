/// The AP's notification form (Meldloket datalekken, AVG art. 33): its questions and section
/// titles in the AP's own Dutch wording, with the English translation `breaches.apForm` adds for a
/// reader who asks `language: en`. The form itself is filled in in Dutch (its values are in
/// `Texts+APFormAnswers.swift`); a change of the AP's wording is a change of this file.
extension Texts {
  /// The AP form's questions, one per question key of `APFormQuestions`.
  public enum APForm {
    /// Question `about.kind`.
    public static let aboutKind = Text(
      nl: "Wat voor melding doet u?",
      en: "What kind of notification is this?")
    /// Question `about.law`.
    public static let aboutLaw = Text(
      nl: "Op grond van welke regelgeving doet u deze melding?",
      en: "Under which law do you notify?")
    /// Question `about.reference`.
    public static let aboutReference = Text(
      nl: "Wat is het meldingsnummer van de eerdere melding?",
      en: "The reference of the earlier notification")
    /// Question `contact.board.name`.
    public static let contactBoardName = Text(
      nl: "Over welke organisatie gaat het? Naam",
      en: "Organisation: name")
    /// Question `contact.board.kvk`.
    public static let contactBoardKvk = Text(
      nl: "Over welke organisatie gaat het? KvK-nummer",
      en: "Organisation: Chamber of Commerce number")
    /// Question `contact.board.address`.
    public static let contactBoardAddress = Text(
      nl: "Over welke organisatie gaat het? Adres",
      en: "Organisation: address")
    /// Question `contact.reporter.name`.
    public static let contactReporterName = Text(
      nl: "Wie meldt het datalek? Naam",
      en: "Who reports the breach: name")
    /// Question `contact.reporter.function`.
    public static let contactReporterFunction = Text(
      nl: "Wie meldt het datalek? Functie",
      en: "Who reports the breach: function")
    /// Question `contact.reporter.phone`.
    public static let contactReporterPhone = Text(
      nl: "Wie meldt het datalek? Telefoonnummer",
      en: "Who reports the breach: phone")
    /// Question `contact.reporter.email`.
    public static let contactReporterEmail = Text(
      nl: "Wie meldt het datalek? E-mailadres",
      en: "Who reports the breach: e-mail")
    /// Question `contact.person.name`.
    public static let contactPersonName = Text(
      nl: "Met wie kan de AP contact opnemen voor nadere informatie over de melding? Naam",
      en: "Whom can the AP contact about the notification: name")
    /// Question `contact.person.function`.
    public static let contactPersonFunction = Text(
      nl: "Met wie kan de AP contact opnemen? Functie",
      en: "Contact person: function")
    /// Question `contact.person.phone`.
    public static let contactPersonPhone = Text(
      nl: "Met wie kan de AP contact opnemen? Telefoonnummer",
      en: "Contact person: phone")
    /// Question `contact.person.email`.
    public static let contactPersonEmail = Text(
      nl: "Met wie kan de AP contact opnemen? E-mailadres",
      en: "Contact person: e-mail")
    /// Question `contact.otherOrganisation`.
    public static let contactOtherOrganisation = Text(
      nl: "Was er een andere organisatie betrokken bij de inbreuk?",
      en: "Was another organisation involved in the breach?")
    /// Question `timeline.occurredAt`.
    public static let timelineOccurredAt = Text(
      nl: "Wanneer vond de inbreuk plaats (begin)?",
      en: "When did the breach happen (start)?")
    /// Question `timeline.awareAt`.
    public static let timelineAwareAt = Text(
      nl: "Wanneer heeft uw organisatie de inbreuk ontdekt?",
      en: "When did your organisation become aware of it?")
    /// Question `timeline.ongoing`.
    public static let timelineOngoing = Text(
      nl: "Duurt de inbreuk op dit moment nog voort?",
      en: "Is the breach still ongoing?")
    /// Question `timeline.lateReason`.
    public static let timelineLateReason = Text(
      nl: "Waarom meldt u de inbreuk later dan 72 uur nadat u ervan op de hoogte raakte?",
      en: "Why do you notify later than 72 hours after becoming aware?")
    /// Question `breach.summary`.
    public static let breachSummary = Text(
      nl: "Geef een samenvatting van het incident waarbij de inbreuk op de beveiliging van persoonsgegevens zich heeft voorgedaan",
      en: "Summary of the incident")
    /// Question `breach.incident`.
    public static let breachIncident = Text(
      nl: "Wat is de aard van het incident?",
      en: "What kind of incident was it (lost device, wrongly sent, hacking, ...)?")
    /// Question `breach.nature`.
    public static let breachNature = Text(
      nl: "Wat is de aard van de inbreuk?",
      en: "What is the nature of the breach?")
    /// Question `data.types`.
    public static let dataTypes = Text(
      nl: "Om welk type persoonsgegevens gaat het?",
      en: "Which types of personal data?")
    /// Question `data.special`.
    public static let dataSpecial = Text(
      nl: "Gaat het om bijzondere categorieën van persoonsgegevens of strafrechtelijke gegevens?",
      en: "Special categories or criminal data?")
    /// Question `data.records`.
    public static let dataRecords = Text(
      nl: "Hoeveel gegevensrecords zijn (eventueel bij benadering) getroffen door de inbreuk?",
      en: "How many records (approximately)?")
    /// Question `people.count`.
    public static let peopleCount = Text(
      nl: "Hoeveel personen zijn (eventueel bij benadering) betrokken bij de inbreuk?",
      en: "How many people (approximately)?")
    /// Question `people.groups`.
    public static let peopleGroups = Text(
      nl: "Om welke groepen personen gaat het?",
      en: "Which groups of people?")
    /// Question `people.minors`.
    public static let peopleMinors = Text(
      nl: "Zijn er kinderen (minderjarigen) of andere kwetsbare groepen onder de betrokkenen?",
      en: "Are children or other vulnerable groups among them?")
    /// Question `prior.encrypted`.
    public static let priorEncrypted = Text(
      nl: "Waren de persoonsgegevens op het moment van de inbreuk versleuteld, gecodeerd of op een andere manier onbegrijpelijk of ontoegankelijk voor onbevoegden?",
      en: "Was the data encrypted or otherwise unintelligible to unauthorised persons?")
    /// Question `prior.measures`.
    public static let priorMeasures = Text(
      nl: "Licht toe welke maatregelen waren getroffen",
      en: "Which measures were in place?")
    /// Question `consequences.privacy`.
    public static let consequencesPrivacy = Text(
      nl: "Welke gevolgen kan de inbreuk hebben voor de persoonlijke levenssfeer van de betrokkenen?",
      en: "What consequences may the breach have for the people's privacy?")
    /// Question `consequences.severity`.
    public static let consequencesSeverity = Text(
      nl: "Geef een inschatting van de ernst van de mogelijke gevolgen voor de betrokkenen",
      en: "How severe are the likely consequences?")
    /// Question `consequences.rationale`.
    public static let consequencesRationale = Text(
      nl: "Licht uw inschatting toe",
      en: "Explain the assessment")
    /// Question `other.remarks`.
    public static let otherRemarks = Text(
      nl: "Wilt u nog iets anders melden?",
      en: "Anything else?")
    /// Question `followUp.informed`.
    public static let followUpInformed = Text(
      nl: "Heeft u de betrokkenen ingelicht of bent u van plan dat te doen?",
      en: "Have you told the people, or do you plan to?")
    /// Question `followUp.informedHow`.
    public static let followUpInformedHow = Text(
      nl: "Wanneer en hoe heeft u de betrokkenen ingelicht (of gaat u dat doen)?",
      en: "When and how were (or will) they (be) told?")
    /// Question `followUp.whyNot`.
    public static let followUpWhyNot = Text(
      nl: "Waarom ziet u af van het informeren van de betrokkenen?",
      en: "Why do you not tell the people?")
    /// Question `followUp.publicNotice`.
    public static let followUpPublicNotice = Text(
      nl: "Als het informeren van alle betrokkenen een onevenredige inspanning zou vergen: hoe informeert u hen door een openbare mededeling of een soortgelijke maatregel?",
      en: "How are the people told by a public communication instead?")
    /// Question `followUp.measures`.
    public static let followUpMeasures = Text(
      nl: "Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen?",
      en: "Which measures were taken to address the breach and prevent it happening again?")
    /// Question `followUp.crossBorder`.
    public static let followUpCrossBorder = Text(
      nl: "Heeft de inbreuk zich voorgedaan in een grensoverschrijdende gegevensverwerking?",
      en: "Did the breach occur in cross-border processing?")
  }

  /// The AP form's section titles, in the form's order.
  public enum APFormSections {
    /// Title of section `aboutNotification`.
    public static let aboutNotification = Text(nl: "Over deze melding", en: "About this notification")
    /// Title of section `contact`.
    public static let contact = Text(nl: "Contactgegevens en overige algemene informatie", en: "Contact details and other general information")
    /// Title of section `timeline`.
    public static let timeline = Text(nl: "Tijdlijn", en: "Timeline")
    /// Title of section `breach`.
    public static let breach = Text(nl: "Gegevens over het datalek", en: "About the breach")
    /// Title of section `personalData`.
    public static let personalData = Text(nl: "Persoonsgegevens die betrokken zijn bij het datalek", en: "Personal data involved in the breach")
    /// Title of section `people`.
    public static let people = Text(nl: "De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek", en: "The people whose personal data is involved")
    /// Title of section `priorMeasures`.
    public static let priorMeasures = Text(nl: "Maatregelen die zijn getroffen voordat het datalek plaatsvond", en: "Measures taken before the breach")
    /// Title of section `consequences`.
    public static let consequences = Text(nl: "Gevolgen van het datalek", en: "Consequences of the breach")
    /// Title of section `followUp`.
    public static let followUp = Text(nl: "Vervolgacties naar aanleiding van het datalek", en: "Follow-up actions")
    /// Title of section `other`.
    public static let other = Text(nl: "Overig", en: "Other")
  }
}
