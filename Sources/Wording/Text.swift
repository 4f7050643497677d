/// One human-readable text in both languages (issue 16 §1). The initializer takes both, so a text
/// that exists in one language only does not compile; `CatalogueTests` checks that neither is
/// empty and that the two differ where a translation is due.
///
/// Texts are built in the catalogue (`Texts`), never inline in handlers, rules or registers: a
/// reviewer then finds every sentence avgd says in one place, and a translator works from it.
/// A `Text` renders in `Language.current` when used as a string (`"\(text)"`, `.string`), so keep
/// the `Text` itself (not its string) in anything cached across calls.
public struct Text: Sendable, Hashable, CustomStringConvertible {
  /// The Dutch text.
  public let nl: String
  /// The English text.
  public let en: String

  /// A text in both languages.
  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .nl: nl
    case .en: en
    }
  }

  /// The text in the call's language (`Language.current`).
  public var string: String { self(Language.current) }

  /// The text for a log line: in the process's language (`avgd serve --language`), whatever call
  /// or connection the thread is serving, since the operator reads the log, not the caller.
  public var logLine: String { self(Language.processDefault) }

  /// The text in the call's language, so `"\(text)"` renders it.
  public var description: String { string }

  /// Both texts with `other` appended (each language to its own).
  public static func + (lhs: Text, rhs: Text) -> Text { Text(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en) }

  /// Texts joined per language with `separator` (the same in both languages, e.g. "; ").
  public static func joined(_ texts: [Text], separator: String) -> Text {
    Text(nl: texts.map(\.nl).joined(separator: separator), en: texts.map(\.en).joined(separator: separator))
  }
}
