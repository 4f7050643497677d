/// What the DPIA concluded (AVG art. 35(7), 36).
public enum DPIAOutcome: String, Sendable, CaseIterable {
  /// The risk is acceptable as the processing is designed.
  case acceptable
  /// Acceptable once the measures named in the DPIA are in place.
  case acceptableWithMeasures
  /// A high residual risk: prior consultation of the Autoriteit Persoonsgegevens (art. 36).
  case priorConsultation
}
