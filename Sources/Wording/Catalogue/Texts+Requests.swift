/// Texts of the requests register (AVG art. 12, 15–21; rules.md §1.5, §2): what `requests.*`
/// says when it refuses a step, what it records in words (the next step of a student's own request
/// under 16), and the export's column headers. Decisions are in `Texts+RequestsDecision.swift`,
/// corrections in `Texts+RequestsCorrection.swift`. Values (ids, dates, enum values, ground codes)
/// are passed in as they are on the wire.
extension Texts {
  /// Requests of data subjects: access, rectification, erasure, results and the others.
  public enum Requests {
    // MARK: Moments

    /// A moment after "now": an act cannot be recorded before it happened.
    public static func inFuture(_ at: String, now: String) -> Text {
      Text(nl: "\(at) ligt in de toekomst (het is nu \(now))", en: "\(at) is in the future (now is \(now))")
    }

    /// A date (of receipt) after today.
    public static func dateInFuture(_ date: String) -> Text {
      Text(nl: "\(date) ligt in de toekomst", en: "\(date) is in the future")
    }

    /// A moment before the request was received.
    public static func beforeReceipt(_ at: String, receivedOn: String?) -> Text {
      let on = receivedOn ?? "?"
      return Text(
        nl: "\(at) ligt vóór de ontvangst van het verzoek (\(on))", en: "\(at) is before the request was received (\(on))")
    }

    /// A stored record that misses what the step needs (a damaged or hand-made record).
    public static let recordLacksStanding = Text(
      nl: "de registratie mist de geboortedatum van de leerling, het soort verzoek of de verzoeker",
      en: "the record lacks the student's birth date, type or requester")

    /// A stored record without its receipt date, birth date or type (correction).
    public static let recordLacksReceipt = Text(
      nl: "de registratie mist de ontvangstdatum, de geboortedatum of het soort verzoek",
      en: "the record lacks its receipt date, birth date or type")

    /// A stored record without its receipt or due date (extension).
    public static let recordLacksDueDate = Text(
      nl: "de registratie heeft geen ontvangstdatum of uiterste datum", en: "the record has no receipt date or due date")

    // MARK: requests.open

    /// Both receivedAt and receivedOn given.
    public static let receiptBoth = Text(
      nl: "geef precies één van receivedAt en receivedOn, niet allebei",
      en: "give exactly one of receivedAt and receivedOn, not both")

    /// Neither receivedAt nor receivedOn given.
    public static let receiptNone = Text(
      nl: "geef precies één van receivedAt en receivedOn", en: "give exactly one of receivedAt and receivedOn")

    /// A second open under an externalRef that names another request (1006).
    public static func externalRefTaken(_ ref: String, id: String, field: String, stored: String?, given: String) -> Text {
      Text(
        nl: "externalRef \(ref) is al verzoek \(id) met \(field) \(stored ?? "(geen)"), niet \(given)",
        en: "externalRef \(ref) is already request \(id) with \(field) \(stored ?? "(none)"), not \(given)")
    }

    /// `route.nextStep` of a student's own request under 16 (settled decision 7).
    public static let routeNextStep = Text(
      nl: "Geregistreerd en niet afgewezen (rules.md besluit 7): de wettelijk vertegenwoordigers hebben dit recht. Leid het verzoek naar hen door (requests.route, to: legalRepresentatives) of neem het verzoek van de leerling zelf in behandeling met een vastgelegde onderbouwing dat de leerling dit zelf kan overzien (to: student).",
      en: "Registered and not turned away (rules.md decision 7): the legal representatives hold this right. Route the request to them (requests.route, to: legalRepresentatives) or accept the student's own request with a recorded justification that the student can oversee it (to: student).")

    // MARK: requests.extend

    /// An extension notice after the first legal due date (1005, AVG art. 12(3)).
    public static func extensionTooLate(dueBy: String) -> Text {
      Text(
        nl: "een verlenging moet binnen de eerste maand worden meegedeeld (AVG art. 12(3)); de wettelijke termijn liep af op \(dueBy), dus het verzoek is te laat",
        en: "an extension must be communicated within the first month (AVG art. 12(3)); the legal due date ended at \(dueBy), so the request is overdue")
    }

    // MARK: requests.adopt

    /// The student adopting their own request.
    public static let alreadyTheStudents = Text(
      nl: "de leerling is al de verzoeker: er valt niets over te nemen",
      en: "the student is already the requester: there is nothing to adopt")

    /// Adopting a request nobody ever had standing for.
    public static let neverHadStanding = Text(
      nl: "de verzoeker had nooit het recht: dit verzoek kan alleen eindigen met rejectedNoStanding of worden ingetrokken",
      en: "the requester never had standing: this request can only end rejectedNoStanding or be withdrawn")

    /// Adopting while the original requester still holds the right (rules.md §1.5).
    public static func requesterStillHolds(_ requester: String, on: String) -> Text {
      Text(
        nl: "de verzoeker (\(requester)) heeft op \(on) het recht nog: de leerling kan het verzoek pas overnemen als de rechthebbende is gewisseld (rules.md §1.5)",
        en: "the \(requester) still holds the right on \(on): the student can adopt the request only after the holder changed (rules.md §1.5)")
    }

    // MARK: requests.route

    /// Routing a request that is not a student's own request under 16.
    public static let notRoutable = Text(
      nl: "alleen het eigen verzoek van een leerling onder 16 wordt doorgeleid (rules.md besluit 7); dit verzoek heeft al een verzoeker",
      en: "only a student's own request under 16 is routed (rules.md decision 7); this request has its requester already")

    /// Routing a request twice.
    public static func alreadyRouted(_ route: String) -> Text {
      Text(nl: "het verzoek is al doorgeleid (\(route))", en: "the request was already routed (\(route))")
    }

    /// Routing when the student holds the right already (16 or older).
    public static func studentHoldsRight(on: String) -> Text {
      Text(
        nl: "de leerling heeft op \(on) zelf het recht (16 of ouder): er valt niets door te leiden; beslis op het verzoek, de controle bij de beslissing vindt het recht",
        en: "the student holds the right on \(on) (16 or older): nothing to route; decide the request, the re-check at the decision finds standing")
    }

    /// Accepting a student's own request without a justification.
    public static let justificationNeeded = Text(
      nl: "het eigen verzoek van een leerling onder 16 in behandeling nemen vraagt een vastgelegde onderbouwing dat de leerling dit zelf kan overzien (rules.md besluit 7)",
      en: "accepting a student's own request under 16 needs a recorded justification of the student's capacity (rules.md decision 7)")

    /// Accepting a student's own request without naming who decided.
    public static let acceptorNeeded = Text(
      nl: "een bevoegde medewerker neemt het eigen verzoek van een leerling onder 16 in behandeling: noem wie, met bevoegdheid",
      en: "an authorised staff member accepts a student's own request under 16: name who, with authority")

    // MARK: requests.respond, requests.verifyIdentity

    /// An answer sent before the decision.
    public static func answerBeforeDecision(_ decidedAt: String) -> Text {
      Text(
        nl: "het antwoord kan niet vóór de beslissing zijn verstuurd (\(decidedAt))",
        en: "the answer cannot be sent before the decision (\(decidedAt))")
    }

    /// An identity method that holds a document or BSN number (AVG art. 5(1)(c)).
    public static let noDocumentNumbers = Text(
      nl: "beschrijf hoe de identiteit is vastgesteld, zonder document- of BSN-nummer: avgd bewaart nooit identiteitsbewijzen (AVG art. 5(1)(c), 12(6))",
      en: "describe how identity was established, without a document or BSN number: avgd never stores identity documents (AVG art. 5(1)(c), 12(6))")

    // MARK: Parameters

    /// A ground code that is not one of `GroundCode`'s.
    public static func unknownGround(_ code: String) -> Text {
      Text(nl: "onbekende grond \"\(code)\"", en: "unknown ground \"\(code)\"")
    }

    /// An item of `items` that is not an object.
    public static let mustBeObject = Text(nl: "moet een object zijn", en: "must be an object")

    /// A corrected value that must be a string.
    public static let mustBeString = Text(nl: "moet tekst zijn", en: "must be a string")

    /// A corrected value that must be a date.
    public static let mustBeDate = Text(nl: "moet een datum zijn (YYYY-MM-DD)", en: "must be a date YYYY-MM-DD")

    /// A corrected value that must be an instant.
    public static let mustBeInstant = Text(
      nl: "moet een tijdstip zijn (RFC 3339)", en: "must be an RFC 3339 instant")

    /// A write that journaled nothing (never expected; an internal error).
    public static let nothingJournaled = Text(nl: "er is geen wijziging vastgelegd", en: "no change was journaled")

    // MARK: Export headers (`requests.export`)

    /// Column: the request's id.
    public static let columnID = Text(nl: "Kenmerk", en: "Id")
    /// Column: the request's type.
    public static let columnType = Text(nl: "Soort verzoek", en: "Type")
    /// Column: the student's id.
    public static let columnStudent = Text(nl: "Leerling", en: "Student")
    /// Column: who asked.
    public static let columnRequester = Text(nl: "Hoedanigheid verzoeker", en: "Requester capacity")
    /// Column: when received.
    public static let columnReceived = Text(nl: "Ontvangen", en: "Received")
    /// Column: when registered.
    public static let columnRegistered = Text(nl: "Geregistreerd", en: "Registered")
    /// Column: standing at receipt.
    public static let columnEntitled = Text(nl: "Bevoegd bij ontvangst", en: "Standing at receipt")
    /// Column: the due date.
    public static let columnDue = Text(nl: "Uiterste datum", en: "Due")
    /// Column: the extended due date.
    public static let columnExtendedDue = Text(nl: "Verlengde uiterste datum", en: "Extended due")
    /// Column: why extended.
    public static let columnExtensionReason = Text(nl: "Reden verlenging", en: "Extension reason")
    /// Column: the decision.
    public static let columnDecision = Text(nl: "Besluit", en: "Decision")
    /// Column: the grounds.
    public static let columnGrounds = Text(nl: "Gronden", en: "Grounds")
    /// Column: who decided.
    public static let columnDecidedBy = Text(nl: "Besloten door", en: "Decided by")
    /// Column: when decided.
    public static let columnDecided = Text(nl: "Besloten", en: "Decided")
    /// Column: when answered.
    public static let columnResponded = Text(nl: "Beantwoord", en: "Responded")
    /// Column: how answered.
    public static let columnResponseChannel = Text(nl: "Wijze van antwoord", en: "Response channel")
    /// Column: when closed.
    public static let columnClosed = Text(nl: "Afgesloten", en: "Closed")
  }
}
