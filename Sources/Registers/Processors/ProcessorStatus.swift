/// Whether a processor agreement is in force (Protocol/processors.md): active until
/// `processors.end` records its end and the return or deletion of the data (AVG art. 28(3)(g)).
public enum ProcessorStatus: String, RegisterStatus {
  /// In force.
  case active
  /// Ended: takes corrections only.
  case ended
}
