/// Texts of the record of processing activities (AVG art. 30): the names of bases, laws,
/// categories and retention words the privacy statement and the register show, and the
/// refusals of `processing.register` and `processing.update`. The findings of
/// `processing.check` are in `Texts.ProcessingCheck`.
extension Texts {
  /// Record-of-processing texts.
  public enum Processing {
    /// What one record of the register is called (errors, scope refusals).
    public static let recordName = Text(nl: "Verwerkingsactiviteit", en: "Processing activity")

    // MARK: The bases of AVG art. 6(1)

    /// Basis (a).
    public static let basisConsent = Text(nl: "toestemming (AVG art. 6 lid 1 sub a)", en: "consent (AVG art. 6(1)(a))")
    /// Basis (b).
    public static let basisContract = Text(
      nl: "uitvoering van een overeenkomst (AVG art. 6 lid 1 sub b)", en: "performance of a contract (AVG art. 6(1)(b))")
    /// Basis (c).
    public static let basisLegalObligation = Text(
      nl: "wettelijke verplichting (AVG art. 6 lid 1 sub c)", en: "legal obligation (AVG art. 6(1)(c))")
    /// Basis (d).
    public static let basisVitalInterest = Text(nl: "vitaal belang (AVG art. 6 lid 1 sub d)", en: "vital interests (AVG art. 6(1)(d))")
    /// Basis (e).
    public static let basisPublicTask = Text(
      nl: "taak van algemeen belang (AVG art. 6 lid 1 sub e)", en: "task in the public interest (AVG art. 6(1)(e))")
    /// Basis (f).
    public static let basisLegitimateInterest = Text(
      nl: "gerechtvaardigd belang (AVG art. 6 lid 1 sub f)", en: "legitimate interests (AVG art. 6(1)(f))")

    // MARK: The laws behind a (c) or (e) basis

    /// WPO.
    public static let lawWPO = Text(nl: "Wet op het primair onderwijs", en: "Primary Education Act (Wet op het primair onderwijs)")
    /// WVO 2020.
    public static let lawWVO2020 = Text(
      nl: "Wet voortgezet onderwijs 2020", en: "Secondary Education Act 2020 (Wet voortgezet onderwijs 2020)")
    /// WEC.
    public static let lawWEC = Text(nl: "Wet op de expertisecentra", en: "Expertise Centres Act (Wet op de expertisecentra)")
    /// WEB.
    public static let lawWEB = Text(
      nl: "Wet educatie en beroepsonderwijs", en: "Adult and Vocational Education Act (Wet educatie en beroepsonderwijs)")
    /// Leerplichtwet.
    public static let lawLPW = Text(nl: "Leerplichtwet 1969", en: "Compulsory Education Act 1969 (Leerplichtwet 1969)")
    /// WRO.
    public static let lawWRO = Text(
      nl: "Wet register onderwijsdeelnemers", en: "Education Participants Register Act (Wet register onderwijsdeelnemers)")
    /// WOT.
    public static let lawWOT = Text(
      nl: "Wet op het onderwijstoezicht", en: "Education Supervision Act (Wet op het onderwijstoezicht)")
    /// BW.
    public static let lawBW = Text(nl: "Burgerlijk Wetboek", en: "Dutch Civil Code (Burgerlijk Wetboek)")
    /// Tax and social-security law.
    public static let lawFiscal = Text(nl: "fiscale en sociale wetgeving", en: "tax and social-security law")
    /// Archiefwet.
    public static let lawArchiefwet = Text(nl: "Archiefwet", en: "Public Records Act (Archiefwet)")

    // MARK: Retention

    /// The trigger: deregistration.
    public static let afterDeregistration = Text(nl: "na uitschrijving", en: "after deregistration")
    /// The trigger: end of employment.
    public static let afterEmploymentEnd = Text(nl: "na het einde van het dienstverband", en: "after the end of employment")
    /// The trigger: closure.
    public static let afterClosure = Text(nl: "na afsluiting", en: "after closure")
    /// The trigger: collection.
    public static let afterCollection = Text(nl: "na het vastleggen", en: "after collection")

    /// The unit days for `count`.
    public static func days(_ count: Int) -> Text { count == 1 ? Text(nl: "dag", en: "day") : Text(nl: "dagen", en: "days") }
    /// The unit weeks for `count`.
    public static func weeks(_ count: Int) -> Text {
      let week = "week"  // the same word in both languages
      return count == 1 ? Text(nl: week, en: week) : Text(nl: "weken", en: "weeks")
    }
    /// The unit months for `count`.
    public static func months(_ count: Int) -> Text {
      count == 1 ? Text(nl: "maand", en: "month") : Text(nl: "maanden", en: "months")
    }
    /// The unit years for `count`.
    public static func years(_ count: Int) -> Text { count == 1 ? Text(nl: "jaar", en: "year") : Text(nl: "jaar", en: "years") }

    // MARK: Categories

    /// Special category: health.
    public static let specialHealth = Text(nl: "gezondheid", en: "health")
    /// Special category: religion.
    public static let specialReligion = Text(nl: "godsdienst", en: "religion")
    /// Special category: belief.
    public static let specialBelief = Text(nl: "levensovertuiging", en: "philosophical beliefs")
    /// Special category: race.
    public static let specialRace = Text(nl: "ras of etnische afkomst", en: "racial or ethnic origin")
    /// Special category: politics.
    public static let specialPolitics = Text(nl: "politieke opvattingen", en: "political opinions")
    /// Special category: trade union.
    public static let specialTradeUnion = Text(nl: "lidmaatschap van een vakbond", en: "trade union membership")
    /// Special category: sexual orientation.
    public static let specialSexualOrientation = Text(
      nl: "seksueel gedrag of seksuele gerichtheid", en: "sex life or sexual orientation")
    /// Special category: genetic.
    public static let specialGenetic = Text(nl: "genetische gegevens", en: "genetic data")
    /// Special category: biometric.
    public static let specialBiometric = Text(nl: "biometrische gegevens", en: "biometric data")
    /// Criminal data (art. 10).
    public static let specialCriminal = Text(nl: "strafrechtelijke gegevens", en: "criminal convictions and offences")

    /// Data subjects: students.
    public static let subjectStudents = Text(nl: "leerlingen", en: "students")
    /// Data subjects: parents.
    public static let subjectParents = Text(nl: "ouders", en: "parents")
    /// Data subjects: staff.
    public static let subjectStaff = Text(nl: "medewerkers", en: "staff")
    /// Data subjects: applicants.
    public static let subjectApplicants = Text(nl: "sollicitanten", en: "job applicants")
    /// Data subjects: alumni.
    public static let subjectAlumni = Text(nl: "oud-leerlingen", en: "former students")
    /// Data subjects: visitors.
    public static let subjectVisitors = Text(nl: "bezoekers", en: "visitors")

    /// The BSN.
    public static let numberBSN = Text(nl: "burgerservicenummer (BSN)", en: "citizen service number (BSN)")
    /// The onderwijsnummer.
    public static let numberOnderwijsnummer = Text(nl: "onderwijsnummer", en: "education number (onderwijsnummer)")

    // MARK: Refusals of processing.register and processing.update

    /// `update` without any part.
    public static func givePart(_ parts: String) -> Text {
      Text(nl: "geef ten minste één onderdeel om te vervangen: \(parts)", en: "give at least one part to replace: \(parts)")
    }
    /// No category of data subjects.
    public static let noSubjectCategory = Text(
      nl: "noem ten minste één categorie betrokkenen (AVG art. 30 lid 1 sub c)",
      en: "name at least one category of data subjects (AVG art. 30(1)(c))")
    /// No category of personal data.
    public static let noDataCategory = Text(
      nl: "noem ten minste één categorie persoonsgegevens (AVG art. 30 lid 1 sub c)",
      en: "name at least one category of personal data (AVG art. 30(1)(c))")
    /// A processor id the processor register does not hold.
    public static func noSuchAgreement(_ id: String) -> Text {
      Text(
        nl: "er is geen verwerkersovereenkomst \(id) in het register van verwerkers: registreer die eerst met processors.register (AVG art. 28 lid 3)",
        en: "no agreement \(id) in the processor register: register it with processors.register first (AVG art. 28(3))")
    }
    /// A (c) or (e) basis without its law.
    public static func lawRequired(_ letter: String) -> Text {
      Text(
        nl: "een grondslag in art. 6 lid 1 sub \(letter) moet de wet noemen die haar regelt (AVG art. 6 lid 3), bijvoorbeeld WPO of WVO2020",
        en: "a basis in art. 6(1)(\(letter)) must name the law that lays it down (AVG art. 6(3)), e.g. WPO or WVO2020")
    }
    /// `law: OTHER` without the article.
    public static let articleForOtherLaw = Text(
      nl: "noem de wet en het artikel als law OTHER is", en: "name the law and article when law is OTHER")
    /// A retention period without its count.
    public static let retentionCountRequired = Text(
      nl: "is verplicht: hoe lang de gegevens worden bewaard (AVG art. 13 lid 2 sub a, 30 lid 1 sub f)",
      en: "is required: how long the data are kept (AVG art. 13(2)(a), 30(1)(f))")
    /// A count below one.
    public static func atLeastOne(_ count: Int) -> Text {
      Text(nl: "moet minstens 1 zijn, niet \(count)", en: "must be at least 1, got \(count)")
    }
    /// A count without its unit.
    public static let retentionUnitRequired = Text(
      nl: "is verplicht bij count: days, weeks, months of years", en: "is required with count: days, weeks, months or years")
    /// A DPIA outcome without the date it was completed.
    public static let performedOnRequired = Text(
      nl: "is verplicht bij outcome: de datum waarop de DPIA is afgerond",
      en: "is required with outcome: the date the DPIA was completed")
    /// A code not in the list.
    public static func unknownValue(_ value: String, expected: String) -> Text {
      Text(nl: "onbekende waarde \"\(value)\"; verwacht een van: \(expected)", en: "unknown value \"\(value)\"; expected one of: \(expected)")
    }
    /// A code given twice.
    public static func listedTwice(_ value: String) -> Text {
      Text(nl: "\"\(value)\" staat er twee keer in", en: "\"\(value)\" is listed twice")
    }
    /// Not a whole number.
    public static func wholeNumber(got kind: String) -> Text {
      Text(nl: "moet een geheel getal zijn, niet \(kind)", en: "must be a whole number, got \(kind)")
    }
    /// A date after today.
    public static func inTheFuture(_ date: String, today: String) -> Text {
      Text(nl: "\(date) ligt in de toekomst (vandaag is het \(today))", en: "\(date) is in the future (today is \(today))")
    }
  }
}
