/// The consent register's state machine (Protocol/sharing.md): a consent is `given` until it is
/// withdrawn (AVG art. 7(3)), and a withdrawn consent never comes back: a new consent is a new record.
public enum ConsentMachine {
  /// The status of a new record.
  public static let initial = "given"

  /// `status → action → next status`.
  public static let table = StateMachine([
    "given": ["withdraw": "withdrawn"],
    "withdrawn": [:],
  ])
}
