/// The dossier's state machine (Protocol/complaints.md): an open dossier takes conversation
/// reports until it is closed; a closed dossier takes nothing and waits for its retention date,
/// after which `complaints.purge` removes it (rules.md §7–8). Refusals are 1002 with `allowed`.
public enum ComplaintMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<ComplaintStatus>(
    initial: .open, [.open: ["addReport": .open, "close": .closed, "correct": .open], .closed: ["correct": .closed]])

  /// The status of a new dossier.
  public static let initial = lifecycle.initial.rawValue
  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased
}
