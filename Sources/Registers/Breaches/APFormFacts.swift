import JSON
import Rules
import Wording

/// What the AP form's answers are read from: the breach record, the contacts from the settings,
/// the kind of notification and "now" (injected: whether the 72 hours of art. 33(1) have passed
/// decides whether the form asks for the reasons of the delay).
public struct APFormFacts: Sendable {
  /// The breach record.
  public let record: BreachRecord
  /// The board and its contact person (service settings).
  public let contacts: APFormContacts
  /// New notification, supplement or withdrawal.
  public let notification: APFormNotification
  /// The moment the form is filled in.
  public let now: Instant

  /// Facts.
  public init(record: BreachRecord, contacts: APFormContacts, notification: APFormNotification, now: Instant) {
    self.record = record
    self.contacts = contacts
    self.notification = notification
    self.now = now
  }

  /// The risk assessment, once `breaches.assess` has recorded it.
  public var assessment: JSONObject? { record.json["assessment"]?.objectValue }
  /// The AP report, once `breaches.reportToAuthority` has recorded it.
  public var report: JSONObject? { record.json["authorityReport"]?.objectValue }

  /// A text member of the record (`summary`), nil when absent or blank.
  public func text(_ name: String) -> String? { Self.nonBlank(record.json[name]?.stringValue) }
  /// A text member of the assessment.
  public func assessed(_ name: String) -> String? { Self.nonBlank(assessment?[name]?.stringValue) }
  /// A list member of the assessment, nil before the assessment.
  public func assessedList(_ name: String) -> [String]? {
    guard let a = assessment else { return nil }
    return (a[name]?.arrayValue ?? []).compactMap(\.stringValue)
  }

  /// A stored instant as the form's date and time fields take it: `27-11-2026 16:30` (Amsterdam).
  public func dateTime(_ name: String) -> String? {
    BreachRecord.instant(record.json[name]).map(Self.dutch)
  }

  /// `dd-mm-jjjj hh:mm`, Europe/Amsterdam wall time.
  public static func dutch(_ i: Instant) -> String {
    let d = Amsterdam.date(of: i)
    let time = String(Amsterdam.format(i).dropFirst(11).prefix(5))
    return "\(pad(d.day))-\(pad(d.month))-\(d.year) \(time)"
  }

  /// A number with two digits.
  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// `{min, max}` as the form's number fields: "29" when exact, else "minimaal 28, maximaal 30".
  public func range(_ name: String) -> String? {
    guard let r = assessment?[name], let lo = r["min"]?.intValue, let hi = r["max"]?.intValue else { return nil }
    return lo == hi ? "\(lo)" : Texts.APFormAnswers.range(lo, hi).nl
  }

  /// The text, or nil when it is absent or only white space.
  static func nonBlank(_ s: String?) -> String? {
    guard let s, s.contains(where: { !$0.isWhitespace }) else { return nil }
    return s
  }
}
