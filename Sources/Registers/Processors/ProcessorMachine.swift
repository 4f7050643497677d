/// The processor-agreement register's state machine (Protocol/processors.md): an agreement is
/// `active` until `processors.end` records its end and the return or deletion of the data
/// (AVG art. 28(3)(g)); an ended agreement still takes corrections (`update`), never new products.
public enum ProcessorMachine {
  /// The status of a new record.
  public static let initial = "active"

  /// `status → action → next status`.
  public static let table = StateMachine([
    "active": ["update": "active", "addProduct": "active", "end": "ended"],
    "ended": ["update": "ended"],
  ])
}
