import JSON
import Registers
import Rules
import Wording

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
          title: input.t(Texts.Reports.processorAgreementEnds("\(r.supplierName)", "\(end)")), due: end.description))
      }
      let errors = ProcessorCheck.findings(r, on: input.today).filter { $0.severity == .error }
      if !errors.isEmpty {
        out.append(StatusItem(register: Processors.name, id: r.id, urgency: .check,
          title: input.t(Texts.Reports.processorAgreementFindings("\(r.supplierName)", "\(errors.count)"))))
      }
    }
    return out
  }
}
