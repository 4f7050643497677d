import JSON
import Registers
import Rules

/// Subject requests overdue or due within 7 days (AVG art. 12(3); the same list as `requests.due`).
struct RequestsStatus: StatusSource {
  /// Reads the requests register.
  var registers: [String] { ["requests"] }

  /// The items.
  func items(_ input: ReportInput) -> [StatusItem] {
    DueList.entries(input.records("requests"), on: input.today, within: 7).map { e in
      let type = e.record.type.map { RequestsReportSection.typeName($0, input.language) } ?? ""
      let days = abs(e.daysLeft)
      let title = e.daysLeft < 0
        ? input.t("Verzoek (\(type)): termijn \(days) dag(en) verstreken, nog geen antwoord verstuurd.", "Request (\(type)): deadline passed \(days) day(s) ago, no answer sent.")
        : input.t("Verzoek (\(type)): antwoord uiterlijk over \(days) dag(en).", "Request (\(type)): answer due in \(days) day(s).")
      return StatusItem(register: "requests", id: e.record.id, urgency: e.daysLeft < 0 ? .overdue : .dueSoon, title: title, due: e.dueOn.description)
    }
  }
}
