import Registers
import Rules
import Wording

/// The words an export shows instead of the wire's enum values (issue 16 §2): in Dutch the school
/// office's own words (`dataBreach` → `datalek`, `closed` → `afgerond`), so a file opens in Dutch
/// Excel and reads as the school's register; in English the wire value itself, which the import
/// (`avgd-import-requests`, the Python client) takes back. The labels are in the catalogue
/// (`Texts.ExportValues`); the wire values themselves never change (they are the protocol).
enum ExportLabels {
  /// One enum's labels: wire value → label.
  typealias Table = [String: Text]

  /// One exported enum: its cases (wire values) and their labels.
  struct Entry: Sendable {
    /// Every case's wire value, in declaration order.
    let cases: [String]
    /// The label of each case the catalogue knows (the tests check it knows them all).
    let labels: Table
  }

  /// The entry of `E`, its labels read from `label` (a `Texts.ExportValues` function).
  static func entry<E: CaseIterable & RawRepresentable>(_: E.Type, _ label: (String) -> Text?) -> Entry where E.RawValue == String {
    let cases = E.allCases.map(\.rawValue)
    return Entry(cases: cases, labels: Dictionary(uniqueKeysWithValues: cases.compactMap { c in label(c).map { (c, $0) } }))
  }

  /// Every enum an export shows, by name, with its labels (the test checks each covers every case).
  static let enums: [String: Entry] = {
    typealias V = Texts.ExportValues
    return [
      "RequestType": entry(RequestType.self, V.requestType),
      "RequestStatus": entry(RequestStatus.self, V.requestStatus),
      "Requester": entry(Requester.self, V.requester),
      "Decision": entry(Decision.self, V.decision),
      "GroundCode": entry(GroundCode.self, V.ground),
      "BreachKind": entry(BreachKind.self, V.breachKind),
      "BreachStatus": entry(BreachStatus.self, V.breachStatus),
      "CIAType": entry(CIAType.self, V.cia),
      "RiskLevel": entry(RiskLevel.self, V.risk),
      "ExemptionGround": entry(ExemptionGround.self, V.exemption),
      "ProcessorStatus": entry(ProcessorStatus.self, V.processorStatus),
      "ConvenantStatus": entry(ConvenantStatus.self, V.convenant),
      "AgreementModel": entry(AgreementModel.self, V.agreementModel),
      "ProcessingStatus": entry(ProcessingStatus.self, V.processingStatus),
      "BasisLetter": entry(BasisLetter.self, V.basisLetter),
      "SubjectCategory": entry(SubjectCategory.self, V.subjectCategory),
      "RetentionSource": entry(RetentionSource.self, V.retentionSource),
      "DPIACriterion": entry(DPIACriterion.self, V.dpiaCriterion),
      "APListType": entry(APListType.self, V.apList),
      "DPIANeed": entry(DPIANeed.self, V.dpiaNeed),
      "DPIAOutcome": entry(DPIAOutcome.self, V.dpiaOutcome),
      "RecipientRole": entry(RecipientRole.self, V.recipientRole),
      "SharingBasis": entry(SharingBasis.self, V.sharingBasis),
      "AssessmentOutcome": entry(AssessmentOutcome.self, V.assessmentOutcome),
      "InformedParty": entry(InformedParty.self, V.informedParty),
      "ConsentStatus": entry(ConsentStatus.self, V.consentStatus),
      "ImageConsentStatus": entry(ImageConsentStatus.self, V.imageConsentStatus),
      "PublicationStatus": entry(PublicationStatus.self, V.publicationStatus),
      "PublicationChannel": entry(PublicationChannel.self, V.channel),
      "StaffStatus": entry(StaffStatus.self, V.staffStatus),
      "StaffRole": entry(StaffRole.self, V.staffRole),
      "ComplaintStatus": entry(ComplaintStatus.self, V.complaintStatus),
      "ComplainantRole": entry(ComplainantRole.self, V.complainantRole),
      "ComplaintCategory": entry(ComplaintCategory.self, V.complaintCategory),
      "Audience": entry(Audience.self, V.audience),
      "ChangeClass": entry(ChangeClass.self, V.changeClass),
    ]
  }()

  /// Which enum each export column holds, per register and the member the column reads (`Column.key`).
  static let columns: [String: [String: String]] = [
    "requests": [
      "type": "RequestType", "status": "RequestStatus", "requester.relationship": "Requester", "decision": "Decision",
      "grounds": "GroundCode",
    ],
    Breaches.name: [
      "kind": "BreachKind", "status": "BreachStatus", "assessment.ciaTypes": "CIAType", "assessment.risk": "RiskLevel",
      "assessment.exemption.ground": "ExemptionGround",
    ],
    Processors.name: ["status": "ProcessorStatus", "supplier.convenantStatus": "ConvenantStatus", "agreement.model": "AgreementModel"],
    Processing.name: [
      "status": "ProcessingStatus", "legalBasis.letter": "BasisLetter", "subjectCategories": "SubjectCategory",
      "retention.source": "RetentionSource", "dpia.criteria": "DPIACriterion", "dpia.apListTypes": "APListType",
      "dpia.outcome": "DPIAOutcome",
    ],
    Sharing.name: ["recipient.role": "RecipientRole", "legalBasis": "SharingBasis", "informingDue": "InformedParty"],
    SharingAssessments.name: ["recipient.role": "RecipientRole", "legalBasis": "SharingBasis", "outcome": "AssessmentOutcome"],
    Consents.name: ["status": "ConsentStatus", "givenBy.relationship": "Requester", "withdrawal.by.relationship": "Requester"],
    ImageConsents.name: ["status": "ImageConsentStatus", "channel": "PublicationChannel", "givenBy.relationship": "Requester"],
    Publications.name: ["status": "PublicationStatus", "channel": "PublicationChannel"],
    Staff.name: ["status": "StaffStatus", "roles": "StaffRole"],
    Complaints.name: [
      "status": "ComplaintStatus", "complainant.role": "ComplainantRole", "accused.role": "ComplainantRole",
      "category": "ComplaintCategory",
    ],
    StatementVersions.name: ["audience": "Audience", "changeClass": "ChangeClass"],
  ]

  /// The labels of the enum a column of `register` reading `key` holds, if any.
  static func table(register: String, key: String?) -> Table? {
    key.flatMap { columns[register]?[$0] }.flatMap { enums[$0]?.labels }
  }

  /// The cells of one export with the enum values of the columns above by label in the call's
  /// language (each part of a list joined with "; "). Dates and moments stay ISO here: the Dutch
  /// CSV writes them `dd-mm-jjjj`, the workbook as date cells.
  static func rows(_ rows: [[String]], register: String, keys: [String?]) -> [[String]] {
    let perColumn = keys.map { table(register: register, key: $0) }
    guard perColumn.contains(where: { $0 != nil }) else { return rows }
    return rows.map { row in
      row.enumerated().map { i, v in label(v, i < perColumn.count ? perColumn[i] : nil) }
    }
  }

  /// One cell's text: the label of its value (or of each part of a list), else the value.
  static func label(_ value: String, _ table: Table?) -> String {
    guard let table, !value.isEmpty else { return value }
    if let l = table[value] { return l.string }
    guard value.contains("; ") else { return value }
    return value.components(separatedBy: "; ").map { table[$0]?.string ?? $0 }.joined(separator: "; ")
  }
}
