/// Which text the processor agreement (AVG art. 28(3)) follows (rules.md §6). An older convenant
/// model stays valid until the parties sign a new one (ictrecht.nl; decision 37), so `check`
/// only advises an upgrade.
public enum AgreementModel: String, Sendable, CaseIterable {
  /// Model verwerkersovereenkomst 4.0 of the Privacy Convenant (current, for deelnemers).
  case model4_0
  /// The algemene model verwerkersovereenkomst (current, for medestanders).
  case generalModel
  /// Model 3.0 (from 1 April 2018).
  case model3_0
  /// Model 2.0.
  case model2_0
  /// The supplier's own text.
  case supplierOwn
  /// Anything else.
  case other

  /// True for the convenant models that 4.0 replaced (decision 37: warn, never invalid).
  public var isOlderConvenantModel: Bool { self == .model3_0 || self == .model2_0 }
}
