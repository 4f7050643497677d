/// The consent register's state machine (Protocol/sharing.md): a consent is `given` until it is
/// withdrawn (AVG art. 7(3)), and a withdrawn consent never comes back: a new consent is a new record.
public enum ConsentMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<ConsentStatus>(
    initial: .given, [.given: ["withdraw": .withdrawn, "correct": .given], .withdrawn: ["correct": .withdrawn]])

  /// The status of a new record.
  public static let initial = lifecycle.initial.rawValue
  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased
}
