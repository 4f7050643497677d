import Wording

/// Reads the form's yes/no question "were the data encrypted?" (section 6; relevant to the art.
/// 34(3)(a) exemption) from the recorded pre-breach measures. Only unambiguous words count: a
/// negation ("not encrypted", "niet versleuteld", "onversleuteld") gives "Nee", an encryption word
/// without one gives "Ja", anything else stays unanswered so the privacy officer says it.
public enum APFormEncryption {
  /// Phrases that say the data was not encrypted, as word sequences (data the check searches for,
  /// not texts avgd says).
  public static let negative: [String] = [
    ["not", "encrypted"], ["unencrypted"], ["niet", "versleuteld"], ["onversleuteld"], ["no", "encryption"],
    ["geen", "versleuteling"],
  ].map { $0.joined(separator: " ") }
  /// Words that say it was.
  public static let positive = ["encrypted", "versleuteld", "encryption", "versleuteling", "bitlocker", "filevault"]

  /// "Ja", "Nee" (the form takes Dutch) or nil (not clear from the text).
  public static func answer(_ measures: String?) -> String? {
    guard let text = measures?.lowercased() else { return nil }
    if negative.contains(where: text.contains) { return Texts.APFormAnswers.no.nl }
    if positive.contains(where: text.contains) { return Texts.APFormAnswers.yes.nl }
    return nil
  }
}
