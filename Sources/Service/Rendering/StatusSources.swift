import JSON
import Registers
import Rules

/// The sources of today's overview, in order. Add a register's `StatusSource` here.
enum StatusSources {
  /// Every source.
  static let all: [any StatusSource] = [RequestsStatus(), BreachesStatus(), ProcessorsStatus(), SharingStatus()]

  /// Every register any source reads, deduplicated.
  static var registers: [String] {
    var seen = Set<String>()
    return all.flatMap(\.registers).filter { seen.insert($0).inserted }
  }
}

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

/// Processor agreements expiring within 90 days or failing the checks of `processors.check` (AVG art. 28).
struct ProcessorsStatus: StatusSource {
  /// Reads the processors register.
  var registers: [String] { [Processors.name] }

  /// The items.
  func items(_ input: ReportInput) -> [StatusItem] {
    var out: [StatusItem] = []
    for r in input.records(Processors.name).map(ProcessorRecord.init) {
      if let end = r.endDate, !r.isEnded(on: input.today), input.today.days(until: end) <= 90 {
        out.append(StatusItem(register: Processors.name, id: r.id, urgency: .dueSoon,
          title: input.t("Verwerkersovereenkomst met \(r.supplierName) loopt af op \(end).", "Processor agreement with \(r.supplierName) ends on \(end)."), due: end.description))
      }
      let errors = ProcessorCheck.findings(r, on: input.today).filter { $0.severity == .error }
      if !errors.isEmpty {
        out.append(StatusItem(register: Processors.name, id: r.id, urgency: .check,
          title: input.t("Verwerkersovereenkomst met \(r.supplierName): \(errors.count) punt(en) uit de controle (processors.check).", "Processor agreement with \(r.supplierName): \(errors.count) finding(s) of processors.check.")))
      }
    }
    return out
  }
}

/// Disclosures under a legal obligation or public task whose parents were not informed (AVG art. 13/14).
struct SharingStatus: StatusSource {
  /// Reads the sharing register.
  var registers: [String] { [Sharing.name] }

  /// The items.
  func items(_ input: ReportInput) -> [StatusItem] {
    input.records(Sharing.name).filter {
      $0["parentsInformed"]?.boolValue == false && $0["legalBasis"]?.stringValue != SharingBasis.AVG6_1a.rawValue
    }.map { r in
      StatusItem(register: Sharing.name, id: r["id"]?.stringValue ?? "", urgency: .check,
        title: input.t("Gegevens gedeeld met \(r["recipient"]?["name"]?.stringValue ?? "een derde"); de ouders zijn nog niet geïnformeerd.", "Data shared with \(r["recipient"]?["name"]?.stringValue ?? "a third party"); parents not informed yet."))
    }
  }
}
