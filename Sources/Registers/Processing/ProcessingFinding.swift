/// One problem `processing.check` finds: an `error` is a gap the AVG does not allow (art. 6, 9,
/// 28, 30, 35, 44–46), a `warning` asks the privacy officer to look (duties.md D4–D6).
public typealias ProcessingFinding = CheckFinding<ProcessingFindingCode>

/// The stable codes of `processing.check` (Protocol/processing.md lists them).
public enum ProcessingFindingCode: String, FindingCode, CaseIterable {
  /// ≥ 2 WP248 criteria or an AP-list type, and no DPIA (art. 35).
  case dpiaRequired
  /// Exactly one criterion, no DPIA and no recorded reason why not.
  case dpiaAdvised
  /// The DPIA is older than 36 months, or the activity changed after it (D6).
  case dpiaReviewDue
  /// Special categories without an art. 9(2) exception.
  case specialCategoryWithoutException
  /// A processor id the processor register does not hold.
  case processorUnknown
  /// A processor without an agreement in force and signed on the date (art. 28(3), 28(9)).
  case processorAgreementInvalid
  /// A transfer outside the EEA without a mechanism (art. 44–46).
  case transferWithoutMechanism
  /// No retention period (art. 5(1)(e), 30(1)(f); D3).
  case retentionMissing
  /// Kept per the selectielijst: never deleted automatically (D4).
  case retentionPerSelectielijst
  /// A disclosure in the sharing register that no activity covers (art. 30(1)(d)).
  case disclosureNotCovered
}
