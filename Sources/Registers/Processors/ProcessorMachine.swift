/// The processor-agreement register's state machine (Protocol/processors.md): an agreement is
/// `active` until `processors.end` records its end and the return or deletion of the data
/// (AVG art. 28(3)(g)); an ended agreement still takes corrections (`update`), never new products.
public enum ProcessorMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<ProcessorStatus>(
    initial: .active,
    [
      .active: ["update": .active, "addProduct": .active, "end": .ended],
      .ended: ["update": .ended],
    ])

  /// The status of a new record.
  public static let initial = lifecycle.initial.rawValue
  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased
}
