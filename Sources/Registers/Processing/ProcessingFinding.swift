import JSON

/// One problem `processing.check` finds: an `error` is a gap the AVG does not allow (art. 6, 9,
/// 28, 30, 35, 44–46), a `warning` asks the privacy officer to look (duties.md D4–D6).
public struct ProcessingFinding: Sendable, Equatable {
  /// How serious.
  public enum Severity: String, Sendable, CaseIterable {
    /// Must be fixed.
    case error
    /// Advice.
    case warning
  }

  /// The stable codes (Protocol/processing.md lists them).
  public enum Code: String, Sendable, CaseIterable {
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

  /// The activity's id (or the disclosure's, for `disclosureNotCovered`).
  public let id: String
  /// error or warning.
  public let severity: Severity
  /// A stable code.
  public let code: Code
  /// The dotted path in the record.
  public let field: String
  /// What is wrong and what to do, in plain Dutch.
  public let message: String

  /// A finding.
  public init(id: String, severity: Severity, code: Code, field: String, message: String) {
    self.id = id
    self.severity = severity
    self.code = code
    self.field = field
    self.message = message
  }

  /// As JSON.
  public var json: JSONValue {
    ["id": .string(id), "severity": .string(severity.rawValue), "code": .string(code.rawValue), "field": .string(field), "message": .string(message)]
  }
}
