/// The image-consent lifecycle (Protocol/publications.md): `withdraw` ends a consent (art. 7(3));
/// a parent's withdrawal after the 16th birthday leads to `suspended` instead (D17), which the
/// student's own withdrawal ends. A consent never comes back: a new consent is a new record.
public enum ImageConsentMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<ImageConsentStatus>(
    initial: .given,
    [
      .given: ["withdraw": .withdrawn, "correct": .given], .suspended: ["withdraw": .withdrawn, "correct": .suspended],
      .withdrawn: ["correct": .withdrawn],
    ],
    alternatives: ["withdraw": [.suspended]])

  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased
}
