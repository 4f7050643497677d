import JSON
import Registers
import Rules
import Wording

/// The letters about a subject request (duties.md §7.1–7.4): the acknowledgement with its legal
/// deadline, the extension notice (AVG art. 12(3)) and the decision (art. 12(4), 15). Pure:
/// the record and the context in, a `Letter` out.
enum RequestLetters {
  /// The acknowledgement: what was asked, when received, who holds the right, the deadline, what
  /// happens next (duties.md §7.1).
  static func acknowledgement(_ r: RequestRecord, _ c: LetterContext) -> Letter {
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t(Texts.Letters.acknowledgementOfYourRequest),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(Texts.Letters.weReceivedYourRequestOn("\(c.long(r.json["receivedOn"]))", "\(LetterWords.asked(r.type, c))", "\(LetterWords.subjectOf(r.requester, c))"))))
    let holders = (r.json["entitlementAtReceipt"]?["holders"]?.arrayValue ?? []).compactMap(\.stringValue)
    if r.entitled {
      l.blocks.append(.paragraph(c.t(Texts.Letters.onTheDayWeReceived("\(LetterWords.holders(holders, c))"))))
    } else {
      l.blocks.append(.paragraph(c.t(Texts.Letters.weFirstCheckWhetherYou("\(LetterWords.holders(holders, c))"))))
    }
    l.blocks.append(.heading(c.t(Texts.Letters.whenWillYouHearFrom)))
    l.blocks.append(.paragraph(c.t(Texts.Letters.youWillHaveOurAnswer("\(c.long(r.json["dueOn"]))"))))
    if r.json["identity"]?["verifiedAt"] == nil {
      l.blocks.append(.paragraph(c.t(Texts.Letters.ifWeHaveReasonableDoubts)))
    }
    l.blocks.append(.paragraph(c.t(Texts.Letters.yourRequestIsFreeOf)))
    l.blocks.append(.paragraph(c.questions))
    return l
  }

  /// The extension notice: the reasons, the new date, sent before the first deadline (AVG art. 12(3); duties.md §7.1).
  static func extensionNotice(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.extendedDueOn != nil else {
      throw LetterProblem(field: "kind", reason: Texts.Letters.notExtended(r.id).string)
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t(Texts.Letters.weNeedMoreTimeFor),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(Texts.Letters.onWeReceivedYourRequest("\(c.long(r.json["receivedOn"]))", "\(LetterWords.asked(r.type, c))", "\(c.long(r.json["dueOn"]))"))))
    l.blocks.append(.heading(c.t(Texts.Letters.why)))
    l.blocks.append(.paragraph(c.t(Texts.Letters.theReason) + (r.json["extensionReason"]?.stringValue ?? "") + "."))
    l.blocks.append(.heading(c.t(Texts.Letters.newDate)))
    l.blocks.append(.paragraph(c.t(Texts.Letters.youWillHaveOurAnswer2("\(c.long(r.json["extendedDueOn"]))"))))
    l.blocks.append(.paragraph(c.t(Texts.Letters.ifYouDisagreeWithThis)))
    l.blocks.append(.paragraph(c.questions))
    return l
  }

  /// The decision letter: what is given and enclosed; for a (partial) refusal the grounds, the
  /// balancing in plain words and the remedies for this board (AVG art. 12(4), 15; duties.md §7.2–7.4).
  static func decision(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard let decision = r.json["decision"]?.stringValue.flatMap(Decision.init(rawValue:)) else {
      throw LetterProblem(field: "kind", reason: Texts.Letters.notDecided(r.id).string)
    }
    let refusing = decision != .granted
    // The board named with the call, else the one recorded with the decision (requests.decide's
    // remedies), else the board's configured legal form.
    let recorded = r.json["remedies"]?["board"]?.stringValue.flatMap(Remedies.Board.init(rawValue:))
    let c = c.with(board: c.board ?? recorded ?? c.configuredBoard)
    guard !refusing || c.board != nil else {
      throw LetterProblem(field: "board", reason: Texts.Letters.refusalNeedsBoard.string)
    }
    let role = r.json["decidedBy"]?["role"]?.stringValue.map { LetterWords.role($0, c) }.map {
      c.t(Texts.Letters.theForTheSchoolBoard("\($0)"))
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t(Texts.Letters.decisionOnYourRequest),
      salutation: LetterWords.salutation(r.requester, c), closing: c.closing(role), labels: c.labels)
    l.blocks.append(.paragraph(c.t(Texts.Letters.onWeReceivedYourRequest2("\(c.long(r.json["receivedOn"]))", "\(LetterWords.asked(r.type, c))"))))
    let items = (r.json["items"]?.arrayValue ?? []).compactMap(\.objectValue)
    let given = items.filter { $0["disclosed"] == .bool(true) }.compactMap { $0["description"]?.stringValue }
    let withheld = items.filter { $0["disclosed"] != .bool(true) }
    let outcome: String
    switch decision {
    case .granted: outcome = c.t(Texts.Letters.weGrantYourRequest)
    case .partiallyGranted: outcome = c.t(Texts.Letters.weGrantYourRequestIn)
    case .refused: outcome = c.t(Texts.Letters.weRefuseYourRequest)
    case .rejectedNoStanding: outcome = c.t(Texts.Letters.weCannotHandleYourRequest)
    case .fee:
      let cents = r.json["fee"]?["amountCents"]?.intValue ?? 0
      let euros = "€ \(cents / 100),\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
      outcome = c.t(Texts.Letters.yourRequestIsManifestlyUnfounded("\(euros)"))
    }
    l.blocks.append(.heading(c.t(Texts.Letters.ourDecision)))
    l.blocks.append(.paragraph(outcome))
    if decision.discloses {
      l.blocks.append(.heading(c.t(Texts.Letters.whatIsEnclosed)))
      l.blocks.append(.list(given.isEmpty ? [c.t(Texts.Letters.aCopyOfTheData)] : given))
      if r.type == .access {
        l.blocks.append(.paragraph(c.t(Texts.Letters.theCopyComesWithAn)))
      }
    }
    if refusing {
      let grounds = (r.json["grounds"]?.arrayValue ?? []).compactMap(\.stringValue)
      l.blocks.append(.heading(c.t(Texts.Letters.whyWeDoNotGive)))
      if !withheld.isEmpty {
        l.blocks.append(.list(withheld.map { w in
          let why = w["ground"]?.stringValue.map { LetterWords.ground($0, c) }
            ?? (w["privateWorkingNote"] != nil ? c.t(Texts.Letters.aPersonalWorkingNoteNot) : c.t(Texts.Letters.seeBelow))
          return "\(w["description"]?.stringValue ?? ""): \(why)"
        }))
      }
      if !grounds.isEmpty && withheld.isEmpty {
        l.blocks.append(.paragraph(c.t(Texts.Letters.theGround) + grounds.map { LetterWords.ground($0, c) }.joined(separator: "; ") + "."))
      }
      if let balancing = r.json["balancing"]?.stringValue {
        l.blocks.append(.paragraph(c.t(Texts.Letters.weWeighedYourInterestAgainst("\(balancing)"))))
      }
      if r.json["legalChannel"]?.stringValue == "BW_377C" {
        l.blocks.append(.paragraph(c.t(Texts.Letters.asAParentWithoutParental)))
      }
      l.blocks.append(.heading(c.t(Texts.Letters.ifYouDisagreeWithThis2)))
      l.blocks.append(.list(LetterWords.remedies(c.board ?? .private, c)))
    }
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
