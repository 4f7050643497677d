import Rules
import Wording

/// The school's yearly renewal date for image consent (duties.md §5.2, decision D16): a consent is
/// valid for the school year it was given for and ends at 00:00 (Europe/Amsterdam) on the first
/// renewal date after its start, because Kennisnet and the AP advise asking again every school year.
/// The date is a service setting (`imageConsentRenewal`, `MM-DD`, default `08-01`).
public struct RenewalDate: Sendable, Equatable, CustomStringConvertible {
  /// The month, 1...12.
  public let month: Int
  /// The day of the month; 29 February is refused (it would not recur every year).
  public let day: Int

  /// 1 August: the start of the school year the sector uses (D16 default).
  public static let standard = RenewalDate(validMonth: 8, day: 1)

  private init(validMonth month: Int, day: Int) {
    self.month = month
    self.day = day
  }

  /// `MM-DD`, e.g. `08-01`; -32602 on `field` for anything else (or 29 February).
  public static func parse(_ text: String, field: String = "imageConsentRenewal") throws(RegisterError) -> RenewalDate {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let m = Int(parts[0]), let d = Int(parts[1]), CivilDate(year: 2025, month: m, day: d) != nil
    else { throw .invalid(field, Texts.Publications.notARenewalDate(text).string) }
    return RenewalDate(validMonth: m, day: d)
  }

  /// `MM-DD`.
  public var description: String { (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)" }

  /// This renewal date in `year`.
  public func date(in year: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day) ?? CivilDate(daysSinceEpoch: 0)
  }

  /// The first renewal date strictly after `from`: the day a consent valid from `from` has expired.
  public func next(after from: CivilDate) -> CivilDate {
    let same = date(in: from.year)
    return same > from ? same : date(in: from.year + 1)
  }

  /// The last day a consent valid from `from` holds: the day before the next renewal date.
  public func lastValidDay(from: CivilDate) -> CivilDate { next(after: from).adding(days: -1) }
}
