import JSON
import Rules
import Wording

extension RequestRecord {
  /// The members of a request record (or of a change in its history) that hold a stored standing
  /// check (`Entitlement.json(on:)`), at the top and inside `holderChange`.
  static let standingMembers = ["entitlementAtReceipt", "entitlementAtAdoption", "entitlementAtDecision"]

  /// A stored request record (or history change: a correction's `recomputed` old and new values
  /// too) as a caller reads it: every standing check's
  /// reason and basis in `language` (the reading call's), whatever language it was decided in
  /// (`Entitlement.presented`; issue 16 §1). Records stored before the texts were kept in both
  /// languages read as they were stored.
  public static func presented(_ record: JSONObject, in language: Language) -> JSONObject {
    var o = record
    for m in standingMembers {
      if let v = o[m] { o[m] = Entitlement.presented(v, in: language) }
    }
    if case .object(var change)? = o["holderChange"], let v = change["entitlementAtDecision"] {
      change["entitlementAtDecision"] = Entitlement.presented(v, in: language)
      o["holderChange"] = .object(change)
    }
    if case .array(let recomputed)? = o["recomputed"] {
      o["recomputed"] = .array(
        recomputed.map { entry in
          guard case .object(var e) = entry, let field = e["field"]?.stringValue, standingMembers.contains(field) else { return entry }
          for side in ["old", "new"] { if let v = e[side] { e[side] = Entitlement.presented(v, in: language) } }
          return .object(e)
        })
    }
    return o
  }
}
