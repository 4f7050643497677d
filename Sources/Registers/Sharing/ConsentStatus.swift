/// Whether a consent holds (Protocol/sharing.md): given until withdrawn (AVG art. 7(3)); a
/// withdrawn consent never comes back, a new consent is a new record.
public enum ConsentStatus: String, RegisterStatus {
  /// In force.
  case given
  /// Withdrawn: no disclosure may rest on it from the withdrawal on.
  case withdrawn
}
