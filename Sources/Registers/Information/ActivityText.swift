import JSON
import Wording

/// One processing activity in plain words for the privacy statement: purpose, people, data,
/// basis, whether providing the data is required, retention and origin (AVG art. 13(1)(c)–(d),
/// 13(2)(a), (e), 14(1)(d), 14(2)(f)). The words are the catalogue's, in the call's language; the
/// labels of subjects, categories, laws and terms are the processing register's own (Dutch).
public enum ActivityText {
  /// The catalogue's statement texts.
  typealias T = Texts.Information.Statement

  /// The activity's lines.
  public static func lines(_ a: ProcessingRecord) -> [String] {
    var out = [T.purpose(a.purpose)]
    out.append(T.whose(RightsText.joined(a.subjects.map(\.dutch))))
    out.append(T.which(Text.joined(a.dataCategories.map(category), separator: "; ")))
    out.append(T.basis(basis(a)))
    if let interest = a.legitimateInterest, a.basisLetter == .f { out.append(T.interest(interest)) }
    if !a.specialCategories.isEmpty, let exception = a.art9Exception { out.append(T.special(exception)) }
    switch a.basisLetter {
    case .c: out.append(T.required)
    case .a: out.append(T.voluntary)
    default: break
    }
    out.append(T.retention(retention(a)))
    let sources = (a.json["sources"]?.arrayValue ?? []).compactMap(\.stringValue)
    if !sources.isEmpty { out.append(T.origin(RightsText.joined(sources))) }
    return out.map(\.string)
  }

  /// "naam", "diagnose (bijzonder persoonsgegeven: gezondheid)", "BSN (burgerservicenummer (BSN))".
  static func category(_ c: JSONObject) -> Text {
    let s = c["name"]?.stringValue ?? ""
    var marks: [Text] = []
    if let sp = c["special"]?.stringValue.flatMap(SpecialDataCategory.init(rawValue:)) { marks.append(T.specialMark(sp.dutch)) }
    if let n = c["identifier"]?.stringValue.flatMap(IdentifyingNumber.init(rawValue:)), !n.words.contains(where: s.lowercased().contains) {
      marks.append(Text(nl: n.dutch, en: n.dutch))
    }
    guard !marks.isEmpty else { return Text(nl: s, en: s) }
    let joined = Text.joined(marks, separator: "; ")
    return Text(nl: "\(s) (\(joined.nl))", en: "\(s) (\(joined.en))")
  }

  /// "wettelijke verplichting (AVG art. 6 lid 1 sub c), op grond van de Wet op het primair onderwijs (art. 40)".
  static func basis(_ a: ProcessingRecord) -> Text {
    let letter = a.basisLetter?.dutch ?? ""
    var s = Text(nl: letter, en: letter)
    if let law = a.law {
      if law == .OTHER {
        if let article = a.article { s = s + T.under(article) }
      } else {
        let article = a.article.map { ", \($0)" } ?? ""
        s = s + T.underLaw(law.dutch) + Text(nl: article, en: article)
      }
    } else if let article = a.article {
      s = s + Text(nl: ", \(article)", en: ", \(article)")
    }
    return s
  }

  /// "5 jaar na uitschrijving (wettelijke termijn: ...)".
  public static func retention(_ a: ProcessingRecord) -> Text {
    guard let r = a.retention else { return Text(nl: "", en: "") }
    let source = r["source"]?.stringValue.flatMap(RetentionSource.init(rawValue:))
    let text = r["sourceText"]?.stringValue ?? ""
    if source == .perSelectielijst { return T.perSelectielijst(text) }
    let count = r["count"]?.intValue ?? 0
    let unit = r["unit"]?.stringValue.flatMap(RetentionUnit.init(rawValue:))
    let trigger = r["trigger"]?.stringValue.flatMap(RetentionTrigger.init(rawValue:))
    let label: Text
    switch source {
    case .law: label = T.statutory
    case .sectorGuideline: label = T.guideline
    default: label = T.boardDecision
    }
    let term = "\(count) \(unit?.dutch(count) ?? "") \(trigger?.dutch ?? "")"
    return Text(nl: "\(term) (\(label.nl): \(text))", en: "\(term) (\(label.en): \(text))")
  }
}
