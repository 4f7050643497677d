import JSON
import Rules
import Wording

extension Entitlement {
  /// The member of a stored standing check that keeps its texts in every language (`nl`, `en`:
  /// `{reason, article, sentence}`), so a reading call shows them in its own language
  /// (`presented`), whatever language the writing call spoke. Not shown to callers.
  public static let wordingMember = "wording"

  /// The standing check as kept in a request record: the date it was evaluated, the answer and
  /// its legal basis (rules.md §2.5 `standing_check_at_receipt` / `_at_decision`; AVG art. 5(2)).
  /// `entitledWithStudentConsent` appears only when true (a parent and the results of an adult).
  /// The texts are written in the call's language and kept in every language under `wording`.
  public func json(on: CivilDate) -> JSONValue {
    var o: JSONObject = [
      "on": .string(on.description), "entitled": .bool(entitled),
      "holders": .array(holders.map { .string($0.rawValue) }), "reason": .string(reason),
      "basis": ["law": .string(basis.law), "article": .string(basis.article), "sentence": .string(basis.sentence)],
    ]
    if entitledWithStudentConsent { o["entitledWithStudentConsent"] = true }
    o[Self.wordingMember] = .object(
      JSONObject(
        Language.allCases.map { l in
          (l.rawValue, ["reason": .string(reasonText(l)), "article": .string(basis.articleText(l)), "sentence": .string(basis.sentenceText(l))])
        }))
    return .object(o)
  }

  /// A stored standing check read back into its typed answer: `holders` as `Holder` cases, the
  /// reason and basis as catalogue texts in both languages (from `wording`). Nil for a check
  /// stored before `wording` was kept (its texts exist in one language only; `presented` shows
  /// those as stored) or for anything that is not a stored check.
  public init?(stored: JSONValue) {
    guard let o = stored.objectValue, let entitled = o["entitled"]?.boolValue,
      let holders = o["holders"]?.arrayValue?.compactMap({ $0.stringValue.flatMap(Holder.init(rawValue:)) }),
      let law = o["basis"]?["law"]?.stringValue,
      let nl = o[Self.wordingMember]?[Language.nl.rawValue]?.objectValue,
      let en = o[Self.wordingMember]?[Language.en.rawValue]?.objectValue
    else { return nil }
    func text(_ member: String) -> Text? {
      guard let n = nl[member]?.stringValue, let e = en[member]?.stringValue else { return nil }
      return Text(nl: n, en: e)
    }
    guard let reason = text("reason"), let article = text("article"), let sentence = text("sentence") else { return nil }
    self.init(
      entitled: entitled, holders: holders, reason: reason, basis: LegalBasis(law: law, article: article, sentence: sentence),
      entitledWithStudentConsent: o["entitledWithStudentConsent"]?.boolValue ?? false)
  }

  /// A stored standing check as a caller reads it: its texts in `language` (read back through
  /// `init?(stored:)`), without the `wording` kept for that. A check stored before `wording` was
  /// kept is shown as it was stored (the journal is append-only: old records stay readable).
  public static func presented(_ stored: JSONValue, in language: Language) -> JSONValue {
    guard case .object(var o) = stored, o[wordingMember] != nil else { return stored }
    o[wordingMember] = nil
    guard let typed = Entitlement(stored: stored) else { return .object(o) }  // a damaged wording: as stored, without it
    o["reason"] = .string(typed.reasonText(language))
    if case .object(var basis)? = o["basis"] {
      basis["article"] = .string(typed.basis.articleText(language))
      basis["sentence"] = .string(typed.basis.sentenceText(language))
      o["basis"] = .object(basis)
    }
    return .object(o)
  }
}
