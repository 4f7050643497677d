import Registers
import Rules

/// The Dutch words a school office reads in an export with `language: "nl"` instead of the wire's
/// enum values (`dataBreach` → `datalek`, `closed` → `afgesloten`, `true` → `ja`): issue 16 §2, files
/// that open in Dutch Excel and read as the school's own register. One label per enum case, written
/// as an exhaustive `switch`, so a new case does not compile until it has its Dutch word; the wire
/// values themselves never change (they are the protocol).
enum DutchLabels {
  /// One enum's labels: wire value → Dutch label.
  typealias Table = [String: String]

  /// The labels of every case of `E` (the `switch` in `label` is exhaustive).
  static func table<E: CaseIterable & RawRepresentable>(_: E.Type, _ label: (E) -> String) -> Table where E.RawValue == String {
    Dictionary(uniqueKeysWithValues: E.allCases.map { ($0.rawValue, label($0)) })
  }

  /// Every enum an export shows, by name, with its labels (the test checks each covers every case).
  static let enums: [String: (cases: [String], labels: Table)] = {
    func entry<E: CaseIterable & RawRepresentable>(_ t: E.Type, _ l: (E) -> String) -> (cases: [String], labels: Table)
    where E.RawValue == String { (E.allCases.map(\.rawValue), table(t, l)) }
    return [
      "RequestType": entry(RequestType.self, EnumLabelsNL.requestType),
      "RequestStatus": entry(RequestStatus.self, EnumLabelsNL.requestStatus),
      "Requester": entry(Requester.self, EnumLabelsNL.requester),
      "Decision": entry(Decision.self, EnumLabelsNL.decision),
      "GroundCode": entry(GroundCode.self, EnumLabelsNL.ground),
      "BreachKind": entry(BreachKind.self, EnumLabelsNL.breachKind),
      "BreachStatus": entry(BreachStatus.self, EnumLabelsNL.breachStatus),
      "CIAType": entry(CIAType.self, EnumLabelsNL.cia),
      "RiskLevel": entry(RiskLevel.self, EnumLabelsNL.risk),
      "ExemptionGround": entry(ExemptionGround.self, EnumLabelsNL.exemption),
      "ProcessorStatus": entry(ProcessorStatus.self, EnumLabelsNL.processorStatus),
      "ConvenantStatus": entry(ConvenantStatus.self, EnumLabelsNL.convenant),
      "AgreementModel": entry(AgreementModel.self, EnumLabelsNL.agreementModel),
      "ProcessingStatus": entry(ProcessingStatus.self, EnumLabelsNL.processingStatus),
      "BasisLetter": entry(BasisLetter.self, EnumLabelsNL.basisLetter),
      "SubjectCategory": entry(SubjectCategory.self, EnumLabelsNL.subjectCategory),
      "RetentionSource": entry(RetentionSource.self, EnumLabelsNL.retentionSource),
      "DPIACriterion": entry(DPIACriterion.self, EnumLabelsNL.dpiaCriterion),
      "APListType": entry(APListType.self, EnumLabelsNL.apList),
      "DPIANeed": entry(DPIANeed.self, EnumLabelsNL.dpiaNeed),
      "DPIAOutcome": entry(DPIAOutcome.self, EnumLabelsNL.dpiaOutcome),
      "RecipientRole": entry(RecipientRole.self, EnumLabelsNL.recipientRole),
      "SharingBasis": entry(SharingBasis.self, EnumLabelsNL.sharingBasis),
      "AssessmentOutcome": entry(AssessmentOutcome.self, EnumLabelsNL.assessmentOutcome),
      "InformedParty": entry(InformedParty.self, EnumLabelsNL.informedParty),
      "ConsentStatus": entry(ConsentStatus.self, EnumLabelsNL.consentStatus),
      "ImageConsentStatus": entry(ImageConsentStatus.self, EnumLabelsNL.imageConsentStatus),
      "PublicationStatus": entry(PublicationStatus.self, EnumLabelsNL.publicationStatus),
      "PublicationChannel": entry(PublicationChannel.self, EnumLabelsNL.channel),
      "StaffStatus": entry(StaffStatus.self, EnumLabelsNL.staffStatus),
      "StaffRole": entry(StaffRole.self, EnumLabelsNL.staffRole),
      "ComplaintStatus": entry(ComplaintStatus.self, EnumLabelsNL.complaintStatus),
      "ComplainantRole": entry(ComplainantRole.self, EnumLabelsNL.complainantRole),
      "ComplaintCategory": entry(ComplaintCategory.self, EnumLabelsNL.complaintCategory),
      "Audience": entry(Audience.self, EnumLabelsNL.audience),
      "ChangeClass": entry(ChangeClass.self, EnumLabelsNL.changeClass),
    ]
  }()

  /// Which enum each export column holds, per register and the column's English header.
  static let columns: [String: [String: String]] = [
    "requests": [
      "Type": "RequestType", "Status": "RequestStatus", "Requester capacity": "Requester", "Decision": "Decision",
      "Grounds": "GroundCode",
    ],
    Breaches.name: [
      "Kind": "BreachKind", "Status": "BreachStatus", "Nature (CIA)": "CIAType", "Risk": "RiskLevel",
      "Art. 34(3) exemption": "ExemptionGround",
    ],
    Processors.name: ["Status": "ProcessorStatus", "Convenant status": "ConvenantStatus", "Model": "AgreementModel"],
    Processing.name: [
      "Status": "ProcessingStatus", "Basis (art. 6(1))": "BasisLetter", "Data subjects": "SubjectCategory",
      "Retention source": "RetentionSource", "WP248 criteria": "DPIACriterion", "AP DPIA list": "APListType",
      "DPIA needed": "DPIANeed", "DPIA outcome": "DPIAOutcome",
    ],
    Sharing.name: ["Recipient role": "RecipientRole", "Legal basis": "SharingBasis", "Still to be informed": "InformedParty"],
    SharingAssessments.name: ["Recipient role": "RecipientRole", "Legal basis": "SharingBasis", "Outcome": "AssessmentOutcome"],
    Consents.name: ["Status": "ConsentStatus", "Given by (capacity)": "Requester", "Withdrawn by (capacity)": "Requester"],
    ImageConsents.name: ["Status": "ImageConsentStatus", "Channel": "PublicationChannel", "Given by (capacity)": "Requester"],
    Publications.name: ["Status": "PublicationStatus", "Channel": "PublicationChannel"],
    Staff.name: ["Status": "StaffStatus", "Roles": "StaffRole"],
    Complaints.name: [
      "Status": "ComplaintStatus", "Complainant's role": "ComplainantRole", "Accused's role": "ComplainantRole",
      "Category": "ComplaintCategory",
    ],
    StatementVersions.name: ["Audience": "Audience", "Change": "ChangeClass"],
  ]

  /// The cells of one export with Dutch labels: enum values of the columns above (each part of a
  /// list joined with "; "), and `yes`/`no` (how the export writes a boolean) as `ja`/`nee`.
  /// Dates and moments stay ISO here: the CSV writes them `dd-mm-jjjj`, the workbook as date cells.
  static func rows(_ rows: [[String]], register: String, headers: [String]) -> [[String]] {
    let perColumn = headers.map { h in columns[register]?[h].flatMap { enums[$0]?.labels } }
    return rows.map { row in
      row.enumerated().map { i, v in label(v, i < perColumn.count ? perColumn[i] : nil) }
    }
  }

  /// One cell's Dutch text.
  static func label(_ value: String, _ table: Table?) -> String {
    switch value {
    case "yes": return "ja"
    case "no": return "nee"
    case "": return ""
    default:
      guard let table else { return value }
      if let l = table[value] { return l }
      guard value.contains("; ") else { return value }
      return value.components(separatedBy: "; ").map { table[$0] ?? $0 }.joined(separator: "; ")
    }
  }
}
