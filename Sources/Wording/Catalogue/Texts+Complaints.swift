/// Texts of the confidential counsellor's dossiers (rules.md §7; S&V "Klachten, registratie en
/// privacy"): refusals of a dossier without consent, and the prompt of decision 49 (the reporting
/// duty of a staff counsellor, aangifte for an external one). The counsellor is addressed with
/// "je", as in the school's own guidance for its vertrouwenspersonen.
extension Texts {
  /// Complaint dossier texts.
  public enum Complaints {
    /// A dossier without the complainant's consent.
    public static let consentRequired = Text(
      nl: "is verplicht: een dossier wordt alleen aangelegd met de vastgelegde uitdrukkelijke toestemming van de klager (wie, wanneer)",
      en: "is required: a dossier is created only with the complainant's recorded explicit consent (who, when)")

    /// Consent that is not explicit.
    public static let consentMustBeExplicit = Text(
      nl: "moet true zijn: een dossier vraagt de uitdrukkelijke toestemming van de klager (S&V; besluit 47)",
      en: "must be true: a dossier needs the complainant's explicit consent (S&V; decision 47)")

    /// Consent given after the dossier was opened.
    public static func consentAfterOpening(_ givenAt: String) -> Text {
      Text(
        nl: "\(givenAt) ligt na openedAt: de toestemming komt vóór het dossier",
        en: "\(givenAt) is after openedAt: consent must come before the dossier")
    }

    /// A moment before the dossier was opened.
    public static func beforeOpened(_ at: String, opened: String) -> Text {
      Text(
        nl: "\(at) ligt vóór het openen van het dossier (\(opened))",
        en: "\(at) is before the dossier was opened (\(opened))")
    }

    /// A list item that is not a JSON object.
    public static let mustBeObject = Text(nl: "moet een object zijn", en: "must be an object")

    /// The prompt for a counsellor who works for the school: the meldplicht (decision 49).
    public static let staffPrompt = Text(
      nl: """
        Je werkt voor de school, dus de meldplicht geldt ook voor jou. Krijg je op welke manier ook informatie dat \
        een medewerker (of een ander met taken binnen de school) zich mogelijk schuldig maakt of heeft gemaakt aan \
        een zedenmisdrijf tegen een minderjarige leerling, informeer dan onmiddellijk en rechtstreeks het bevoegd \
        gezag (het schoolbestuur); de schoolleiding als tussenpersoon is niet genoeg. Of er een redelijk vermoeden \
        is, beoordeel je niet zelf: het bevoegd gezag overlegt direct met de vertrouwensinspecteur en doet, als \
        daaruit een redelijk vermoeden blijkt, aangifte bij politie of justitie, nadat het de betrokken medewerker \
        en de ouders van de leerling heeft ingelicht. Je geheimhouding als vertrouwenspersoon ontslaat je niet van \
        deze meldplicht.
        """,
      en: """
        You work for the school, so the duty to report applies to you. If you learn in any way that a staff member \
        (or anyone else with tasks at the school) may have committed a sexual offence against a minor student, \
        inform the board (bevoegd gezag) at once and directly; telling the school management is not enough. You \
        do not judge whether the suspicion is reasonable: the board consults the vertrouwensinspecteur at once and, \
        where that shows a reasonable suspicion, files a police report after informing the accused and the \
        student's parents. Your confidentiality as counsellor does not lift this duty.
        """)

    /// The prompt for an external counsellor: no meldplicht, point to aangifte (decision 49).
    public static let externalPrompt = Text(
      nl: """
        Als externe vertrouwenspersoon heb je geen meldplicht aan het bevoegd gezag. Gaat de klacht over een \
        (mogelijk) zedenmisdrijf, wijs de klager dan op de mogelijkheid van aangifte bij de politie en op de \
        vertrouwensinspecteur.
        """,
      en: """
        As an external counsellor you have no duty to report to the board. If the complaint concerns a (possible) \
        sexual offence, point the complainant to the possibility of reporting it to the police (aangifte) and to \
        the vertrouwensinspecteur.
        """)

    /// The sources of the staff prompt, with what is and is not verified ([U] unverified, [!] open, [V] verified).
    public static let staffPromptSource = Text(
      nl: """
        Wet bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs (1999): po WPO art. 4a [U]; \
        vo WVO 2020, het artikel dat op 1 augustus 2021 WVO art. 3 verving [!, nummer niet gecontroleerd]; so WEC art. 4a [U]; \
        mbo WEB [!]. Werkwijze: Inspectie van het Onderwijs, "Zedenmisdrijven"; seksueelmisdrijf.nl (meldplicht \
        personeelsleden, aangifteplicht bevoegd gezag) [V]. Besluit 49.
        """,
      en: """
        Wet bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs (1999): po WPO art. 4a [U]; \
        vo WVO 2020, the article that replaced WVO art. 3 on 1 August 2021 [!, number not verified]; so WEC art. 4a [U]; \
        mbo WEB [!]. Procedure: Inspectie van het Onderwijs, "Zedenmisdrijven"; seksueelmisdrijf.nl (meldplicht \
        personeelsleden, aangifteplicht bevoegd gezag) [V]. Decision 49.
        """)

    /// The sources of the external counsellor's prompt.
    public static let externalPromptSource = Text(
      nl: "rules.md §7; seksueelmisdrijf.nl (onderwijs, vertrouwenspersoon) [V]; besluit 49",
      en: "rules.md §7; seksueelmisdrijf.nl (onderwijs, vertrouwenspersoon) [V]; decision 49")
  }
}
