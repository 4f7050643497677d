import JSON
import Registers
import Rules

/// The letters about a subject request (duties.md §7.1–7.4): the acknowledgement with its legal
/// deadline, the extension notice (AVG art. 12(3)) and the decision (art. 12(4), 15). Pure:
/// the record and the context in, a `Letter` out.
enum RequestLetters {
  /// The acknowledgement: what was asked, when received, who holds the right, the deadline, what
  /// happens next (duties.md §7.1).
  static func acknowledgement(_ r: RequestRecord, _ c: LetterContext) -> Letter {
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t("Ontvangstbevestiging van uw verzoek", "Acknowledgement of your request"),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(
      "Op \(c.long(r.json["receivedOn"])) hebben wij uw verzoek ontvangen. U vraagt om \(LetterWords.asked(r.type, c)); het gaat om \(LetterWords.subjectOf(r.requester, c)).",
      "We received your request on \(c.long(r.json["receivedOn"])). You ask for \(LetterWords.asked(r.type, c)); it concerns \(LetterWords.subjectOf(r.requester, c)).")))
    let holders = (r.json["entitlementAtReceipt"]?["holders"]?.arrayValue ?? []).compactMap(\.stringValue)
    if r.entitled {
      l.blocks.append(.paragraph(c.t(
        "Dit recht kan op de dag van ontvangst worden uitgeoefend door \(LetterWords.holders(holders, c)).",
        "On the day we received it, this right could be exercised by \(LetterWords.holders(holders, c)).")))
    } else {
      l.blocks.append(.paragraph(c.t(
        "Wij bekijken eerst of u dit verzoek zelf kunt doen. Het recht ligt op de dag van ontvangst bij \(LetterWords.holders(holders, c)). U hoort van ons wat dat voor uw verzoek betekent.",
        "We first check whether you can make this request yourself. On the day we received it the right lay with \(LetterWords.holders(holders, c)). We will tell you what that means for your request.")))
    }
    l.blocks.append(.heading(c.t("Wanneer krijgt u antwoord?", "When will you hear from us?")))
    l.blocks.append(.paragraph(c.t(
      "U krijgt ons antwoord uiterlijk op \(c.long(r.json["dueOn"])). Dat is binnen één maand na ontvangst (AVG art. 12 lid 3). Als uw verzoek ingewikkeld is of als er veel verzoeken zijn, mogen wij die termijn één keer met twee maanden verlengen. Dat laten wij u dan vóór \(c.long(r.json["dueOn"])) weten, met de reden.",
      "You will have our answer by \(c.long(r.json["dueOn"])) at the latest: within one month of receipt (GDPR art. 12(3)). If the request is complex or there are many requests we may extend this once by two months; we would tell you before \(c.long(r.json["dueOn"])), with the reason.")))
    if r.json["identity"]?["verifiedAt"] == nil {
      l.blocks.append(.paragraph(c.t(
        "Als wij redelijke twijfel hebben over wie u bent, vragen wij u om aanvullende gegevens (AVG art. 12 lid 6). Wij maken geen kopie van uw identiteitsbewijs.",
        "If we have reasonable doubts about who you are we will ask for additional information (GDPR art. 12(6)). We do not keep a copy of your identity document.")))
    }
    l.blocks.append(.paragraph(c.t("Uw verzoek is kosteloos (AVG art. 12 lid 5).", "Your request is free of charge (GDPR art. 12(5)).")))
    l.blocks.append(.paragraph(c.questions))
    return l
  }

  /// The extension notice: the reasons, the new date, sent before the first deadline (AVG art. 12(3); duties.md §7.1).
  static func extensionNotice(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.extendedDueOn != nil else {
      throw LetterProblem(field: "kind", reason: "\(r.id) is not extended: record the extension with requests.extend first (AVG art. 12(3))")
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t("Wij hebben meer tijd nodig voor uw verzoek", "We need more time for your request"),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(
      "Op \(c.long(r.json["receivedOn"])) ontvingen wij uw verzoek om \(LetterWords.asked(r.type, c)). Wij moesten u uiterlijk op \(c.long(r.json["dueOn"])) antwoorden. Het lukt ons niet om dat zorgvuldig te doen binnen die termijn.",
      "On \(c.long(r.json["receivedOn"])) we received your request for \(LetterWords.asked(r.type, c)). Our answer was due by \(c.long(r.json["dueOn"])). We cannot answer it carefully within that time.")))
    l.blocks.append(.heading(c.t("Waarom", "Why")))
    l.blocks.append(.paragraph(c.t("De reden: ", "The reason: ") + (r.json["extensionReason"]?.stringValue ?? "") + "."))
    l.blocks.append(.heading(c.t("Nieuwe datum", "New date")))
    l.blocks.append(.paragraph(c.t(
      "U krijgt ons antwoord uiterlijk op \(c.long(r.json["extendedDueOn"])). De wet staat ons toe de termijn één keer met ten hoogste twee maanden te verlengen als een verzoek ingewikkeld is of als er veel verzoeken zijn (AVG art. 12 lid 3). Als wij eerder klaar zijn, krijgt u eerder antwoord.",
      "You will have our answer by \(c.long(r.json["extendedDueOn"])) at the latest. The law allows one extension of at most two months when a request is complex or there are many requests (GDPR art. 12(3)). If we are ready sooner, you will hear sooner.")))
    l.blocks.append(.paragraph(c.t(
      "Bent u het niet eens met deze verlenging? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.",
      "If you disagree with this extension you can complain to the Autoriteit Persoonsgegevens (Dutch DPA).")))
    l.blocks.append(.paragraph(c.questions))
    return l
  }

  /// The decision letter: what is given and enclosed; for a (partial) refusal the grounds, the
  /// balancing in plain words and the remedies for this board (AVG art. 12(4), 15; duties.md §7.2–7.4).
  static func decision(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard let decision = r.json["decision"]?.stringValue.flatMap(Decision.init(rawValue:)) else {
      throw LetterProblem(field: "kind", reason: "\(r.id) has no decision yet: record it with requests.decide first")
    }
    let refusing = decision != .granted
    // The board named with the call, else the one recorded with the decision (requests.decide's
    // remedies), else the board's configured legal form.
    let recorded = r.json["remedies"]?["board"]?.stringValue.flatMap(Remedies.Board.init(rawValue:))
    let c = c.with(board: c.board ?? recorded ?? c.configuredBoard)
    guard !refusing || c.board != nil else {
      throw LetterProblem(field: "board", reason: "a refusal must name the remedies, which depend on the board: give board publicLaw or private (duties.md §7.4)")
    }
    let role = r.json["decidedBy"]?["role"]?.stringValue.map { LetterWords.role($0, c) }.map {
      c.t("De \($0) (namens het schoolbestuur)", "The \($0) (for the school board)")
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t("Beslissing op uw verzoek", "Decision on your request"),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(role), labels: c.labels)
    l.blocks.append(.paragraph(c.t(
      "Op \(c.long(r.json["receivedOn"])) ontvingen wij uw verzoek om \(LetterWords.asked(r.type, c)). In deze brief leest u onze beslissing.",
      "On \(c.long(r.json["receivedOn"])) we received your request for \(LetterWords.asked(r.type, c)). This letter gives our decision.")))
    let items = (r.json["items"]?.arrayValue ?? []).compactMap(\.objectValue)
    let given = items.filter { $0["disclosed"] == .bool(true) }.compactMap { $0["description"]?.stringValue }
    let withheld = items.filter { $0["disclosed"] != .bool(true) }
    let outcome: String
    switch decision {
    case .granted: outcome = c.t("Wij wijzen uw verzoek toe.", "We grant your request.")
    case .partiallyGranted: outcome = c.t("Wij wijzen uw verzoek gedeeltelijk toe.", "We grant your request in part.")
    case .refused: outcome = c.t("Wij wijzen uw verzoek af.", "We refuse your request.")
    case .rejectedNoStanding: outcome = c.t("Wij kunnen uw verzoek niet in behandeling nemen, omdat u dit recht niet zelf kunt uitoefenen.", "We cannot handle your request because you cannot exercise this right yourself.")
    case .fee:
      let cents = r.json["fee"]?["amountCents"]?.intValue ?? 0
      let euros = "€ \(cents / 100),\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
      outcome = c.t(
        "Uw verzoek is kennelijk ongegrond of buitensporig. Wij voldoen er wel aan, tegen een redelijke vergoeding van \(euros) voor de administratieve kosten (AVG art. 12 lid 5 onder a).",
        "Your request is manifestly unfounded or excessive. We do act on it, for a reasonable fee of \(euros) covering the administrative costs (GDPR art. 12(5)(a)).")
    }
    l.blocks.append(.heading(c.t("Onze beslissing", "Our decision")))
    l.blocks.append(.paragraph(outcome))
    if decision.discloses {
      l.blocks.append(.heading(c.t("Wat u bij deze brief ontvangt", "What is enclosed")))
      l.blocks.append(.list(given.isEmpty ? [c.t("een kopie van de gevraagde gegevens", "a copy of the data asked for")] : given))
      if r.type == .access {
        l.blocks.append(.paragraph(c.t(
          "Bij de kopie hoort een overzicht van de doelen, de soorten gegevens, de ontvangers, hoe lang wij de gegevens bewaren, waar ze vandaan komen en uw rechten: correctie, verwijdering, beperking en bezwaar (AVG art. 15 lid 1). De eerste kopie is kosteloos.",
          "The copy comes with an overview of the purposes, the kinds of data, the recipients, how long we keep the data, where it comes from and your rights: rectification, erasure, restriction and objection (GDPR art. 15(1)). The first copy is free.")))
      }
    }
    if refusing {
      let grounds = (r.json["grounds"]?.arrayValue ?? []).compactMap(\.stringValue)
      l.blocks.append(.heading(c.t("Waarom wij (een deel) niet geven", "Why we do not give (part of) it")))
      if !withheld.isEmpty {
        l.blocks.append(.list(withheld.map { w in
          let why = w["ground"]?.stringValue.map { LetterWords.ground($0, c) }
            ?? (w["privateWorkingNote"] != nil ? c.t("persoonlijke werkaantekening, geen onderdeel van het dossier", "a personal working note, not part of the file") : c.t("zie hieronder", "see below"))
          return "\(w["description"]?.stringValue ?? ""): \(why)"
        }))
      }
      if !grounds.isEmpty && withheld.isEmpty {
        l.blocks.append(.paragraph(c.t("De grond: ", "The ground: ") + grounds.map { LetterWords.ground($0, c) }.joined(separator: "; ") + "."))
      }
      if let balancing = r.json["balancing"]?.stringValue {
        l.blocks.append(.paragraph(c.t(
          "Wij hebben uw belang afgewogen tegen het belang dat de wet beschermt. Onze afweging: \(balancing).",
          "We weighed your interest against the interest the law protects. Our balancing: \(balancing).")))
      }
      if r.json["legalChannel"]?.stringValue == "BW_377C" {
        l.blocks.append(.paragraph(c.t(
          "Als ouder zonder gezag kunt u de school wel om informatie over belangrijke feiten en omstandigheden van uw kind vragen (BW 1:377c). Wij sturen u daarover een aparte brief.",
          "As a parent without parental authority you can ask the school for information about important facts and circumstances concerning your child (Dutch Civil Code 1:377c). We will write to you separately about that.")))
      }
      l.blocks.append(.heading(c.t("Bent u het niet eens met deze beslissing?", "If you disagree with this decision")))
      l.blocks.append(.list(LetterWords.remedies(c.board ?? .private, c)))
    }
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
