/// Texts of `requests.correct` (AVG art. 16 applied to avgd's own register): why a field may not
/// be corrected, and the `review` notes that say what the privacy officer must look at when
/// corrected facts would have led elsewhere (what was communicated stays as it was).
extension Texts.Requests {
  // MARK: What may not be corrected, and why

  /// What one request is called in a refusal of `requests.correct`.
  public static let correctNoun = Text(nl: "een verzoek", en: "a request")

  /// `id`.
  public static let idNamesRequest = Text(
    nl: "het kenmerk noemt het verzoek in brieven, logboeken en de geschiedenis",
    en: "the id names the request in letters, logs and the history")

  /// `status`.
  public static let statusByLifecycle = Text(
    nl: "de status verandert alleen door de eigen stappen van het verzoek (withdraw, decide, respond, ...)",
    en: "the status moves only by the lifecycle's own actions (withdraw, decide, respond, ...)")

  /// `type`.
  public static let typeIsTheRequest = Text(
    nl: "wat wordt gevraagd is het verzoek zelf: registreer het juiste verzoek met requests.open en trek dit verzoek in met deze reden",
    en: "what is asked is the request itself: register the right request with requests.open and withdraw this one, giving this reason")

  /// `right`.
  public static let rightFollowsType = Text(nl: "volgt uit type", en: "follows from type")

  /// `about`.
  public static let aboutIsTheRequest = Text(
    nl: "wiens gegevens worden gevraagd is het verzoek zelf: registreer het opnieuw met requests.open",
    en: "whose data is asked for is the request itself: register it anew with requests.open")

  /// `requester.relationship`.
  public static let requesterIsTheRequest = Text(
    nl: "wie vraagt bepaalt de wettelijke route; een andere verzoeker is een ander verzoek: registreer het met requests.open (een leerling die het overneemt: requests.adopt)",
    en: "who asked decides the legal channel; another requester is another request: register it with requests.open (a student taking over is requests.adopt)")

  /// `legalChannel`.
  public static let channelDerived = Text(
    nl: "afgeleid bij ontvangst; wordt opnieuw berekend uit verbeterde gegevens",
    en: "derived at receipt; recomputed from corrected facts")

  /// `entitled`, `entitlementAtReceipt`.
  public static let derivedFromFacts = Text(
    nl: "afgeleid: wordt opnieuw berekend uit verbeterde gegevens", en: "derived: recomputed from corrected facts")

  /// The due dates.
  public static let derivedFromReceipt = Text(
    nl: "afgeleid van de ontvangst: verbeter receivedOn of receivedAt",
    en: "derived from receipt: correct receivedOn or receivedAt")

  /// `decision`.
  public static let decisionCommunicated = Text(
    nl: "de beslissing is aan de verzoeker meegedeeld: beslis opnieuw waar de wet dat toestaat, herschrijf haar nooit",
    en: "the decision was communicated to the requester: decide anew where the law allows, never rewrite it")

  /// `grounds`, `decidedAt`, `decidedBy`, `items`.
  public static let partOfDecision = Text(
    nl: "onderdeel van de beslissing die aan de verzoeker is meegedeeld",
    en: "part of the decision communicated to the requester")

  /// `respondedAt`, `responseChannel`.
  public static let answerSent = Text(
    nl: "het antwoord is verstuurd: het blijft zoals het is verstuurd", en: "the answer was sent: it stays as sent")

  /// `extensionNoticeSentAt`, `extensionReason`.
  public static let extensionNoticeSent = Text(
    nl: "de verlengingsmelding is aan de verzoeker verstuurd", en: "the extension notice was sent to the requester")

  /// `route`.
  public static let routingOwnAct = Text(
    nl: "doorleiden is een eigen stap (requests.route)", en: "routing is an act of its own (requests.route)")

  /// `identity`.
  public static let verificationOwnAct = Text(
    nl: "de identiteitscontrole is een eigen stap (requests.verifyIdentity)",
    en: "verification is an act of its own (requests.verifyIdentity)")

  /// `registeredAt`, `registeredBy`.
  public static let registrationTrace = Text(
    nl: "het eigen spoor van de registratie", en: "the registration's own trace")

  // MARK: Correcting

  /// Values equal to the stored ones.
  public static let nothingToCorrect = Text(
    nl: "elke opgegeven waarde is gelijk aan de opgeslagen waarde: er valt niets te verbeteren",
    en: "every value given equals the stored one: nothing to correct")

  /// A corrected receipt after an act already recorded.
  public static func actBeforeReceipt(_ receivedOn: String, act: String, at: String) -> Text {
    Text(
      nl: "\(receivedOn) ligt na \(act) \(at): een verzoek kan niet worden behandeld voordat het is ontvangen",
      en: "\(receivedOn) is after \(act) \(at): a request cannot be handled before it was received")
  }

  // MARK: Review notes (`correction.review`)

  /// The extension notice lies after the corrected first due date.
  public static func reviewNoticeLate(sent: String, dueBy: String) -> Text {
    Text(
      nl: "De verlengingsmelding (\(sent)) ligt na de verbeterde uiterste datum \(dueBy): AVG art. 12(3) vraagt haar binnen de eerste maand. De melding blijft zoals verstuurd; het verzoek telt vanaf nu tegen de verlengde datum, maar leg vast hoe dit is gegaan.",
      en: "The extension notice (\(sent)) lies after the corrected due date \(dueBy): AVG art. 12(3) asks for it within the first month. The notice stays as sent; the request now counts against the extended date, but record how this came about.")
  }

  /// The decision (or, with `answer`, the answer) turns out late or on time with the corrected facts.
  public static func reviewTimeliness(answer: Bool, at: String, due: String, late: Bool, flag: String) -> Text {
    let what = answer ? ("het antwoord", "the answer") : ("de beslissing", "the decision")
    return late
      ? Text(
        nl: "Met de verbeterde gegevens is \(what.0) (\(at)) te laat: de uiterste datum was \(due). Dat staat nu in \(flag).",
        en: "With the corrected facts \(what.1) (\(at)) is late: the due date was \(due). \(flag) now says so.")
      : Text(
        nl: "Met de verbeterde gegevens is \(what.0) (\(at)) op tijd: de uiterste datum was \(due). Dat staat nu in \(flag).",
        en: "With the corrected facts \(what.1) (\(at)) is on time: the due date was \(due). \(flag) now says so.")
  }

  /// Standing at receipt gained or lost with the corrected facts, after acts already communicated.
  public static func reviewStanding(entitled: Bool, reason: String) -> Text {
    entitled
      ? Text(
        nl: "Met de verbeterde gegevens had de verzoeker bij ontvangst wél het recht (\(reason)). Wat al is beslist, doorgeleid of overgenomen blijft staan zoals het is gecommuniceerd; beoordeel of opnieuw beslissen of de verzoeker informeren nodig is.",
        en: "With the corrected facts the requester did hold the right at receipt (\(reason)). What was already decided, routed or adopted stays as it was communicated; judge whether deciding again or informing the requester is needed.")
      : Text(
        nl: "Met de verbeterde gegevens had de verzoeker bij ontvangst níet het recht (\(reason)). Wat al is beslist, doorgeleid of overgenomen blijft staan zoals het is gecommuniceerd; beoordeel of de verzoeker of de rechthebbende moet worden geïnformeerd.",
        en: "With the corrected facts the requester did not hold the right at receipt (\(reason)). What was already decided, routed or adopted stays as it was communicated; judge whether the requester or the holder of the right must be informed.")
  }
}
