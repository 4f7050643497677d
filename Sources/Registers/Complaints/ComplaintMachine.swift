/// The dossier's state machine (Protocol/complaints.md): an open dossier takes conversation
/// reports until it is closed; a closed dossier takes nothing and waits for its retention date,
/// after which `complaints.purge` removes it (rules.md §7–8). Refusals are 1002 with `allowed`.
public enum ComplaintMachine {
  /// The status of a new dossier.
  public static let initial = "open"

  /// `status → action → next status`.
  public static let table = StateMachine([
    "open": ["addReport": "open", "close": "closed"],
    "closed": [:],
  ])
}
