import JSON
import Registers
import Rules
import Wording

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
        ? input.t(Texts.Reports.requestOverdue("\(type)", "\(days)"))
        : input.t(Texts.Reports.requestDueSoon("\(type)", "\(days)"))
      return StatusItem(register: "requests", id: e.record.id, urgency: e.daysLeft < 0 ? .overdue : .dueSoon, title: title, due: e.dueOn.description)
    }
  }
}
