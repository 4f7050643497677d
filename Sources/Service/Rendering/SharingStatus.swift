import JSON
import Registers
import Rules
import Wording

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
        title: input.t(Texts.Reports.sharedParentsNotInformed(r["recipient"]?["name"]?.stringValue)))
    }
  }
}
