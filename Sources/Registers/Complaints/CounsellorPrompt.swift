import JSON

/// What the counsellor is reminded of when a dossier opens (decision 49; rules.md §7). The Wet
/// bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs (1999) put two duties in
/// the school laws, and they fall on different people:
/// - the **meldplicht**: everyone working at the school who learns, in any way, of a *possible* sexual
///   offence by a staff member (anyone with tasks at the school) against a minor student informs the
///   board (bevoegd gezag) at once and directly; a staff counsellor too, confidentiality
///   notwithstanding. The staff member does not weigh whether the suspicion is reasonable.
/// - the **overleg- en aangifteplicht** of the board: it consults the vertrouwensinspecteur at once;
///   when that shows a reasonable suspicion it files a police report, after informing the accused
///   and the student's parents.
/// An external counsellor has no meldplicht but points the complainant to aangifte. Sources: the
/// Inspectie van het Onderwijs, "Zedenmisdrijven" and seksueelmisdrijf.nl (meldplicht
/// personeelsleden, aangifteplicht bevoegd gezag) [V]; the article numbers are marked [U]/[!]
/// as in rules.md: they were not checked against the statute texts.
public enum CounsellorPrompt {
  /// The legal source as the prompt cites it, with what is and is not verified.
  public static let staffSource = """
    Wet bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs (1999): po WPO art. 4a [U]; \
    vo WVO 2020, the article that replaced WVO art. 3 on 1 August 2021 [!, number not verified]; so WEC art. 4a [U]; \
    mbo WEB [!]. Procedure: Inspectie van het Onderwijs, "Zedenmisdrijven"; seksueelmisdrijf.nl (meldplicht \
    personeelsleden, aangifteplicht bevoegd gezag) [V]. Decision 49.
    """

  /// `{kind, text, textEn, source}` for a counsellor who is (or is not) staff; `text` is Dutch.
  public static func json(isStaff: Bool) -> JSONValue {
    if isStaff {
      return [
        "kind": "reportingDuty",
        "text": """
          Je werkt voor de school, dus de meldplicht geldt ook voor jou. Krijg je op welke manier ook informatie dat \
          een medewerker (of een ander met taken binnen de school) zich mogelijk schuldig maakt of heeft gemaakt aan \
          een zedenmisdrijf tegen een minderjarige leerling, informeer dan onmiddellijk en rechtstreeks het bevoegd \
          gezag (het schoolbestuur); de schoolleiding als tussenpersoon is niet genoeg. Of er een redelijk vermoeden \
          is, beoordeel je niet zelf: het bevoegd gezag overlegt direct met de vertrouwensinspecteur en doet, als \
          daaruit een redelijk vermoeden blijkt, aangifte bij politie of justitie, nadat het de betrokken medewerker \
          en de ouders van de leerling heeft ingelicht. Je geheimhouding als vertrouwenspersoon ontslaat je niet van \
          deze meldplicht.
          """,
        "textEn": """
          You work for the school, so the duty to report applies to you. If you learn in any way that a staff member \
          (or anyone else with tasks at the school) may have committed a sexual offence against a minor student, \
          inform the board (bevoegd gezag) at once and directly; telling the school management is not enough. You \
          do not judge whether the suspicion is reasonable: the board consults the vertrouwensinspecteur at once and, \
          where that shows a reasonable suspicion, files a police report after informing the accused and the \
          student's parents. Your confidentiality as counsellor does not lift this duty.
          """,
        "source": .string(staffSource),
      ]
    }
    return [
      "kind": "aangifte",
      "text": """
        Als externe vertrouwenspersoon heb je geen meldplicht aan het bevoegd gezag. Gaat de klacht over een \
        (mogelijk) zedenmisdrijf, wijs de klager dan op de mogelijkheid van aangifte bij de politie en op de \
        vertrouwensinspecteur.
        """,
      "textEn": """
        As an external counsellor you have no duty to report to the board. If the complaint concerns a (possible) \
        sexual offence, point the complainant to the possibility of reporting it to the police (aangifte) and to \
        the vertrouwensinspecteur.
        """,
      "source": "rules.md §7; seksueelmisdrijf.nl (onderwijs, vertrouwenspersoon) [V]; decision 49",
    ]
  }
}
