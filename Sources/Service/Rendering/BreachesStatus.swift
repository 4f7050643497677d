import JSON
import Registers
import Rules

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
        ? input.t("Datalek: de 72 uur voor de melding bij de AP zijn \(hours) uur verstreken; meld zo snel mogelijk en leg de reden van de vertraging vast.", "Data breach: the 72 hours for the AP report passed \(hours) hours ago; report now and record why it is late.")
        : input.t("Datalek: nog \(hours) uur om bij de AP te melden\(d.record.risk == nil ? " (risico nog niet beoordeeld)" : "").", "Data breach: \(hours) hours left to report to the AP\(d.record.risk == nil ? " (risk not assessed yet)" : "").")
      return StatusItem(register: Breaches.name, id: d.record.id, urgency: d.secondsLeft < 0 ? .overdue : .dueSoon, title: title,
                        due: d.record.reportBy.map(Amsterdam.format), summary: d.record.json["summary"]?.stringValue)
    }
    for r in register.all(where: { _ in true }).map(BreachRecord.init) where inSchool(r) && r.status != "closed"
      && r.subjectsNotificationRequired == true && !r.subjectsNotified {
      out.append(StatusItem(register: Breaches.name, id: r.id, urgency: .check,
        title: input.t("Datalek met hoog risico: de betrokkenen moeten zonder onnodige vertraging worden geïnformeerd (art. 34).", "High-risk breach: tell the people affected without undue delay (art. 34)."),
        summary: r.json["summary"]?.stringValue))
    }
    return out
  }
}
