import JSON
import Registers
import Rules
import Wording

/// What a report reads: copies of the registers it needs (taken by the method under each
/// register's read lock), the year or moment it is about, the school filter (decision 51) and the
/// language. Pure data, so every builder is a pure function of it and tests pin all of it.
struct ReportInput: Sendable {
  /// The calendar year of the annual report.
  let year: Int
  /// Only records of this school, when set (records without a school are left out then).
  let school: String?
  /// The report's language.
  let language: Language
  /// The moment the report is made (the service's pinned or real "now").
  let now: Instant
  /// The registers present, by name; a register another helper has not built yet is absent.
  let registers: [String: Register]

  /// Today in Amsterdam.
  var today: CivilDate { Amsterdam.date(of: now) }

  /// The date the year's figures are counted on: 31 December, or today while the year runs.
  var countedOn: CivilDate {
    let end = CivilDate(year: year, month: 12, day: 31) ?? today
    return min(end, today)
  }

  /// The records of `register` for the school filter, in creation order; empty when absent.
  func records(_ register: String) -> [JSONObject] {
    guard let r = registers[register] else { return [] }
    return r.all { json in school == nil || json["school"]?.stringValue == school }
  }

  /// The text in the report's language.
  func t(_ text: Text) -> String { text(language) }

  /// The Amsterdam date of a stored instant or date member.
  static func date(_ v: JSONValue?) -> CivilDate? {
    guard let s = v?.stringValue else { return nil }
    if s.count == 10 { return try? CivilDate.parse(s) }  // optional member: not a date is no date
    return (try? Instant.parse(s)).map(Amsterdam.date(of:))  // not an instant either: no date
  }
}
