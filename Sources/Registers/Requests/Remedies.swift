import JSON
import Rules
import Wording

/// What the written decision tells the requester about their remedies (AVG art. 12(4); rules.md
/// §2.4 items 4–5, decision 19). avgd does not keep the letter, only what it names, so the register
/// shows that every refusal pointed the requester to the right door:
///
/// - the AVG channels (A and B): a complaint to the Autoriteit Persoonsgegevens and a judicial
///   remedy (art. 12(4), 77, 79); for a public-law board (openbaar onderwijs: the bevoegd gezag is
///   a bestuursorgaan) the decision is an Awb besluit, so also the objection route (bezwaar within
///   six weeks, Awb art. 6:7; UAVG art. 34 [U]); a private board's requester goes to the civil
///   court (UAVG art. 35 [U]). Which route applies depends on the board [!] (rules.md §2.4 item 4).
/// - BW 1:377c: an information right of civil law, not an AVG right: the requester is pointed to
///   the court (the family judge) [U]; no AP complaint or Awb objection is required.
public struct Remedies: Sendable, Hashable {
  /// Whether the board is a public-law body (openbaar onderwijs) or a private one (bijzonder).
  public enum Board: String, Sendable, Hashable, CaseIterable {
    /// Openbaar onderwijs: the bevoegd gezag is a bestuursorgaan; the decision is an Awb besluit.
    case publicLaw
    /// Bijzonder onderwijs: a private-law foundation or association.
    case `private`
  }

  /// The letter names the right to complain to the Autoriteit Persoonsgegevens (art. 12(4), 77).
  public let apComplaint: Bool
  /// The letter names the judicial remedy (art. 12(4), 79; the court for BW 1:377c).
  public let judicialRemedy: Bool
  /// The letter names the Awb objection route (bezwaar, six weeks; Awb art. 6:7).
  public let awbObjection: Bool
  /// The kind of board deciding; required on the AVG channels.
  public let board: Board?

  /// A statement of the remedies named.
  public init(apComplaint: Bool, judicialRemedy: Bool, awbObjection: Bool, board: Board?) {
    self.apComplaint = apComplaint
    self.judicialRemedy = judicialRemedy
    self.awbObjection = awbObjection
    self.board = board
  }

  /// Checks that the letter names what `channel` requires; -32602 naming the member.
  func validate(channel: LegalChannel) throws(RegisterError) {
    guard judicialRemedy else {
      throw .invalid("remedies.judicialRemedy", Texts.Requests.judicialRemedyNeeded.string)
    }
    if channel == .BW_377C { return }
    guard apComplaint else {
      throw .invalid("remedies.apComplaint", Texts.Requests.apComplaintNeeded.string)
    }
    guard let board else {
      throw .invalid("remedies.board", Texts.Requests.boardNeeded.string)
    }
    if board == .publicLaw && !awbObjection {
      throw .invalid("remedies.awbObjection", Texts.Requests.awbObjectionNeeded.string)
    }
  }

  /// As stored in the record.
  public var json: JSONValue {
    var o: JSONObject = [
      "apComplaint": .bool(apComplaint), "judicialRemedy": .bool(judicialRemedy), "awbObjection": .bool(awbObjection),
    ]
    if let board { o["board"] = .string(board.rawValue) }
    return .object(o)
  }
}
