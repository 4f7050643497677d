import JSON
import Rules
import Wording

/// Section 8 of the AP form, "Vervolgacties": whether and how the people were or will be told
/// (art. 34(1)–(3)), the measures taken (art. 33(3)(d)) and cross-border aspects. Part of the one
/// table `APFormQuestions.all`; kept in its own file because its answers read several parts of the record.
enum APFormFollowUp {
  /// Short for the descriptor type, so the table reads as a table.
  typealias Q = APFormQuestion

  /// The questions of section 8, in the form's order.
  static let questions: [Q] = [
    Q(.followUp, "followUp.informed", Texts.APForm.followUpInformed, source: "notifications, subjectsNotificationRequired",
      filledBy: "breaches.assess") { f in
      if f.record.subjectsNotified { return .text(Texts.APFormAnswers.yes.nl) }
      guard let required = f.record.subjectsNotificationRequired, f.record.risk != nil else { return nil }
      return .text((required ? Texts.APFormAnswers.noButWillTell : Texts.APFormAnswers.no).nl)
    },
    Q(.followUp, "followUp.informedHow", Texts.APForm.followUpInformedHow,
      source: "notifications", filledBy: "breaches.notifySubjects",
      applies: { $0.record.subjectsNotified || $0.record.subjectsNotificationRequired == true }) { f in
      let lines = (f.record.json["notifications"]?.arrayValue ?? []).compactMap(\.objectValue).map(notification)
      return lines.isEmpty ? nil : .text(lines.joined(separator: "\n"))
    },
    Q(.followUp, "followUp.whyNot", Texts.APForm.followUpWhyNot,
      source: "assessment.exemption, assessment.riskRationale", filledBy: "breaches.assess",
      applies: { $0.record.subjectsNotificationRequired == false && !$0.record.subjectsNotified && $0.record.risk != nil }) { f in
      whyNot(f).map(APFormValue.text)
    },
    Q(.followUp, "followUp.publicNotice", Texts.APForm.followUpPublicNotice, source: "assessment.exemption.publicCommunication",
      filledBy: "breaches.assess", applies: { $0.record.exemption == .disproportionateEffort }) { f in
      APFormFacts.nonBlank(f.assessment?["exemption"]?["publicCommunication"]?.stringValue).map(APFormValue.text)
    },
    Q(.followUp, "followUp.measures", Texts.APForm.followUpMeasures, source: "measures",
      filledBy: "breaches.addMeasure") { f in
      let lines = (f.record.json["measures"]?.arrayValue ?? []).compactMap(\.objectValue).compactMap { m -> String? in
        guard let d = m["description"]?.stringValue else { return nil }
        let at = BreachRecord.instant(m["at"]).map(APFormFacts.dutch).map { "\($0): " } ?? ""
        return at + d
      }
      return lines.isEmpty ? nil : .text(lines.joined(separator: "\n"))
    },
    Q(.followUp, "followUp.crossBorder", Texts.APForm.followUpCrossBorder, source: nil, filledBy: nil) { _ in nil },
  ]

  /// One communication in Dutch (the form takes Dutch): when, how, to whom (counts only, rules.md §3.5).
  static func notification(_ n: JSONObject) -> String {
    let at = BreachRecord.instant(n["notifiedAt"]).map(APFormFacts.dutch) ?? "?"
    let a = n["audience"]?.objectValue ?? JSONObject()
    func count(_ k: String) -> Int { a[k]?.intValue ?? 0 }
    var who: [String] = []
    if count("legalRepresentatives") > 0 { who.append(Texts.APFormAnswers.toldRepresentatives(count("legalRepresentatives")).nl) }
    if count("students") > 0 { who.append(Texts.APFormAnswers.toldStudents(count("students")).nl) }
    if count("parentsInformed") > 0 { who.append(Texts.APFormAnswers.toldParentsToo(count("parentsInformed")).nl) }
    if count("others") > 0 { who.append(Texts.APFormAnswers.toldOthers(count("others")).nl) }
    let channel = n["channel"]?.stringValue ?? "?"
    return Texts.APFormAnswers.toldLine(at: at, channel: channel, who: who.joined(separator: "; ")).nl
  }

  /// Why the people are not told: the art. 34(3) ground with its justification, or no high risk (34(1)).
  static func whyNot(_ f: APFormFacts) -> String? {
    if let e = f.assessment?["exemption"]?.objectValue, let g = f.record.exemption {
      let ground: String
      switch g {
      case .encrypted: ground = Texts.APFormAnswers.groundEncrypted.nl
      case .subsequentMeasures: ground = Texts.APFormAnswers.groundSubsequentMeasures.nl
      case .disproportionateEffort: ground = Texts.APFormAnswers.groundDisproportionateEffort.nl
      }
      return ground + (e["justification"]?.stringValue.map { ": \($0)" } ?? ".")
    }
    guard let rationale = f.assessed("riskRationale") else { return nil }
    return Texts.APFormAnswers.noHighRisk(rationale).nl
  }
}
