import JSON

/// One problem `processors.check` finds in an agreement: an `error` is a gap the law does not
/// allow (AVG art. 28(3), 28(9), 44–46), a `warning` is advice (an older model, decision 37).
public struct ProcessorFinding: Sendable, Equatable {
  /// How serious.
  public enum Severity: String, Sendable, CaseIterable {
    /// Must be fixed.
    case error
    /// Advice; the agreement stays valid.
    case warning
  }

  /// The agreement's id.
  public let id: String
  /// error or warning.
  public let severity: Severity
  /// A stable code (Protocol/processors.md lists them).
  public let code: String
  /// The dotted path in the record (`products[1].annexVersion`).
  public let field: String
  /// What is wrong and what to do, in plain words.
  public let message: String

  /// A finding.
  public init(id: String, severity: Severity, code: String, field: String, message: String) {
    self.id = id
    self.severity = severity
    self.code = code
    self.field = field
    self.message = message
  }

  /// As JSON.
  public var json: JSONValue {
    ["id": .string(id), "severity": .string(severity.rawValue), "code": .string(code), "field": .string(field), "message": .string(message)]
  }
}
