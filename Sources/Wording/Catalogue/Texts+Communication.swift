/// Texts of `communication.check` (rules.md §3.4; S&V "neutral wording, no details, no names"):
/// what the author should write instead of each finding. The check gives its suggestions in the
/// language of the message it checked (its own `language` param, or the guess of `auto`), so the
/// caller renders these with that language rather than the call's. The word lists the check
/// searches for are data and stay in `CommunicationLexicon`.
extension Texts {
  /// Communication check texts.
  public enum Communication {
    /// A person's name.
    public static let nameSuggestion = Text(
      nl: "Laat de naam weg; schrijf 'een leerling', 'een medewerker' of 'een ouder'.",
      en: "Leave out the name; say 'a student', 'a staff member' or 'a parent' instead.")

    /// A student number.
    public static let studentNumberSuggestion = Text(
      nl: "Laat het leerlingnummer weg: het wijst één leerling aan.",
      en: "Leave out the student number: it points to one student.")

    /// An e-mail address.
    public static let emailSuggestion = Text(
      nl: "Laat het e-mailadres weg; noem het algemene adres van de school.",
      en: "Leave out the e-mail address; give the school's general address instead.")

    /// A phone number.
    public static let phoneSuggestion = Text(
      nl: "Laat het telefoonnummer weg; noem het algemene nummer van de school.",
      en: "Leave out the phone number; give the school's general number instead.")

    /// A class together with a date.
    public static let classAndDateSuggestion = Text(
      nl: "Noem klas en datum niet samen: zo zijn leerlingen aan te wijzen; schrijf 'een klas' of 'onlangs'.",
      en: "Don't name the class and the date together: they single people out; say 'a class' or 'recently'.")

    /// A class or role next to a relative moment.
    public static let relativeDateSuggestion = Text(
      nl: "Noem een klas of functie niet samen met een moment als 'vorige week dinsdag': zo is één persoon aan te wijzen; schrijf 'onlangs' en 'een leerling' of 'een medewerker'.",
      en: "Don't name a class or role together with a moment like 'last Tuesday': it points at one person; say 'recently' and 'a student' or 'a staff member'.")

    /// A special-category word: `category` and `article` are texts of this catalogue in the same language.
    public static func specialCategorySuggestion(word: String, category: Text, article: Text) -> Text {
      Text(
        nl: "Laat '\(word)' weg: het verwijst naar \(category.nl) (\(article.nl)); schrijf 'persoonlijke omstandigheden' of niets.",
        en: "Leave out '\(word)': it points to \(category.en) (\(article.en)); say 'personal circumstances' or nothing.")
    }

    /// Health (art. 9).
    public static let health = Text(nl: "gezondheid", en: "health")
    /// Religion (art. 9).
    public static let religion = Text(nl: "godsdienst", en: "religion")
    /// Philosophical belief (art. 9).
    public static let belief = Text(nl: "levensovertuiging", en: "belief")
    /// Sexual orientation (art. 9).
    public static let sexualOrientation = Text(nl: "seksuele geaardheid", en: "sexual orientation")
    /// Racial or ethnic origin (art. 9).
    public static let race = Text(nl: "ras of etnische afkomst", en: "racial or ethnic origin")
    /// Political opinions (art. 9).
    public static let politics = Text(nl: "politieke opvattingen", en: "political opinions")
    /// Trade-union membership (art. 9).
    public static let tradeUnion = Text(nl: "vakbondslidmaatschap", en: "trade-union membership")
    /// Criminal data (art. 10), suspicions included.
    public static let criminal = Text(
      nl: "strafrechtelijke gegevens, zoals een verdenking of politieonderzoek",
      en: "criminal data, such as a suspicion or a police investigation")
    /// A (possible) sexual offence (art. 9 and 10).
    public static let sexualOffence = Text(nl: "een (mogelijk) zedendelict", en: "a (possible) sexual offence")
    /// Biometric data (art. 9).
    public static let biometric = Text(nl: "biometrische gegevens", en: "biometric data")
    /// Genetic data (art. 9).
    public static let genetic = Text(nl: "genetische gegevens", en: "genetic data")

    /// What kind of data a criminal-data word points to.
    public static let criminalKind = Text(nl: "strafrechtelijk persoonsgegeven, AVG art. 10", en: "criminal data, AVG art. 10")
    /// What kind of data a sexual-offence word points to.
    public static let sexualOffenceKind = Text(
      nl: "strafrechtelijk en bijzonder persoonsgegeven, AVG art. 9 en 10",
      en: "criminal data and a special category, AVG art. 9 and 10")
    /// What kind of data any other special-category word points to.
    public static let specialKind = Text(nl: "bijzonder persoonsgegeven, AVG art. 9", en: "a special category, AVG art. 9")

    /// `recipientNames` with a general notice.
    public static let recipientNamesOnlyForAffected = Text(
      nl: "hoort alleen bij audience affected: een algemeen bericht noemt niemand",
      en: "is only for audience affected: a general notice names nobody")
  }
}
