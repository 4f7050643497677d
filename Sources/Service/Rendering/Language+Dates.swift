import Wording

/// Dates as a reader of a report or letter writes them, in the report's language (AVG art. 12(1):
/// clear and plain language adapted to the reader); the month names are in the catalogue.
extension Language {
  /// Month names, short (`jan` … `dec`), for chart labels.
  var shortMonths: [String] { Texts.Reports.shortMonths.map { $0(self) } }

  /// Month names in full, for dates in letters.
  var months: [String] { Texts.Reports.months.map { $0(self) } }

  /// `29 november 2026` / `29 November 2026`: the date as a reader writes it.
  func long(_ year: Int, _ month: Int, _ day: Int) -> String {
    "\(day) \(months[max(0, min(11, month - 1))]) \(year)"
  }
}
