/// Texts of the rules about rights (rules.md §1): the rights in plain words, the legal-basis
/// sentences and articles of `rights.resolve` / `rights.check`, the reasons of a check and what
/// each birthday changes. Legal citations stay as the law writes them ("AVG art. 15"); only their
/// joining words are translated.
extension Texts {
  /// Rights, holders and their legal bases.
  public enum Rules {
    /// A citation that reads the same in both languages ("AVG art. 15").
    public static func citation(_ text: String) -> Text { Text(nl: text, en: text) }

    // MARK: Articles

    /// "AVG art. 15": an AVG article, cited the same in both languages.
    public static func avgArticle(_ number: Int) -> Text { citation("AVG art. \(number)") }
    /// "AVG art. 15(1)".
    public static let ownResultsArticle = citation("AVG art. 15(1)")

    /// Appended to consent's article: UAVG art. 5(1).
    public static let uavgArticle = citation("; UAVG art. 5(1)")
    /// Appended to results' article from 16: the student's own access, and majority at 18.
    public static let progressArticle = citation("; AVG art. 15; BW 1:233")
    /// Consent (AVG art. 6(1)(a) and 7).
    public static let consentArticle = Text(nl: "AVG art. 6(1)(a) en 7", en: "AVG art. 6(1)(a) and 7")
    /// Channel B: the school laws' duty to inform parents about progress.
    public static let resultsArticle = Text(
      nl: "WPO art. 11; WVO art. 23b, nu WVO 2020 (art. 2.97 niet geverifieerd); WEC art. 20",
      en: "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20")
    /// Appended to an AVG right's article under 16 and from 16: UAVG art. 5(1) applied by analogy.
    public static let byAnalogy = Text(nl: "; UAVG art. 5(1) naar analogie", en: "; UAVG art. 5(1) by analogy")
    /// The article of a right from 18 for results.
    public static let adultResultsArticle = Text(
      nl: "BW 1:233; AVG art. 15; AVG art. 6(1)(a) en 7 (toestemming van de leerling)",
      en: "BW 1:233; AVG art. 15; AVG art. 6(1)(a) and 7 (the student's consent)")
    /// The article of a curator's or mentor's standing, before the right's own article.
    public static let curatorArticle = Text(nl: "UAVG art. 5(2); BW 1:378 en 1:450; ", en: "UAVG art. 5(2); BW 1:378 and 1:450; ")
    /// The article of access to one's own data with others' data protected.
    public static let ownAccessArticle = Text(nl: "AVG art. 15(1) en 15(4)", en: "AVG art. 15(1) and 15(4)")

    // MARK: Rights in plain words

    /// AVG art. 15.
    public static let accessPhrase = Text(nl: "het recht op inzage", en: "the right of access")
    /// AVG art. 16.
    public static let rectificationPhrase = Text(nl: "het recht op rectificatie", en: "the right to rectification")
    /// AVG art. 17.
    public static let erasurePhrase = Text(nl: "het recht op gegevenswissing", en: "the right to erasure")
    /// AVG art. 18.
    public static let restrictionPhrase = Text(
      nl: "het recht op beperking van de verwerking", en: "the right to restriction of processing")
    /// AVG art. 21.
    public static let objectionPhrase = Text(nl: "het recht van bezwaar", en: "the right to object")
    /// AVG art. 20.
    public static let portabilityPhrase = Text(
      nl: "het recht op overdraagbaarheid van gegevens", en: "the right to data portability")
    /// AVG art. 6(1)(a) and 7.
    public static let consentPhrase = Text(nl: "toestemming", en: "consent")
    /// Channel B.
    public static let resultsPhrase = Text(
      nl: "informatie over resultaten en voortgang", en: "information about results and progress")

    // MARK: Legal-basis sentences (rights.resolve, rights.check)

    /// Under 16, consent.
    public static let under16Consent = Text(
      nl: "Onder de 16 vervangt de toestemming van de wettelijk vertegenwoordiger (ouder met gezag of voogd) de toestemming van de leerling.",
      en: "Under 16 the consent of the legal representative (parent with authority or guardian) replaces the student's consent.")
    /// Under 16, results.
    public static let under16Results = Text(
      nl: "De school informeert de ouders over de voortgang van een leerling onder de 16.",
      en: "The school informs the parents about the progress of a student under 16.")
    /// Under 16, an AVG right.
    public static func under16Right(_ phrase: Text) -> Text {
      Text(
        nl: "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) \(phrase.nl) uit voor de leerling.",
        en: "Under 16 the legal representatives (parents with authority, guardians) exercise \(phrase.en) for the student.")
    }
    /// 16 or 17, results.
    public static let sixteenResults = Text(
      nl: "Ouders worden tot de 18e verjaardag over de voortgang geïnformeerd; vanaf 16 ziet de leerling de eigen resultaten ook via het recht op inzage.",
      en: "Parents are informed about progress until the 18th birthday; from 16 the student also sees their results through the right of access.")
    /// From 18, results.
    public static let adultResults = Text(
      nl: "Vanaf 18 is de leerling meerderjarig en ontvangt alleen de leerling de resultaten; ouders alleen met vastgelegde toestemming van de leerling.",
      en: "From 18 the student is of age and alone receives results; parents only with the student's recorded consent.")
    /// From 16, consent.
    public static let sixteenConsent = Text(
      nl: "Vanaf 16 geeft de leerling zelf toestemming en trekt die zelf in.",
      en: "From 16 the student gives and withdraws consent personally.")
    /// From 16, an AVG right.
    public static func sixteenRight(_ phrase: Text) -> Text {
      Text(
        nl: "Vanaf 16 oefent de leerling \(phrase.nl) zelf uit; ouders treden niet langer op voor de leerling.",
        en: "From 16 the student exercises \(phrase.en) personally; parents no longer act for the student.")
    }

    // MARK: What a birthday changes (nextChange, rights.timeline)

    /// The phase under 16.
    public static let phaseUnder16 = Text(
      nl: "De ouders (wettelijk vertegenwoordigers) hebben de AVG-rechten, de toestemming en de resultaten.",
      en: "The parents (legal representatives) hold the AVG rights, consent and results.")
    /// The 16th birthday.
    public static let phaseSixteen = Text(
      nl: "Op 16-jarige leeftijd neemt de leerling de AVG-rechten en de toestemming over van de ouders (UAVG art. 5(1)) en ontvangt ook de resultaten; ouders blijven resultaten ontvangen tot 18.",
      en: "At 16 the student takes over the AVG rights and consent from the parents (UAVG art. 5(1)) and also receives results; parents keep receiving results until 18.")
    /// The 18th birthday.
    public static let phaseAdult = Text(
      nl: "Op 18-jarige leeftijd is de leerling meerderjarig (BW 1:233): resultaten gaan alleen naar de leerling; naar ouders alleen met vastgelegde toestemming van de leerling.",
      en: "At 18 the student is of age (BW 1:233): results go to the student alone; parents only with the student's recorded consent.")

    // MARK: Errors

    /// `to` before `from` (rights.timeline).
    public static func endBeforeStart(_ to: String, _ from: String) -> Text {
      Text(nl: "de einddatum \(to) ligt vóór de begindatum \(from)", en: "the end date \(to) is before the start date \(from)")
    }
    /// A birth date after the date evaluated.
    public static func bornAfter(_ birthDate: String, _ on: String) -> Text {
      Text(
        nl: "de geboortedatum \(birthDate) ligt na de beoordeelde datum, \(on)",
        en: "the birth date \(birthDate) is after the date evaluated, \(on)")
    }
  }
}
