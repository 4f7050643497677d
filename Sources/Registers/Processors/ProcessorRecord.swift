import JSON
import Rules

/// Typed reads of a processor-agreement record (a JSON document), for the filters and the
/// checks of `processors.check` (AVG art. 28, 44–46; rules.md §6).
public struct ProcessorRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `P-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// `active` or `ended` (Protocol/processors.md).
  public var status: String { json["status"]?.stringValue ?? ProcessorMachine.initial }
  /// The supplier's legal name.
  public var supplierName: String { json["supplier"]?["name"]?.stringValue ?? "" }
  /// The convenant status as recorded (decision 39).
  public var convenantStatus: ConvenantStatus? {
    json["supplier"]?["convenantStatus"]?.stringValue.flatMap(ConvenantStatus.init(rawValue:))
  }
  /// The model the agreement follows.
  public var model: AgreementModel? { json["agreement"]?["model"]?.stringValue.flatMap(AgreementModel.init(rawValue:)) }
  /// The last day the agreement is in force, if known.
  public var endDate: CivilDate? { json["agreement"]?["endDate"]?.storedDate }
  /// The products, each with its bijsluiter and sub-processors.
  public var products: [JSONObject] { (json["products"]?.arrayValue ?? []).compactMap(\.objectValue) }
  /// The school (tenant filter, decision 51).
  public var school: String? { json["school"]?.stringValue }

  /// True when the agreement is no longer in force on `on`: ended by `processors.end`, or its
  /// `endDate` has passed (the agreement covers its end date itself).
  public func isEnded(on: CivilDate) -> Bool {
    if let end = endDate { return on > end }
    return status == "ended"
  }
}
