import JSON

/// How serious a finding of a register check is (`processors.check`, `processing.check`).
public enum FindingSeverity: String, Sendable, CaseIterable {
  /// A gap the law does not allow: must be fixed.
  case error
  /// Advice: the privacy officer should look; the record stays valid.
  case warning
}

/// A finding's stable code as it goes on the wire.
public protocol FindingCode: Sendable, Equatable {
  /// The code's text (Protocol/ lists them per check).
  var text: String { get }
}

extension String: FindingCode {
  /// The code itself.
  public var text: String { self }
}

extension FindingCode where Self: RawRepresentable, RawValue == String {
  /// The raw value.
  public var text: String { rawValue }
}

/// One problem a register check finds in a record, the same shape for every check so a client
/// (and the annual report) reads them alike: the record's id, severity, a stable code, the dotted
/// field, and what is wrong and what to do in plain words (AVG art. 5(2): the school can show it
/// looked, and what it found).
public struct CheckFinding<Code: FindingCode>: Sendable, Equatable {
  /// The severity type, shared by every check.
  public typealias Severity = FindingSeverity

  /// The record's id.
  public let id: String
  /// error or warning.
  public let severity: Severity
  /// A stable code.
  public let code: Code
  /// The dotted path in the record (`products[1].annexVersion`).
  public let field: String
  /// What is wrong and what to do, in plain words.
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
    ["id": .string(id), "severity": .string(severity.rawValue), "code": .string(code.text), "field": .string(field), "message": .string(message)]
  }
}
