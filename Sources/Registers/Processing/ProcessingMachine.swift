/// The lifecycle of a processing activity (Protocol/processing.md): `update` replaces parts with
/// a reason in either status, `end` records the last day (AVG art. 30: the record shows what the
/// school processes now, and what it processed before).
public enum ProcessingMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<ProcessingStatus>(
    initial: .active,
    [
      .active: ["update": .active, "end": .ended],
      .ended: ["update": .ended],
    ])

  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased
}
