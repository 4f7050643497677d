import JSON
import Wording

/// The check of a message to parents, students or staff before it goes out (rules.md §3.4; S&V
/// "neutral wording, no details, no names"; decision 33). Deterministic and explainable: fixed word
/// lists (`CommunicationLexicon`) and patterns, no network, no guessing beyond them. A `general`
/// notice is checked for everything; an `affected` notice (art. 34) may hold the recipient's own
/// contact details, numbers and dates, but other people's names and special-category words are
/// still flagged.
public struct CommunicationCheck: Sendable {
  /// What was found, in text order.
  public let findings: [CommunicationFinding]
  /// The language the suggestions are in (`nl` or `en`).
  public let language: CheckLanguage

  /// True when nothing was found.
  public var ok: Bool { findings.isEmpty }

  /// Checks `text` for `audience`. `knownNames` are the people in the registers the caller may see
  /// (never the counsellor's dossiers for anyone else, decision 48); names are also found by their
  /// form (`PersonFormScanner`). `allowedNames` (the recipient of an art. 34 notice) are not flagged.
  public init(
    text: String, audience: NoticeAudience, language: CheckLanguage = .auto, knownNames: [String] = [],
    allowedNames: [String] = []
  ) {
    let t = ScalarText(text)
    let lang = language == .auto ? Self.guess(t) : language
    let says: Language = lang == .nl ? .nl : .en
    func make(_ kind: FindingKind, _ spans: [(start: Int, end: Int)]) -> [CommunicationFinding] {
      spans.map {
        CommunicationFinding(
          kind: kind, text: t.slice($0.start, $0.end), start: $0.start, end: $0.end,
          suggestion: CommunicationLexicon.suggestion(kind)(says))
      }
    }
    var candidates: [CommunicationFinding] = []
    if audience == .general {
      candidates += make(.email, ContactScanner.emails(t))
      candidates += make(.phone, ContactScanner.phones(t))
      candidates += make(.studentNumber, NumberScanner.studentNumbers(t))
    }
    candidates += make(.name, NameScanner.scan(t, known: knownNames, allowed: allowedNames))
    let allowedWords = Set(allowedNames.flatMap { ScalarText($0).words.map(\.lower) })
    candidates += make(.name, PersonFormScanner.scan(t, allowed: allowedWords))
    let patterns = SpecialWordScanner.patterns(dutch: language != .en, english: language != .nl)
    candidates += SpecialWordScanner.scan(t, patterns: patterns).map { m in
      let word = t.slice(m.start, m.end)
      return CommunicationFinding(
        kind: .specialCategory, text: word, start: m.start, end: m.end,
        suggestion: CommunicationLexicon.suggestion(.specialCategory, word: word, category: m.category)(says),
        category: m.category.rawValue)
    }
    var kept = Self.firstComeFirstServed(candidates)
    if audience == .general {
      let classDates = make(.classAndDate, ClassDateScanner.scan(t))
      let claimed = Self.firstComeFirstServed(classDates)
      kept += classDates
      kept += make(.relativeDate, RelativeDateScanner.scan(t)).filter { !Self.overlapsAny($0, claimed) }
    }
    findings = kept.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    self.language = lang
  }

  /// The candidates that overlap no earlier candidate, in their order (contact details before the
  /// names and words inside them). The kept spans are held sorted, so each test is a binary search.
  static func firstComeFirstServed(_ candidates: [CommunicationFinding]) -> [CommunicationFinding] {
    var kept: [CommunicationFinding] = []
    var sorted: [CommunicationFinding] = []
    for c in candidates where !overlapsAny(c, sorted) {
      kept.append(c)
      sorted.insert(c, at: insertionIndex(c.start, sorted))
    }
    return kept
  }

  /// True when `f` overlaps one of `sorted` (non-overlapping, sorted by start).
  static func overlapsAny(_ f: CommunicationFinding, _ sorted: [CommunicationFinding]) -> Bool {
    let i = insertionIndex(f.start, sorted)
    return (i < sorted.count && sorted[i].overlaps(f)) || (i > 0 && sorted[i - 1].overlaps(f))
  }

  /// The first index of `sorted` whose start is at or after `start`.
  static func insertionIndex(_ start: Int, _ sorted: [CommunicationFinding]) -> Int {
    var (lo, hi) = (0, sorted.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid].start < start { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// `nl` when Dutch marker words outnumber English ones, else `en`.
  static func guess(_ t: ScalarText) -> CheckLanguage {
    let nl = t.words.filter { CommunicationLexicon.dutchMarkers.contains($0.lower) }.count
    let en = t.words.filter { CommunicationLexicon.englishMarkers.contains($0.lower) }.count
    return nl > en ? .nl : .en
  }

  /// `{ok, language, offsets: "unicodeScalars", findings}`.
  public var json: JSONValue {
    ["ok": .bool(ok), "language": .string(language.rawValue), "offsets": "unicodeScalars", "findings": .array(findings.map(\.json))]
  }
}
