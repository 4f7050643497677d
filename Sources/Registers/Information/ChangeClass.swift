/// How much a new version of the privacy statement changes (WP260 rev.01; duties.md §3.4, D10):
/// a fundamental change (new purpose, new recipient category, a transfer outside the EEA, new
/// consent-based processing) must be actively communicated to the audience, a minor one only
/// published.
public enum ChangeClass: String, Sendable, CaseIterable {
  /// Publishing the new version is enough.
  case minor
  /// Inform the audience actively (letter, newsletter, portal message).
  case fundamental
}
