import JSON

/// One thing a neutral message must not contain, with where it is and what to write instead, so
/// the author can fix it (rules.md §3.4). `start`/`end` count Unicode scalars (code points) from
/// the start of the text, `end` exclusive: `text[start:end]` in Python, `Array(s.unicodeScalars)`
/// in Swift.
public struct CommunicationFinding: Sendable, Equatable {
  /// What it is.
  public let kind: FindingKind
  /// The text found.
  public let text: String
  /// First scalar.
  public let start: Int
  /// One past the last scalar.
  public let end: Int
  /// What to write instead, in plain words.
  public let suggestion: String
  /// For `specialCategory`: which category (`health`, `religion`, …).
  public let category: String?

  /// A finding.
  public init(kind: FindingKind, text: String, start: Int, end: Int, suggestion: String, category: String? = nil) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.suggestion = suggestion
    self.category = category
  }

  /// True when the two ranges share a scalar.
  func overlaps(_ o: CommunicationFinding) -> Bool { start < o.end && o.start < end }

  /// `{kind, text, start, end, suggestion, category?}`.
  public var json: JSONValue {
    var o: JSONObject = [
      "kind": .string(kind.rawValue), "text": .string(text), "start": .int(start), "end": .int(end),
      "suggestion": .string(suggestion),
    ]
    if let category { o["category"] = .string(category) }
    return .object(o)
  }
}
