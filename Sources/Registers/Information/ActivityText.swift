import JSON

/// One processing activity in plain Dutch for the privacy statement: purpose, people, data,
/// basis, whether providing the data is required, retention and origin (AVG art. 13(1)(c)–(d),
/// 13(2)(a), (e), 14(1)(d), 14(2)(f)).
public enum ActivityText {
  /// The activity's lines.
  public static func lines(_ a: ProcessingRecord) -> [String] {
    var out = ["Doel: \(a.purpose)"]
    out.append("Van wie: \(RightsText.joined(a.subjects.map(\.dutch)))")
    out.append("Welke gegevens: \(a.dataCategories.map(category).joined(separator: "; "))")
    out.append("Grondslag: \(basis(a))")
    if let interest = a.legitimateInterest, a.basisLetter == .f { out.append("Ons gerechtvaardigd belang: \(interest)") }
    if !a.specialCategories.isEmpty, let exception = a.art9Exception {
      out.append("Bijzondere persoonsgegevens verwerken wij op grond van: \(exception)")
    }
    switch a.basisLetter {
    case .c: out.append("Verplicht: deze gegevens moeten wij volgens de wet verwerken; zonder deze gegevens kan de school haar wettelijke taak niet uitvoeren.")
    case .a: out.append("Vrijwillig: wij doen dit alleen met toestemming. Wie geen toestemming geeft, heeft daar geen nadeel van.")
    default: break
    }
    out.append("Bewaartermijn: \(retention(a))")
    let sources = (a.json["sources"]?.arrayValue ?? []).compactMap(\.stringValue)
    if !sources.isEmpty { out.append("Herkomst: wij ontvangen deze gegevens ook van \(RightsText.joined(sources))") }
    return out
  }

  /// "naam", "diagnose (bijzonder persoonsgegeven: gezondheid)", "BSN (burgerservicenummer (BSN))".
  static func category(_ c: JSONObject) -> String {
    var s = c["name"]?.stringValue ?? ""
    var marks: [String] = []
    if let sp = c["special"]?.stringValue.flatMap(SpecialDataCategory.init(rawValue:)) { marks.append("bijzonder persoonsgegeven: \(sp.dutch)") }
    if let n = c["identifier"]?.stringValue.flatMap(IdentifyingNumber.init(rawValue:)), !n.words.contains(where: s.lowercased().contains) {
      marks.append(n.dutch)
    }
    if !marks.isEmpty { s += " (\(marks.joined(separator: "; ")))" }
    return s
  }

  /// "wettelijke verplichting (AVG art. 6 lid 1 sub c), op grond van de Wet op het primair onderwijs (art. 40)".
  static func basis(_ a: ProcessingRecord) -> String {
    var s = a.basisLetter?.dutch ?? ""
    if let law = a.law {
      if law == .OTHER {
        if let article = a.article { s += ", op grond van \(article)" }
      } else {
        s += ", op grond van de \(law.dutch)" + (a.article.map { ", \($0)" } ?? "")
      }
    } else if let article = a.article {
      s += ", \(article)"
    }
    return s
  }

  /// "5 jaar na uitschrijving (wettelijke termijn: ...)".
  public static func retention(_ a: ProcessingRecord) -> String {
    guard let r = a.retention else { return "" }
    let source = r["source"]?.stringValue.flatMap(RetentionSource.init(rawValue:))
    let text = r["sourceText"]?.stringValue ?? ""
    if source == .perSelectielijst { return "volgens de selectielijst op grond van de Archiefwet (\(text)); tot die is vastgesteld, vernietigen wij deze gegevens niet" }
    let count = r["count"]?.intValue ?? 0
    let unit = r["unit"]?.stringValue.flatMap(RetentionUnit.init(rawValue:))
    let trigger = r["trigger"]?.stringValue.flatMap(RetentionTrigger.init(rawValue:))
    let label: String
    switch source {
    case .law: label = "wettelijke termijn"
    case .sectorGuideline: label = "richtlijn voor het onderwijs"
    default: label = "besluit van het bestuur"
    }
    return "\(count) \(unit?.dutch(count) ?? "") \(trigger?.dutch ?? "") (\(label): \(text))"
  }
}
