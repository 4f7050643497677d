/// The outcome of the risk assessment (rules.md §3.1 steps 4–6, EDPB guidelines 9/2022).
public enum RiskLevel: String, Sendable, CaseIterable {
  /// Unlikely to result in a risk: no AP report (art. 33(1)), but the reason is documented (33(5)).
  case unlikely
  /// A risk: the AP must be told (art. 33(1)).
  case risk
  /// A high risk: the AP and the people themselves must be told (art. 34(1)).
  case high
}
