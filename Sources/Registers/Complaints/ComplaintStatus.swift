/// Where a counsellor's dossier is (Protocol/complaints.md): open while conversations go on,
/// closed afterwards until its retention date (rules.md §7–8).
public enum ComplaintStatus: String, RegisterStatus {
  /// Takes conversation reports.
  case open
  /// Closed; waits for `complaints.purge`.
  case closed
}
