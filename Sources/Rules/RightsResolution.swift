import Wording

/// Every right's holders for one student on one date: the answer of `rights.resolve`.
public struct RightsResolution: Sendable, Hashable {
  /// The student's age on `on` (whole years, rules.md §1.4).
  public let age: Int
  /// The Amsterdam date evaluated.
  public let on: CivilDate
  /// One entry per `Right`, in `Right.allCases` order.
  public let rights: [RightEntry]
  /// The next date the holders change (16th or 18th birthday), `nil` from 18 on.
  public let nextChange: NextChange?

  /// A resolution.
  public init(age: Int, on: CivilDate, rights: [RightEntry], nextChange: NextChange?) {
    self.age = age
    self.on = on
    self.rights = rights
    self.nextChange = nextChange
  }

  /// The entry for one right.
  public func entry(_ right: Right) -> RightEntry? { rights.first { $0.right == right } }
}

/// The next change of holders: its date and what changes, in plain words.
public struct NextChange: Sendable, Hashable {
  /// The birthday on which the holders change (from 00:00 Europe/Amsterdam).
  public let on: CivilDate
  /// The age reached that day (16 or 18).
  public let age: Int
  /// What changes, in plain words, in both languages.
  public let descriptionText: Text
  /// What changes, in the call's language (`Language.current`).
  public var description: String { descriptionText.string }

  /// A change.
  public init(on: CivilDate, age: Int, description: Text) {
    self.on = on
    self.age = age
    self.descriptionText = description
  }
}

/// A dated change of holders in a timeline (`rights.timeline`): the 16th or 18th birthday.
public struct RightsChange: Sendable, Hashable {
  /// The birthday on which it happens.
  public let on: CivilDate
  /// The age reached (16 or 18).
  public let age: Int
  /// What changes, in plain words, in both languages.
  public let descriptionText: Text
  /// What changes, in the call's language (`Language.current`).
  public var description: String { descriptionText.string }
  /// The entries that change, as they are from that day.
  public let rights: [RightEntry]

  /// A change.
  public init(on: CivilDate, age: Int, description: Text, rights: [RightEntry]) {
    self.on = on
    self.age = age
    self.descriptionText = description
    self.rights = rights
  }
}
