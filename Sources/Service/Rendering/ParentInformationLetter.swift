import JSON
import Registers
import Rules

/// The answer to a parent without parental authority asking for information about the child
/// (BW 1:377c; duties.md §7.6): what is given, at the same level as the parent with authority,
/// in neutral words; no AVG-rights language (it is not a data-subject request, rules #8); no
/// addresses or contact details of the child or the other parent; the two refusal grounds only;
/// the complaints committee and the court as remedies.
enum ParentInformationLetter {
  /// The letter for request `r`, which must have come in on the BW 1:377c channel.
  static func letter(_ r: RequestRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.json["legalChannel"]?.stringValue == "BW_377C" || r.requester == .parentWithoutAuthority else {
      throw LetterProblem(field: "kind", reason: "\(r.id) is not from a parent without authority (legalChannel BW_377C): use kind decision")
    }
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t("Informatie over uw kind", "Information about your child"),
      salutation: c.t("Geachte ouder,", "Dear parent,"), closing: c.closing(), labels: c.labels)
    l.blocks.append(.paragraph(c.t(
      "Op \(c.long(r.json["receivedOn"])) vroeg u ons om informatie over uw kind. Een ouder zonder gezag heeft recht op informatie over belangrijke feiten en omstandigheden die uw kind of de verzorging en opvoeding van uw kind betreffen (Burgerlijk Wetboek, artikel 1:377c).",
      "On \(c.long(r.json["receivedOn"])) you asked us for information about your child. A parent without parental authority is entitled to information about important facts and circumstances concerning the child or the child's care and upbringing (Dutch Civil Code, article 1:377c).")))
    let refused = r.json["decision"]?.stringValue == Decision.refused.rawValue
    if refused {
      l.blocks.append(.heading(c.t("Onze beslissing", "Our decision")))
      l.blocks.append(.paragraph(c.t(
        "Wij geven u deze informatie nu niet. De wet staat dat alleen toe als wij de informatie ook niet op dezelfde manier aan de ouder met gezag zouden geven, of als het belang van uw kind zich ertegen verzet.",
        "We do not give you this information now. The law allows that only if we would not give it in the same way to the parent with authority, or if your child's interest opposes it.")))
      if let why = r.json["balancing"]?.stringValue {
        l.blocks.append(.paragraph(c.t("Onze afweging: ", "Our reasons: ") + why + "."))
      }
    } else {
      l.blocks.append(.heading(c.t("Welke informatie u krijgt", "The information you receive")))
      let given = (r.json["items"]?.arrayValue ?? []).filter { $0["disclosed"] == .bool(true) }.compactMap { $0["description"]?.stringValue }
      l.blocks.append(.paragraph(c.t(
        "U krijgt dezelfde informatie als de ouder met gezag, op hetzelfde niveau:",
        "You receive the same information as the parent with authority, at the same level:")))
      l.blocks.append(.list(given.isEmpty ? [
        c.t("de rapporten en de vorderingen van uw kind", "your child's reports and progress"),
        c.t("het verzuim", "attendance"),
        c.t("bijzondere gebeurtenissen op school die uw kind betreffen", "notable events at school concerning your child"),
      ] : given))
    }
    l.blocks.append(.paragraph(c.t(
      "Wij geven geen adres of andere contactgegevens van uw kind of van de andere ouder door.",
      "We do not pass on any address or other contact details of your child or the other parent.")))
    l.blocks.append(.heading(c.t("Bent u het niet eens?", "If you disagree")))
    l.blocks.append(.list([
      c.t("U kunt een klacht indienen bij de klachtencommissie waarbij de school is aangesloten (bijvoorbeeld Onderwijsgeschillen).", "You can complain to the complaints committee the school belongs to (for example Onderwijsgeschillen)."),
      c.t("U kunt de rechter vragen hierover te beslissen (Burgerlijk Wetboek, artikel 1:377c).", "You can ask the court to decide (Dutch Civil Code, article 1:377c)."),
    ]))
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
