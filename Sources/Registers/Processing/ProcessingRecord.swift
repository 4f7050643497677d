import JSON
import Rules

/// Typed reads of a processing-activity record (a JSON document), for `processing.check`, the
/// filters and the privacy statement (AVG art. 13, 30).
public struct ProcessingRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `VA-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// The status as stored; nil when it is no status of this register.
  public var status: ProcessingStatus? { json["status"]?.stringValue.flatMap(ProcessingStatus.init(rawValue:)) }
  /// The activity's name ("Leerlingadministratie").
  public var name: String { json["name"]?.stringValue ?? "" }
  /// What it is for (art. 30(1)(b)).
  public var purpose: String { json["purpose"]?.stringValue ?? "" }
  /// The school it is limited to; nil for the whole board (decision 51).
  public var school: String? { json["school"]?.stringValue }
  /// The art. 6(1) letter.
  public var basisLetter: BasisLetter? { json["legalBasis"]?["letter"]?.stringValue.flatMap(BasisLetter.init(rawValue:)) }
  /// The law behind (c) or (e).
  public var law: LawCode? { json["legalBasis"]?["law"]?.stringValue.flatMap(LawCode.init(rawValue:)) }
  /// The article text beside the law code.
  public var article: String? { json["legalBasis"]?["article"]?.stringValue }
  /// The interest pursued under (f).
  public var legitimateInterest: String? { json["legalBasis"]?["legitimateInterest"]?.stringValue }
  /// The categories of data subjects.
  public var subjects: [SubjectCategory] { codes("subjectCategories") }
  /// The data categories, each `{name, special?, identifier?}`.
  public var dataCategories: [JSONObject] { (json["dataCategories"]?.arrayValue ?? []).compactMap(\.objectValue) }
  /// The art. 9 categories among the data categories.
  public var specialCategories: [SpecialDataCategory] {
    dataCategories.compactMap { $0["special"]?.stringValue.flatMap(SpecialDataCategory.init(rawValue:)) }
  }
  /// The art. 9(2) exception relied on, if recorded.
  public var art9Exception: String? { json["art9Exception"]?.stringValue }
  /// The recipients, each `{name, role}`.
  public var recipients: [JSONObject] { (json["recipients"]?.arrayValue ?? []).compactMap(\.objectValue) }
  /// The ids of the processor agreements used.
  public var processorIDs: [String] { (json["processors"]?.arrayValue ?? []).compactMap(\.stringValue) }
  /// The transfers outside the EEA, each `{recipient, country, mechanism}`.
  public var transfers: [JSONObject] { (json["transfers"]?.arrayValue ?? []).compactMap(\.objectValue) }
  /// The retention rule, if recorded.
  public var retention: JSONObject? { json["retention"]?.objectValue }
  /// The DPIA facts.
  public var dpia: JSONObject { json["dpia"]?.objectValue ?? [:] }
  /// The WP248 criteria recorded.
  public var criteria: [DPIACriterion] {
    (dpia["criteria"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(DPIACriterion.init(rawValue:)) }
  }
  /// The AP-list types flagged.
  public var apListTypes: [APListType] {
    (dpia["apListTypes"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(APListType.init(rawValue:)) }
  }
  /// The date the DPIA was completed, if one was.
  public var dpiaPerformedOn: CivilDate? { dpia["performedOn"]?.storedDate }
  /// Whether a DPIA is needed (D5).
  public var dpiaNeed: DPIANeed { DPIANeed.of(criteria: criteria.count, apListTypes: apListTypes.count) }
  /// The day of the last change to what is processed made without recording the DPIA (D6).
  public var changedOn: CivilDate? { json["changedOn"]?.storedDate }
  /// The last day the activity was carried out, once ended.
  public var endedOn: CivilDate? { json["endedOn"]?.storedDate }

  /// True when the activity is carried out on `on`: not ended before it.
  public func isActive(on: CivilDate) -> Bool {
    guard let end = endedOn else { return status != .ended }
    return on <= end
  }

  /// True when the activity concerns one of `categories`.
  public func concerns(_ categories: [SubjectCategory]) -> Bool { subjects.contains(where: categories.contains) }

  private func codes<E: RawRepresentable>(_ key: String) -> [E] where E.RawValue == String {
    (json[key]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(E.init(rawValue:)) }
  }
}
