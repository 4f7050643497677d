/// Where a breach or incident is in its handling (Protocol/breaches.md, "States"): registered on
/// becoming aware, assessed for risk (AVG art. 33(5)), reported to the Autoriteit
/// Persoonsgegevens (art. 33(1)), closed once its duties are met.
public enum BreachStatus: String, RegisterStatus {
  /// Registered, not yet assessed.
  case registered
  /// The risk assessment is recorded.
  case assessed
  /// Reported to the AP.
  case reported
  /// Closed: takes nothing more.
  case closed
}
