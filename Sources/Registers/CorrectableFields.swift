import JSON
import Wording

/// A register's declaration of what `*.correct` may change (AVG art. 16 applied to the register):
/// the facts a user entered, by dotted path, and the fields that may never be corrected with the
/// reason why (an id names the record in letters and logs; a status is moved by the lifecycle;
/// a decision, a report to the AP or a notice to parents was communicated and stays as sent; a
/// correction must not rewrite it without a trace, so those change by their own act).
public struct CorrectableFields: Sendable {
  /// The paths that may be corrected (`student.birthDate`, `receivedOn`).
  public let allowed: [String]
  /// Paths (or their first part) that may not be corrected, with why.
  public let refused: [String: String]
  /// What one record is called in a refusal ("a request").
  public let noun: String

  /// A declaration. The registration's trace (`registeredAt/By`, `lastCorrectedAt/By`) is refused
  /// in every register: it records who entered and corrected the record, not a fact about it.
  public init(_ noun: String, allowed: [String], refused: [String: String]) {
    self.noun = noun
    self.allowed = allowed
    let trace = Texts.Corrections.trace.string
    self.refused = ["registeredAt": trace, "registeredBy": trace, "lastCorrectedAt": trace, "lastCorrectedBy": trace]
      .merging(refused) { _, own in own }
  }

  /// The `fields` param flattened to `(path, value)` in a stable order, every path checked: a
  /// refused one is -32602 on `fields.<path>` with the reason; an unknown one lists what may be
  /// corrected; an empty object asks for at least one field.
  public func read(_ fields: JSONObject) throws(RegisterError) -> [(String, JSONValue)] {
    var out: [(String, JSONValue)] = []
    try flatten(fields, prefix: "", into: &out)
    guard !out.isEmpty else {
      throw .invalid("fields", Texts.Registers.atLeastOneField(allowed.joined(separator: ", ")).string)
    }
    return out
  }

  private func flatten(_ object: JSONObject, prefix: String, into out: inout [(String, JSONValue)]) throws(RegisterError) {
    for key in object.keys.sorted() {
      guard let value = object[key] else { continue }
      let path = prefix.isEmpty ? key : "\(prefix).\(key)"
      if let why = refused[path] ?? refused[String(path.split(separator: ".").first ?? "")] {
        throw .invalid("fields.\(path)", Texts.Registers.mayNotBeCorrected(why).string)
      }
      if allowed.contains(path) {
        out.append((path, value))
      } else if let inner = value.objectValue, allowed.contains(where: { $0.hasPrefix(path + ".") }) {
        try flatten(inner, prefix: path, into: &out)
      } else {
        throw .invalid("fields.\(path)", Texts.Registers.notCorrectable(noun, allowed: allowed.joined(separator: ", ")).string)
      }
    }
  }
}
