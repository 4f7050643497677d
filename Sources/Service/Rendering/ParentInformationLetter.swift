import JSON
import Registers
import Rules
import Wording

/// The answer to a parent without parental authority asking for information about the child
/// (BW 1:377c; duties.md §7.6): what is given, at the same level as the parent with authority,
/// in neutral words; no AVG-rights language (it is not a data-subject request, rules #8); no
/// addresses or contact details of the child or the other parent; the two refusal grounds only;
/// the complaints committee and the court as remedies.
enum ParentInformationLetter {
  /// The letter for request `r`, which must have come in on the BW 1:377c channel.
  static func letter(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.json["legalChannel"]?.stringValue == "BW_377C" || r.requester == .parentWithoutAuthority else {
      throw LetterProblem(field: "kind", reason: Texts.Letters.notFromParentWithoutAuthority(r.id).string)
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t(Texts.Letters.informationAboutYourChild),
      salutation: c.t(Texts.Letters.dearParent), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(Texts.Letters.onYouAskedUsFor("\(c.long(r.json["receivedOn"]))"))))
    let refused = r.json["decision"]?.stringValue == Decision.refused.rawValue
    if refused {
      l.blocks.append(.heading(c.t(Texts.Letters.ourDecision)))
      l.blocks.append(.paragraph(c.t(Texts.Letters.weDoNotGiveYou)))
      if let why = r.json["balancing"]?.stringValue {
        l.blocks.append(.paragraph(c.t(Texts.Letters.ourReasons) + why + "."))
      }
    } else {
      l.blocks.append(.heading(c.t(Texts.Letters.theInformationYouReceive)))
      let given = (r.json["items"]?.arrayValue ?? []).filter { $0["disclosed"] == .bool(true) }.compactMap { $0["description"]?.stringValue }
      l.blocks.append(.paragraph(c.t(Texts.Letters.youReceiveTheSameInformation)))
      l.blocks.append(.list(given.isEmpty ? [
        c.t(Texts.Letters.yourChildSReportsAnd),
        c.t(Texts.Letters.attendance),
        c.t(Texts.Letters.notableEventsAtSchoolConcerning),
      ] : given))
    }
    l.blocks.append(.paragraph(c.t(Texts.Letters.weDoNotPassOn)))
    l.blocks.append(.heading(c.t(Texts.Letters.ifYouDisagree)))
    l.blocks.append(.list([
      c.t(Texts.Letters.youCanComplainToThe),
      c.t(Texts.Letters.youCanAskTheCourt),
    ]))
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
