/// Texts of `rights.check` and of a request's standing (rules.md §1.2–1.5, decisions 6–13): why a
/// requester may or may not exercise a right, and the legal-basis sentences of the requesters who
/// are not the student's legal representative.
extension Texts.Rules {
  /// "A parent with authority" / "A guardian", at the start of a sentence.
  public static func representative(parent: Bool) -> Text {
    parent ? Text(nl: "Een ouder met gezag", en: "A parent with authority") : Text(nl: "Een voogd", en: "A guardian")
  }

  /// The student holds the right.
  public static func studentHolds(age: Int, _ phrase: Text) -> Text {
    Text(nl: "De leerling is \(age) en heeft zelf \(phrase.nl).", en: "The student is \(age) and holds \(phrase.en) personally.")
  }

  /// The student does not hold the right yet; `on` is the 16th birthday when known.
  public static func studentNotYet(age: Int, _ phrase: Text, on: String?) -> Text {
    Text(
      nl: "De leerling is \(age); onder de 16 hebben de ouders (wettelijk vertegenwoordigers) \(phrase.nl); de leerling neemt dat over op \(on ?? "de 16e verjaardag").",
      en: "The student is \(age); under 16 the parents (legal representatives) hold \(phrase.en); the student takes it over on \(on ?? "the 16th birthday").")
  }

  /// A parent with authority or a guardian holds the right.
  public static func representativeHolds(_ who: Text, _ phrase: Text, age: Int) -> Text {
    Text(nl: "\(who.nl) heeft \(phrase.nl) voor een leerling van \(age).", en: "\(who.en) holds \(phrase.en) for a student aged \(age).")
  }

  /// From 16 a parent or guardian no longer acts.
  public static func representativeNoLonger(_ who: Text, _ phrase: Text, age: Int) -> Text {
    Text(
      nl: "De leerling is \(age): vanaf 16 heeft de leerling zelf \(phrase.nl); \(who.nl.lowercased()) treedt niet langer op voor de leerling.",
      en: "The student is \(age): from 16 the student holds \(phrase.en); \(who.en.lowercased()) no longer acts for the student.")
  }

  /// From 18, results go to the parents only with consent.
  public static func adultResultsToParents(age: Int) -> Text {
    Text(
      nl: "De leerling is \(age) en meerderjarig: resultaten gaan alleen met vastgelegde toestemming van de leerling naar de ouders.",
      en: "The student is \(age) and of age: results go to the parents only with the student's recorded consent.")
  }

  /// From 18, results go to a parent (without authority) only with consent.
  public static func adultResultsToAParent(age: Int) -> Text {
    Text(
      nl: "De leerling is \(age) en meerderjarig: resultaten gaan alleen met vastgelegde toestemming van de leerling naar een ouder.",
      en: "The student is \(age) and of age: results go to a parent only with the student's recorded consent.")
  }

  /// From 18, results go to a caregiver only with consent.
  public static func adultResultsToACaregiver(age: Int) -> Text {
    Text(
      nl: "De leerling is \(age) en meerderjarig: resultaten gaan alleen met vastgelegde toestemming van de leerling naar een verzorger.",
      en: "The student is \(age) and of age: results go to a caregiver only with the student's recorded consent.")
  }

  /// A parent without authority (rights.check).
  public static let parentWithoutAuthority = Text(
    nl: "Een ouder zonder gezag is geen wettelijk vertegenwoordiger van de leerling (BW 1:245(4)) en heeft geen AVG-rechten voor het kind; deze ouder kan de school om belangrijke informatie over de verzorging en opvoeding van het kind vragen (BW 1:377c), die de school weigert als dat tegen het belang van het kind ingaat.",
    en: "A parent without parental authority is not the student's legal representative (BW 1:245(4)) and holds no AVG rights for the child; they may ask the school for important information about the child's care and upbringing under BW 1:377c, which the school refuses if it is against the child's interest.")

  /// The basis sentence for a parent without authority (rights.check).
  public static let parentWithoutAuthorityBasis = Text(
    nl: "Een ouder zonder gezag heeft op verzoek recht op informatie, geen AVG-rechten.",
    en: "A parent without authority has an information right on request, not AVG standing.")

  /// A caregiver and results under 18.
  public static let caregiverResults = Text(
    nl: "Een verzorger geldt als 'ouder' in de onderwijswetten (WPO art. 1, WVO 2020 art. 1.1) en ontvangt informatie over de voortgang tot de leerling 18 is.",
    en: "A caregiver (verzorger) counts as 'ouder' under the school laws (WPO art. 1, WVO 2020 art. 1.1) and receives progress information until the student is 18.")

  /// A caregiver and an AVG right.
  public static let caregiverNoAVG = Text(
    nl: "Een verzorger is onder de AVG geen wettelijk vertegenwoordiger van de leerling; alleen informatie over de voortgang (kanaal B, resultaten) gaat naar een verzorger, tot de leerling 18 is.",
    en: "A caregiver (verzorger) is not the student's legal representative under the AVG; only progress information (Channel B, results) goes to a caregiver, until the student is 18.")

  /// A curator or mentor for a minor.
  public static func curatorForMinor(age: Int) -> Text {
    Text(
      nl: "Een curator of mentor treedt alleen op voor een meerderjarige leerling; de leerling is \(age), dus vertegenwoordigen de ouders of de voogd de leerling (onder 16) of handelt de leerling zelf (16 of 17).",
      en: "A curator or mentor acts only for an adult student; the student is \(age), so the parents or guardian represent them (under 16) or the student acts personally (16 or 17).")
  }

  /// A curator or mentor for an adult.
  public static func curatorForAdult(age: Int) -> Text {
    Text(
      nl: "De leerling is \(age); een curator of mentor treedt op voor een meerderjarige leerling onder curatele of mentorschap. Controleer de beslissing van de rechter voordat u handelt: avgd kan die niet zien.",
      en: "The student is \(age); a curator or mentor acts for an adult student under curatele or mentorschap. Check the court decision before acting: avgd cannot see it.")
  }

  /// The basis sentence for a curator or mentor.
  public static let curatorBasis = Text(
    nl: "Voor een meerderjarige onder curatele of mentorschap treedt de curator of mentor op in plaats van de leerling.",
    en: "For an adult under curatele or mentorschap the curator or mentor acts in the student's place.")

  /// Results asked about one's own data.
  public static let ownDataResults = Text(
    nl: "Resultaten zijn gegevens van de leerling; een verzoek over uw eigen gegevens gaat via de AVG-rechten (inzage, rectificatie, ...), niet via resultaten.",
    en: "Results are the student's data; a request about your own data uses the AVG rights (access, rectification, ...), not results.")

  /// The basis sentence of results asked about one's own data.
  public static let ownDataResultsBasis = Text(
    nl: "Iedereen heeft recht op inzage in de eigen persoonsgegevens.", en: "Everyone has access to their own personal data.")

  /// An AVG right over one's own data.
  public static func ownData(_ phrase: Text) -> Text {
    Text(
      nl: "Iedereen heeft \(phrase.nl) ten aanzien van de eigen persoonsgegevens, ongeacht de leeftijd van de leerling; de gegevens van de leerling in die stukken worden afgeschermd.",
      en: "Everyone holds \(phrase.en) over their own personal data, whatever the student's age; the student's data inside those records is redacted.")
  }

  /// The basis sentence of an AVG right over one's own data.
  public static let ownDataBasis = Text(
    nl: "Een betrokkene oefent de eigen rechten uit; gegevens van anderen in een kopie worden beschermd (AVG art. 15(4)).",
    en: "A data subject exercises their own rights; others' data in a copy is protected (AVG art. 15(4)).")

  // MARK: Standing of a request (BW 1:377c)

  /// BW 1:377c in a sentence.
  public static let informationRightBasis = Text(
    nl: "Een ouder zonder gezag krijgt op verzoek informatie over belangrijke feiten en omstandigheden rond de verzorging en opvoeding van het kind, tenzij dat tegen het belang van het kind ingaat.",
    en: "A parent without authority receives, on request, information about important facts and circumstances of the child's care and upbringing, unless that is against the child's interest.")

  /// A parent without authority asking for a right that is not information.
  public static func informationOnly(article: Text) -> Text {
    Text(
      nl: "Een ouder zonder gezag is geen wettelijk vertegenwoordiger van de leerling (BW 1:245 lid 4): BW 1:377c geeft recht op informatie op verzoek, niet op de rechten van \(article.nl).",
      en: "A parent without authority is not the student's legal representative (BW 1:245(4)): BW 1:377c gives a right to information on request, not the rights of \(article.en).")
  }

  /// A parent without authority asking for information about a minor.
  public static func informationOnRequest(age: Int) -> Text {
    Text(
      nl: "De leerling is \(age): een ouder zonder gezag heeft geen AVG-rechten voor het kind (BW 1:245 lid 4), maar krijgt op verzoek belangrijke informatie over de verzorging en opvoeding van het kind (BW 1:377c); de school geeft die, tenzij dat tegen het belang van het kind ingaat.",
      en: "The student is \(age): a parent without authority holds no AVG rights for the child (BW 1:245(4)) but receives important information about the child's care and upbringing on request (BW 1:377c); the school gives it unless that is against the child's interest.")
  }
}
