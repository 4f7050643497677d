/// Whether a processing activity is still carried out (Protocol/processing.md): `active` until
/// `processing.end` records the day it stopped. An ended activity stays in the record of
/// processing activities with its end date (AVG art. 5(2), 30: the school can show what it did).
public enum ProcessingStatus: String, RegisterStatus {
  /// Carried out now.
  case active
  /// Stopped; takes corrections only.
  case ended
}
