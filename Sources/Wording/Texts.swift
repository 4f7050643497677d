/// The catalogue of every human-readable text avgd puts in an answer (issue 16 §1): reasons,
/// legal-basis sentences, warnings, roll-over reasons, due-list lines, error `data.reason`, CSV and
/// xlsx values and headers, letters and reports. One namespace per area, one file per area under
/// `Catalogue/` (`Texts.Wire`, `Texts.Rules`, `Texts.Requests`, ...), each member a `Text` in Dutch
/// and English or a function of the values it names.
///
/// Not in the catalogue: method and parameter names, enum values on the wire (they never change
/// with the language), the JSON-RPC specification's own error messages ("Invalid params", §5.1),
/// method documentation for integrators (OpenRPC, in English).
public enum Texts {
  /// Choices as a person lists them: "a, b of c" in Dutch, "a, b or c" in English (a lone item as
  /// is). For "did you mean ..." with the closest names.
  public static func alternatives(_ items: [String]) -> Text {
    func list(_ or: String) -> String {
      guard let last = items.last else { return "" }
      return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(or) " + last
    }
    return Text(nl: list("of"), en: list("or"))
  }
}
