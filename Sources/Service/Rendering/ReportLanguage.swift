/// The language of a report or letter: Dutch by default, since the readers are Dutch boards,
/// parents and staff (AVG art. 12(1): clear and plain language adapted to the reader); English for
/// the international staff and parents some schools have.
enum ReportLanguage: String, Sendable, CaseIterable {
  /// Nederlands (default).
  case nl
  /// English.
  case en

  /// The text in this language.
  func pick(_ nl: String, _ en: String) -> String { self == .nl ? nl : en }

  /// Month names, short (`jan` … `dec`), for chart labels.
  var shortMonths: [String] {
    self == .nl
      ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
      : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  }

  /// Month names in full, for dates in letters.
  var months: [String] {
    self == .nl
      ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
      : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  }

  /// `29 november 2026` / `29 November 2026`: the date as a reader writes it.
  func long(_ year: Int, _ month: Int, _ day: Int) -> String {
    "\(day) \(months[max(0, min(11, month - 1))]) \(year)"
  }
}
