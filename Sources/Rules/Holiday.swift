import Wording

/// One Dutch public holiday on a given date, as counted by the Algemene termijnenwet (ATW art. 3)
/// and therefore by Reg. 1182/71 art. 3(4) for AVG deadlines.
public struct Holiday: Sendable, Hashable, CustomStringConvertible {
  /// The date the holiday falls on in that year.
  public let date: CivilDate
  /// A stable key, e.g. `kingsDay`, `easterMonday`.
  public let key: String
  /// The name in Dutch (as in the ATW) and English.
  public let name: Text
  /// The English name, e.g. "King's Day".
  public var nameEnglish: String { name.en }
  /// The Dutch name, e.g. "Koningsdag".
  public var nameDutch: String { name.nl }

  /// A holiday on a date.
  public init(date: CivilDate, key: String, name: Text) {
    self.date = date
    self.key = key
    self.name = name
  }

  /// The holiday in a roll-over reason, in both languages: "Koningsdag" / "King's Day (Koningsdag)".
  public var reasonText: Text { Texts.Dates.holiday(name) }

  /// The holiday in a roll-over reason, in the call's language (`Language.current`).
  public var description: String { reasonText.string }
}
