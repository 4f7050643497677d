import Wording

/// A required free text, refused when missing or blank: a rationale, reason, name or reference
/// that says nothing is no record (EDPB 9/2022 asks for the reasons behind each decision). Shared
/// by every register so the refusal reads the same everywhere.
public func requiredText(_ text: String?, field: String) throws(RegisterError) -> String {
  guard let text, text.contains(where: { !$0.isWhitespace }) else {
    throw .invalid(field, Texts.Registers.requiredText.string)
  }
  return text
}
