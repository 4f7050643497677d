/// The chapter V ground for a transfer of personal data outside the EEA (AVG art. 44–46):
/// without one the transfer is unlawful, so `processors.check` reports an error (decision 40).
public enum TransferMechanism: String, Sendable, CaseIterable {
  /// An adequacy decision (art. 45).
  case adequacy
  /// The EU-US Data Privacy Framework (an art. 45 adequacy decision for certified US companies).
  case dpf
  /// Standard contractual clauses (art. 46(2)(c)).
  case scc
  /// Binding corporate rules (art. 46(2)(b), 47).
  case bcr
  /// None recorded.
  case none
}
