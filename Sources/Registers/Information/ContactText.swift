import Rules
import Wording

/// The parts of a statement and a notice that come from the settings: the controller, the data
/// protection officer, how to make a request and by when it is answered, and where to complain
/// (AVG art. 12(2)–(4), 13(1)(a)–(b), 13(2)(d), 77; UAVG art. 34–35; duties.md D12, D14). The
/// words are the catalogue's (`Texts.Information`), in the call's language.
public enum ContactText {
  /// The catalogue's information texts.
  typealias T = Texts.Information

  /// The gaps that make a statement or notice incomplete (D9): no placeholder is ever written.
  public static func gaps(_ s: InformationSettings?) -> [String] {
    guard let s else { return [T.gapSettings.string] }
    var out: [String] = []
    if s.dpoName == nil || s.dpoContact.isEmpty { out.append(T.gapDPO.string) }
    if s.requestEmail == nil { out.append(T.gapRequestEmail.string) }
    return out
  }

  /// "Wie is verantwoordelijk": the board as controller, with its contact details.
  public static func controller(to doc: inout TextDocument, _ s: InformationSettings, school: String?, _ v: Voice) {
    doc.heading(2, T.controllerHeading(informal: v.isInformal).string)
    doc.paragraph(T.controller(board: s.boardName, school: school).string)
    doc.list([T.postalAddress(s.boardAddress).string] + s.boardContact)
  }

  /// "Functionaris voor gegevensbescherming": who the FG is and how to reach them (art. 37(7), 38(4)).
  public static func dpo(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice) {
    doc.heading(2, T.dpoHeading.string)
    doc.paragraph(T.dpo(s.dpoName ?? "", informal: v.isInformal).string)
    doc.list(s.dpoContact)
  }

  /// "Hoe dient u een verzoek in": the channel, no form needed, free, one month (art. 12(3)), ID only on doubt (12(6)).
  public static func request(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice, level: Int = 2) {
    doc.heading(level, T.requestHeading(informal: v.isInformal).string)
    var channel: [String] = []
    if let e = s.requestEmail { channel.append(T.byEmail(e).string) }
    if let a = s.requestAddress { channel.append(T.byPost(a).string) }
    if let w = s.requestWebForm { channel.append(T.byWebForm(w).string) }
    doc.paragraph(T.youCanAsk(informal: v.isInformal).string)
    doc.list(channel)
    doc.paragraph(T.noForm(informal: v.isInformal).string)
    doc.paragraph(T.oneMonth(informal: v.isInformal).string)
  }

  /// The dated deadline for a request received on `on`, as the rules compute it. A date the
  /// rules cannot count from (outside the holiday years) is the rules' error on field `on`, not a
  /// notice that silently lacks its example.
  public static func example(to doc: inout TextDocument, on: CivilDate, _ v: Voice) throws(RuleError) {
    let d: RequestDeadline
    do { d = try Deadlines.request(receivedOn: on) } catch { throw RuleError(field: "on", reason: error.reason) }
    doc.paragraph(T.example(received: date(on), due: date(d.dueOn)).string)
  }

  /// "Klacht": the school or FG first, always the Autoriteit Persoonsgegevens (art. 77), and the
  /// remedy after a decision by board type (D14).
  public static func complaint(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice, level: Int = 2) {
    doc.heading(level, T.complaintHeading.string)
    doc.paragraph(T.complaintFirst(informal: v.isInformal, procedure: s.complaintsProcedure).string)
    doc.paragraph(T.complaintAP(informal: v.isInformal).string)
    doc.paragraph((s.boardType.isPublicLaw ? T.objection(informal: v.isInformal) : T.court(informal: v.isInformal)).string)
  }

  /// The date in words: "29 november 2026", "29 November 2026".
  public static func date(_ d: CivilDate) -> Text { T.date(day: d.day, month: d.month, year: d.year) }
}
