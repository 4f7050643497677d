/// Texts of the standing re-checked at a request's decision (rules.md §1.5, decisions 4–8): the
/// student's consent a parent's results request for an adult rests on (decision 6; AVG art. 6(1)(a),
/// 7), a student's own request under 16 (decision 7), and the refusals when standing is missing.
extension Texts.Requests {
  // MARK: Standing at the decision

  /// Added to the rules' reason when no consent of the student counts on the decision date.
  public static func noValidConsent(on: String) -> Text {
    Text(
      nl: " Het toestemmingsregister bevat op \(on) geen geldige toestemming van de leerling die resultaten dekt.",
      en: " The consents register holds no valid consent of the student covering results on \(on).")
  }

  /// Standing through the adult student's consent (decision 6).
  public static func entitledByConsent(_ consentID: String, givenOn: String?) -> Text {
    Text(
      nl: "De leerling is meerderjarig; de ouder krijgt de resultaten met toestemming van de leerling: \(consentID), gegeven op \(givenOn ?? "?") (rules.md besluit 6).",
      en: "The student is an adult; the parent receives the results with the student's consent: \(consentID), given on \(givenOn ?? "?") (rules.md decision 6).")
  }

  /// The articles of standing through the student's consent.
  public static let consentArticle = Text(nl: "BW 1:233; AVG art. 6(1)(a) en 7", en: "BW 1:233; AVG art. 6(1)(a) and 7")

  /// The legal-basis sentence of standing through the student's consent.
  public static let consentSentence = Text(
    nl: "Vanaf 18 gaan resultaten alleen naar de ouders met vastgelegde toestemming van de leerling, geldig op de dag dat ze worden gegeven.",
    en: "From 18 results go to the parents only with the student's recorded consent, valid on the day they are given.")

  /// A consentId on a request that does not rest on consent.
  public static let consentNotApplicable = Text(
    nl: "alleen het verzoek van een ouder om de resultaten van een leerling van 18 of ouder rust op toestemming van de leerling (rules.md besluit 6); dit verzoek niet",
    en: "only a parent's results request for a student of 18 or more rests on the student's consent (rules.md decision 6); this request does not")

  /// Standing of a student's own request under 16 accepted with a justification (decision 7).
  public static func acceptedForStudent(_ justification: String) -> Text {
    Text(
      nl: "Verzoek van de leerling zelf, jonger dan 16, in behandeling genomen met als onderbouwing: \(justification) (rules.md besluit 7).",
      en: "The student's own request, under 16, accepted with the justification: \(justification) (rules.md decision 7).")
  }

  /// The articles of an accepted request of a student under 16, after the right's own article.
  public static func acceptedArticle(_ rightArticle: Text) -> Text {
    Text(
      nl: "\(rightArticle.nl); AVG art. 12(2); rules.md besluit 7 [!]", en: "\(rightArticle.en); AVG art. 12(2); rules.md decision 7 [!]")
  }

  /// The legal-basis sentence of an accepted request of a student under 16.
  public static let acceptedSentence = Text(
    nl: "De betrokkene heeft het recht; het eigen verzoek van een kind dat dit kan overzien mag in behandeling worden genomen met een vastgelegde onderbouwing (EDPB-richtlijnen 01/2022 [U]).",
    en: "The data subject holds the right; a mature child's own request may be accepted with a recorded justification (EDPB Guidelines 01/2022 [U]).")

  /// Deciding a student's own request under 16 before it was routed (1006).
  public static let routeFirst = Text(
    nl: "het eigen verzoek van een leerling onder 16 wordt nooit afgewezen (rules.md besluit 7): leid het door naar de wettelijk vertegenwoordigers of neem het in behandeling met een onderbouwing (requests.route) voordat u beslist",
    en: "a student's own request under 16 is never turned away (rules.md decision 7): route it to the legal representatives or accept it with a justification (requests.route) before deciding")

  /// A disclosing decision without standing (1003): the rules' reason, then this.
  public static func onlyRejectedNoStanding(_ reason: String) -> Text {
    Text(
      nl: "\(reason) De enige mogelijke beslissing is rejectedNoStanding.", en: "\(reason) The only decision is rejectedNoStanding.")
  }

  /// Another decision than rejectedNoStanding without standing (-32602).
  public static func noStandingOn(_ on: String) -> Text {
    Text(
      nl: "de verzoeker heeft op \(on) het recht niet: de enige mogelijke beslissing is rejectedNoStanding",
      en: "the requester has no standing on \(on): the only decision is rejectedNoStanding")
  }

  /// rejectedNoStanding for a requester who has standing.
  public static func hasStandingOn(_ on: String) -> Text {
    Text(
      nl: "de verzoeker heeft op \(on) wel het recht: beslis inhoudelijk, en weiger alleen op een grond (rules.md §2.4)",
      en: "the requester has standing on \(on): decide on the merits, and refuse only on a ground (rules.md §2.4)")
  }

  /// Added to the standing check's reason when the holder changed before the decision (1003).
  public static func nowHolderChanged(_ reason: String) -> Text {
    Text(
      nl: "\(reason) Het verzoek staat nu op holderChanged: de leerling kan het overnemen (requests.adopt) of het wordt ingetrokken; de termijn blijft gelijk.",
      en: "\(reason) The request is now holderChanged: the student may adopt it (requests.adopt) or it is withdrawn; the deadline is unchanged.")
  }

  // MARK: The student's consent (decision 6)

  /// A consent of another student.
  public static func consentOfOtherStudent(_ id: String, student: String, not other: String) -> Text {
    Text(
      nl: "\(id) is een toestemming voor leerling \(student), niet voor \(other)",
      en: "\(id) is a consent for student \(student), not for \(other)")
  }

  /// A consent not given by the student (or curator).
  public static func consentNotStudents(_ id: String, givenBy: String?) -> Text {
    Text(
      nl: "\(id) is gegeven door een \(givenBy ?? "?"): vanaf 18 gaan resultaten alleen naar ouders met toestemming van de leerling zelf (besluit 6)",
      en: "\(id) was given by a \(givenBy ?? "?"): from 18 results go to parents only with the student's own consent (settled decision 6)")
  }

  /// A consent that does not cover results (AVG art. 4(11)).
  public static func consentNotForResults(_ id: String, scope: String) -> Text {
    Text(
      nl: "\(id) dekt \(scope), niet de resultaten: toestemming is specifiek (AVG art. 4(11))",
      en: "\(id) covers \(scope), not results: consent is specific (AVG art. 4(11))")
  }

  /// A consent given after the decision date.
  public static func consentGivenLater(_ id: String, givenOn: String, decidedOn: String) -> Text {
    Text(
      nl: "\(id) is gegeven op \(givenOn), na de beslisdatum \(decidedOn)",
      en: "\(id) was given on \(givenOn), after the decision date \(decidedOn)")
  }

  /// A consent withdrawn on or before the decision date (AVG art. 7(3)).
  public static func consentWithdrawn(_ id: String, on withdrawn: String, decidedOn: String) -> Text {
    Text(
      nl: "\(id) is ingetrokken op \(withdrawn): zij telt op \(decidedOn) niet meer (AVG art. 7(3))",
      en: "\(id) was withdrawn on \(withdrawn): it no longer counts on \(decidedOn) (AVG art. 7(3))")
  }
}
