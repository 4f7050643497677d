/// Whether an image consent holds (Protocol/publications.md). Expiry at the renewal date is not a
/// status: it follows from `validUntil` and the date asked about (D16).
public enum ImageConsentStatus: String, RegisterStatus {
  /// In force between `validFrom` and `validUntil`.
  case given
  /// A parent asked to withdraw after the student turned 16: the parent no longer holds consent
  /// (UAVG art. 5), so it is a request to the student, and the channel is closed until the
  /// student answers (decision D17).
  case suspended
  /// Withdrawn (AVG art. 7(3)): no publication on it from the withdrawal date.
  case withdrawn
}
