import JSON
import Wording

/// One item of a decision: a document or data set, disclosed or withheld (rules.md §2.4 item 2,
/// §2.5 `items_disclosed` / `items_withheld`: references, never copies).
///
/// A withheld item names its ground, or is excluded as a private working note. That exclusion
/// holds only when the note has a single author, is for that author's own use and was never
/// shared (rules.md §2.3, decision 20; Hof Den Haag 17-09-2019, Hof Arnhem-Leeuwarden 2023:7768):
/// anything else is within the access right of AVG art. 15.
public struct DecisionItem: Sendable, Hashable {
  /// The three conditions of a private working note, as declared by the decision maker.
  public struct PrivateWorkingNote: Sendable, Hashable {
    /// Written by one person only.
    public let singleAuthor: Bool
    /// Kept for that author's own use (not in the LVS or dossier, not used for decisions).
    public let ownUseOnly: Bool
    /// Never shared with anyone.
    public let neverShared: Bool

    /// The declaration.
    public init(singleAuthor: Bool, ownUseOnly: Bool, neverShared: Bool) {
      self.singleAuthor = singleAuthor
      self.ownUseOnly = ownUseOnly
      self.neverShared = neverShared
    }

    /// The first condition that fails, by member name.
    var failing: String? {
      if !singleAuthor { return "singleAuthor" }
      if !ownUseOnly { return "ownUseOnly" }
      if !neverShared { return "neverShared" }
      return nil
    }
  }

  /// What the item is (a reference such as "mentor notes 2025–2026"), never its content.
  public let description: String
  /// True when given to the requester.
  public let disclosed: Bool
  /// Why it is withheld.
  public let ground: GroundCode?
  /// Set when it is excluded as a private working note.
  public let privateWorkingNote: PrivateWorkingNote?

  /// An item.
  public init(description: String, disclosed: Bool, ground: GroundCode?, privateWorkingNote: PrivateWorkingNote?) {
    self.description = description
    self.disclosed = disclosed
    self.ground = ground
    self.privateWorkingNote = privateWorkingNote
  }

  /// Checks the item's own rules; `field` is its path (`items[2]`). `grounds` are the decision's.
  func validate(field: String, grounds: [GroundCode]) throws(RegisterError) {
    if let note = privateWorkingNote {
      if disclosed {
        throw .invalid("\(field).privateWorkingNote", Texts.Requests.disclosedNotANote.string)
      }
      if let failing = note.failing {
        throw .invalid("\(field).privateWorkingNote.\(failing)", Texts.Requests.notAPrivateNote.string)
      }
      return
    }
    guard !disclosed else {
      if ground != nil { throw .invalid("\(field).ground", Texts.Requests.disclosedNoGround.string) }
      return
    }
    guard let ground else {
      throw .invalid("\(field).ground", Texts.Requests.withheldNeedsGround.string)
    }
    guard grounds.contains(ground) else {
      throw .invalid("\(field).ground", Texts.Requests.groundNotInDecision(ground.rawValue).string)
    }
  }

  /// As stored in the record.
  public var json: JSONValue {
    var o: JSONObject = ["description": .string(description), "disclosed": .bool(disclosed)]
    if let ground { o["ground"] = .string(ground.rawValue) }
    if let n = privateWorkingNote {
      o["privateWorkingNote"] = [
        "singleAuthor": .bool(n.singleAuthor), "ownUseOnly": .bool(n.ownUseOnly), "neverShared": .bool(n.neverShared),
      ]
    }
    return .object(o)
  }
}
