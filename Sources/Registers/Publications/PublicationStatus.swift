/// Where a publication stands (Protocol/publications.md): published until it is taken down. Whether
/// it must come down is not stored but read from the consents (a withdrawal, D18), so a consent
/// given again takes it off the take-down list by itself.
public enum PublicationStatus: String, RegisterStatus {
  /// Online, printed or handed out.
  case published
  /// Removed from the channel (AVG art. 17(1)(b) after a withdrawal).
  case takenDown
}
