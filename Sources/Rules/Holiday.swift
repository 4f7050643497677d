/// One Dutch public holiday on a given date, as counted by the Algemene termijnenwet (ATW art. 3)
/// and therefore by Reg. 1182/71 art. 3(4) for AVG deadlines.
public struct Holiday: Sendable, Hashable, CustomStringConvertible {
  /// The date the holiday falls on in that year.
  public let date: CivilDate
  /// A stable key, e.g. `kingsDay`, `easterMonday`.
  public let key: String
  /// The English name, e.g. "King's Day".
  public let nameEnglish: String
  /// The Dutch name, e.g. "Koningsdag".
  public let nameDutch: String

  /// A holiday on a date.
  public init(date: CivilDate, key: String, nameEnglish: String, nameDutch: String) {
    self.date = date
    self.key = key
    self.nameEnglish = nameEnglish
    self.nameDutch = nameDutch
  }

  /// "King's Day (Koningsdag)", used in plain-words roll-over reasons.
  public var description: String { "\(nameEnglish) (\(nameDutch))" }
}
