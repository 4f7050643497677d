import JSON

/// The breach record as it stood when the AP last received it, rebuilt from the record's history,
/// so a supplement (aanvulling, AVG art. 33(4)) shows only what changed since. The history keeps
/// each assessment whole and each communication and measure as it was added, and the registration
/// facts never change, so these parts are what can differ.
public enum APFormAsReported {
  /// Event types that sent the AP information: the notification and its supplements and amendments.
  static let reportEvents = ["\(Breaches.name).reportedToAuthority", "\(Breaches.name).followedUp"]

  /// The last history entry that sent the AP information, if any (a withdrawal does not count).
  public static func lastReport(in history: [HistoryEntry]) -> HistoryEntry? {
    history.last { h in
      reportEvents.contains(h.type) && h.change["type"]?.stringValue != FollowUpType.withdraw.rawValue
    }
  }

  /// `record` as it stood after journal sequence `seq`: the assessment then in force, and the
  /// communications and measures recorded by then.
  public static func record(_ record: JSONObject, history: [HistoryEntry], upTo seq: UInt64) -> JSONObject {
    var old = record
    let before = history.filter { $0.seq <= seq }
    if let a = before.last(where: { $0.type == "\(Breaches.name).assessed" }) {
      old["assessment"] = .object(a.change)
    } else {
      old["assessment"] = nil
    }
    func keep(_ member: String, _ event: String) {
      let n = before.filter { $0.type == "\(Breaches.name).\(event)" }.count
      old[member] = .array(Array((record[member]?.arrayValue ?? []).prefix(n)))
    }
    keep("notifications", "subjectsNotified")
    keep("measures", "measureAdded")
    return BreachRecord.derive(old)
  }
}
