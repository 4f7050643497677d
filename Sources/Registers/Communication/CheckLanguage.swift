/// Which word lists the communication check applies: Dutch, English or both (`auto`, which also
/// picks the suggestions' language from the text). Schools write to parents in both.
public enum CheckLanguage: String, Sendable, CaseIterable {
  /// Dutch lists, Dutch suggestions.
  case nl
  /// English lists, English suggestions.
  case en
  /// Both lists; suggestions in the language the text seems to be in.
  case auto
}
