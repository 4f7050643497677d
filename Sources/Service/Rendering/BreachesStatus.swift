import JSON
import Registers
import Rules
import Wording

/// Data breaches near or past the 72 hours of AVG art. 33(1), and art. 34 notices still owed.
struct BreachesStatus: StatusSource {
  /// Reads the breaches register.
  var registers: [String] { [Breaches.name] }

  /// The items.
  func items(_ input: ReportInput) -> [StatusItem] {
    guard let register = input.registers[Breaches.name] else { return [] }
    // Only what was known at the overview's moment, for the school asked about.
    let inSchool = { (r: BreachRecord) in
      (input.school == nil || r.school == input.school) && (r.awareAt.map { $0 <= input.now } ?? true)
    }
    var out = BreachDue.list(in: register, at: input.now).filter { inSchool($0.record) }.map { d in
      let hours = ChartFrame.number(Double(abs(d.secondsLeft)) / 3600)
      let title = d.secondsLeft < 0
        ? input.t(Texts.Reports.breachReportOverdue("\(hours)"))
        : input.t(Texts.Reports.hoursLeftToReport("\(hours)", riskAssessed: d.record.risk != nil))
      return StatusItem(register: Breaches.name, id: d.record.id, urgency: d.secondsLeft < 0 ? .overdue : .dueSoon, title: title,
                        due: d.record.reportBy.map(Amsterdam.format), summary: d.record.json["summary"]?.stringValue)
    }
    for r in register.all(where: { _ in true }).map(BreachRecord.init) where inSchool(r) && r.status != "closed"
      && r.subjectsNotificationRequired == true && !r.subjectsNotified {
      out.append(StatusItem(register: Breaches.name, id: r.id, urgency: .check,
        title: input.t(Texts.Reports.highRiskTellPeople),
        summary: r.json["summary"]?.stringValue))
    }
    return out
  }
}
