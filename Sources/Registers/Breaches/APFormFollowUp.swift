import JSON
import Rules

/// Section 8 of the AP form, "Vervolgacties": whether and how the people were or will be told
/// (art. 34(1)–(3)), the measures taken (art. 33(3)(d)) and cross-border aspects. Part of the one
/// table `APFormQuestions.all`; kept in its own file because its answers read several parts of the record.
enum APFormFollowUp {
  /// Short for the descriptor type, so the table reads as a table.
  typealias Q = APFormQuestion

  /// The questions of section 8, in the form's order.
  static let questions: [Q] = [
    Q(.followUp, "followUp.informed", "Heeft u de betrokkenen ingelicht of bent u van plan dat te doen?",
      en: "Have you told the people, or do you plan to?", source: "notifications, subjectsNotificationRequired",
      filledBy: "breaches.assess") { f in
      if f.record.subjectsNotified { return .text("Ja") }
      guard let required = f.record.subjectsNotificationRequired, f.record.risk != nil else { return nil }
      return .text(required ? "Nee, maar dat ga ik wel doen" : "Nee")
    },
    Q(.followUp, "followUp.informedHow", "Wanneer en hoe heeft u de betrokkenen ingelicht (of gaat u dat doen)?", en: "When and how were (or will) they (be) told?",
      source: "notifications", filledBy: "breaches.notifySubjects",
      applies: { $0.record.subjectsNotified || $0.record.subjectsNotificationRequired == true }) { f in
      let lines = (f.record.json["notifications"]?.arrayValue ?? []).compactMap(\.objectValue).map(notification)
      return lines.isEmpty ? nil : .text(lines.joined(separator: "\n"))
    },
    Q(.followUp, "followUp.whyNot", "Waarom ziet u af van het informeren van de betrokkenen?", en: "Why do you not tell the people?",
      source: "assessment.exemption, assessment.riskRationale", filledBy: "breaches.assess",
      applies: { $0.record.subjectsNotificationRequired == false && !$0.record.subjectsNotified && $0.record.risk != nil }) { f in
      whyNot(f).map(APFormValue.text)
    },
    Q(.followUp, "followUp.publicNotice",
      "Als het informeren van alle betrokkenen een onevenredige inspanning zou vergen: hoe informeert u hen door een openbare mededeling of een soortgelijke maatregel?",
      en: "How are the people told by a public communication instead?", source: "assessment.exemption.publicCommunication",
      filledBy: "breaches.assess", applies: { $0.record.exemption == .disproportionateEffort }) { f in
      APFormFacts.nonBlank(f.assessment?["exemption"]?["publicCommunication"]?.stringValue).map(APFormValue.text)
    },
    Q(.followUp, "followUp.measures", "Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen?",
      en: "Which measures were taken to address the breach and prevent it happening again?", source: "measures",
      filledBy: "breaches.addMeasure") { f in
      let lines = (f.record.json["measures"]?.arrayValue ?? []).compactMap(\.objectValue).compactMap { m -> String? in
        guard let d = m["description"]?.stringValue else { return nil }
        let at = BreachRecord.instant(m["at"]).map(APFormFacts.dutch).map { "\($0): " } ?? ""
        return at + d
      }
      return lines.isEmpty ? nil : .text(lines.joined(separator: "\n"))
    },
    Q(.followUp, "followUp.crossBorder", "Heeft de inbreuk zich voorgedaan in een grensoverschrijdende gegevensverwerking?",
      en: "Did the breach occur in cross-border processing?", source: "(niet vastgelegd)", filledBy: nil) { _ in nil },
  ]

  /// One communication in Dutch: when, how, to whom (counts only, rules.md §3.5).
  static func notification(_ n: JSONObject) -> String {
    let at = BreachRecord.instant(n["notifiedAt"]).map(APFormFacts.dutch) ?? "?"
    let a = n["audience"]?.objectValue ?? JSONObject()
    func count(_ k: String) -> Int { a[k]?.intValue ?? 0 }
    var who: [String] = []
    if count("legalRepresentatives") > 0 { who.append("de wettelijk vertegenwoordigers van \(count("legalRepresentatives")) leerling(en) jonger dan 16") }
    if count("students") > 0 { who.append("\(count("students")) leerling(en) van 16 jaar of ouder zelf") }
    if count("parentsInformed") > 0 { who.append("ook de ouders van \(count("parentsInformed")) minderjarige leerling(en) van 16 of 17") }
    if count("others") > 0 { who.append("\(count("others")) andere betrokkene(n)") }
    let channel = n["channel"]?.stringValue ?? "?"
    return "\(at), via \(channel)" + (who.isEmpty ? "" : ": " + who.joined(separator: "; "))
  }

  /// Why the people are not told: the art. 34(3) ground with its justification, or no high risk (34(1)).
  static func whyNot(_ f: APFormFacts) -> String? {
    if let e = f.assessment?["exemption"]?.objectValue, let g = f.record.exemption {
      let ground: String
      switch g {
      case .encrypted: ground = "De gegevens waren onbegrijpelijk voor onbevoegden (art. 34 lid 3 onder a AVG)"
      case .subsequentMeasures: ground = "Door maatregelen achteraf is het hoge risico niet langer waarschijnlijk (art. 34 lid 3 onder b AVG)"
      case .disproportionateEffort: ground = "Ieder afzonderlijk informeren vergt een onevenredige inspanning; er komt een openbare mededeling (art. 34 lid 3 onder c AVG)"
      }
      return ground + (e["justification"]?.stringValue.map { ": \($0)" } ?? ".")
    }
    guard let rationale = f.assessed("riskRationale") else { return nil }
    return "Het datalek leidt naar verwachting niet tot een hoog risico voor de betrokkenen (art. 34 lid 1 AVG): \(rationale)"
  }
}
