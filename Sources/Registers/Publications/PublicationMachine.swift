/// The publication lifecycle: `takeDown` removes it from its channel, once.
public enum PublicationMachine {
  /// `status → action → next status`.
  public static let lifecycle = Lifecycle<PublicationStatus>(
    initial: .published, [.published: ["takeDown": .takenDown, "correct": .published], .takenDown: ["correct": .takenDown]])

  /// The table with wire values.
  public static let table = lifecycle.erased
}
