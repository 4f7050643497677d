/// The security property that failed (AVG art. 4(12): destruction, loss, alteration, disclosure, access).
public enum CIAType: String, Sendable, CaseIterable {
  /// Unauthorised disclosure of or access to personal data.
  case confidentiality
  /// Unauthorised alteration.
  case integrity
  /// Loss or destruction, permanent or temporary.
  case availability
}
