/// Reads the form's yes/no question "were the data encrypted?" (section 6; relevant to the art.
/// 34(3)(a) exemption) from the recorded pre-breach measures. Only unambiguous words count: a
/// negation ("not encrypted", "niet versleuteld", "onversleuteld") gives "Nee", an encryption word
/// without one gives "Ja", anything else stays unanswered so the privacy officer says it.
public enum APFormEncryption {
  /// Phrases that say the data was not encrypted.
  public static let negative = ["not encrypted", "unencrypted", "niet versleuteld", "onversleuteld", "no encryption", "geen versleuteling"]
  /// Words that say it was.
  public static let positive = ["encrypted", "versleuteld", "encryption", "versleuteling", "bitlocker", "filevault"]

  /// "Ja", "Nee" or nil (not clear from the text).
  public static func answer(_ measures: String?) -> String? {
    guard let text = measures?.lowercased() else { return nil }
    if negative.contains(where: text.contains) { return "Nee" }
    if positive.contains(where: text.contains) { return "Ja" }
    return nil
  }
}
