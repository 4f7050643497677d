import JSON
import Rules
import Wording

/// The privacy statement (privacyverklaring) for one audience on one date, written from the
/// registers: the controller and FG from the settings, what is processed, why, on which basis,
/// for how long and who receives it from the record of processing activities and the processor
/// register, and the rights from the rules module (AVG art. 12(1), 13, 14; duties.md §3, D8, D9).
/// The words are the catalogue's (`Texts.Information.Statement`), in the call's language.
public struct PrivacyStatement: Sendable {
  /// The catalogue's statement texts.
  typealias T = Texts.Information.Statement

  /// The text.
  public let document: TextDocument
  /// The ids of the activities it describes, in register order.
  public let activityIDs: [String]

  /// The activities a statement for `audience` describes on `on`: carried out that day, for the
  /// whole board or for `school`, and about the audience's categories of data subjects (D8).
  public static func activities(_ processing: Register, audience: Audience, school: String?, on: CivilDate) -> [ProcessingRecord] {
    processing.all { _ in true }.map(ProcessingRecord.init).filter { a in
      a.isActive(on: on) && a.concerns(audience.subjects) && (a.school == nil || school == nil || a.school == school)
    }
  }

  /// The statement, or the gaps that keep it from being complete (D9: no placeholder is written).
  public static func write(
    audience: Audience, school: String?, on: CivilDate, settings: InformationSettings?, processing: Register,
    processors: Register, convention: LeapDayConvention
  ) -> (statement: PrivacyStatement?, gaps: [String]) {
    let chosen = activities(processing, audience: audience, school: school, on: on)
    var gaps = ContactText.gaps(settings)
    if chosen.isEmpty { gaps.append(Texts.Information.gapNoActivity(audience.rawValue, on: on.description, school: school).string) }
    for a in chosen where a.retention == nil { gaps.append(Texts.Information.gapRetention(a.id, name: a.name).string) }
    guard gaps.isEmpty, let settings else { return (nil, gaps) }
    let v = audience.voice
    let flags = ActivityFlags(chosen)
    var doc = TextDocument()
    doc.heading(1, T.title(audience.title, of: school ?? settings.boardName).string)
    doc.paragraph(intro(audience, school: school ?? settings.boardName).string)
    doc.paragraph(T.appliesFrom(ContactText.date(on)).string)
    ContactText.controller(to: &doc, settings, school: school, v)
    ContactText.dpo(to: &doc, settings, v)
    doc.heading(2, T.whatAndWhy.string)
    for a in chosen {
      doc.heading(3, a.name)
      doc.list(ActivityText.lines(a))
    }
    sharing(to: &doc, chosen, processors: processors, v)
    doc.heading(2, T.howLong.string)
    doc.paragraph(T.howLongText.string)
    security(to: &doc, chosen, v)
    doc.heading(2, T.automated.string)
    let automated = chosen.filter { $0.criteria.contains(.automatedDecision) }
    if automated.isEmpty {
      doc.paragraph(T.noAutomated(parents: audience == .parents, informal: v.isInformal).string)
    } else {
      doc.paragraph(T.someAutomated(RightsText.joined(automated.map(\.name)), informal: v.isInformal).string)
    }
    doc.heading(2, T.yourRights(informal: v.isInformal).string)
    RightsText.append(to: &doc, audience: audience, flags: flags, bands: RightsText.bands(on: on, convention: convention))
    ContactText.request(to: &doc, settings, v)
    ContactText.complaint(to: &doc, settings, v)
    doc.heading(2, T.changes.string)
    doc.paragraph(T.changesText(informal: v.isInformal).string)
    return (PrivacyStatement(document: doc, activityIDs: chosen.map(\.id)), [])
  }

  /// The opening paragraph: who the statement is for and what it covers (art. 12(1)).
  static func intro(_ audience: Audience, school: String) -> Text {
    switch audience {
    case .parents: return T.introParents(school)
    case .students: return T.introStudents(school)
    case .staff: return T.introStaff(school)
    }
  }

  /// "Met wie wij gegevens delen": recipients, processors (from the processor register) and
  /// transfers outside the EEA with their mechanism (art. 13(1)(e)–(f)).
  static func sharing(to doc: inout TextDocument, _ chosen: [ProcessingRecord], processors: Register, _ v: Voice) {
    doc.heading(2, T.sharing.string)
    var recipients: [String] = []
    for a in chosen {
      for r in a.recipients where r["role"]?.stringValue != RecipientRole.processor.rawValue {
        if let n = r["name"]?.stringValue, !recipients.contains(n) { recipients.append(n) }
      }
    }
    doc.heading(3, T.recipients.string)
    if recipients.isEmpty {
      doc.paragraph(T.noRecipients.string)
    } else {
      doc.paragraph(T.someRecipients.string)
      doc.list(recipients)
    }
    var suppliers: [String] = []
    for a in chosen {
      for id in a.processorIDs {
        guard let p = processors[id].map(ProcessorRecord.init) else { continue }
        let products = p.products.filter { $0["active"] == .bool(true) }.compactMap { $0["name"]?.stringValue }
        let line = p.supplierName + (products.isEmpty ? "" : " (\(products.joined(separator: ", ")))")
        if !suppliers.contains(line) { suppliers.append(line) }
      }
      for r in a.recipients where r["role"]?.stringValue == RecipientRole.processor.rawValue {
        if let n = r["name"]?.stringValue, !suppliers.contains(where: { $0.hasPrefix(n) }) { suppliers.append(n) }
      }
    }
    doc.heading(3, T.processors.string)
    if suppliers.isEmpty {
      doc.paragraph(T.noProcessors.string)
    } else {
      doc.paragraph(T.someProcessors.string)
      doc.list(suppliers)
    }
    doc.heading(3, T.outsideEEA.string)
    let transfers = chosen.flatMap(\.transfers).map { t in
      "\(t["recipient"]?.stringValue ?? "") in \(t["country"]?.stringValue ?? ""): \(mechanism(t["mechanism"]?.stringValue))"
    }
    if transfers.isEmpty {
      doc.paragraph(T.noTransfers.string)
    } else {
      doc.paragraph(T.someTransfers.string)
      doc.list(Array(Set(transfers)).sorted())
    }
  }

  /// The safeguard in words.
  static func mechanism(_ raw: String?) -> Text {
    switch raw.flatMap(TransferMechanism.init(rawValue:)) {
    case .adequacy: return T.adequacy
    case .dpf: return T.dpf
    case .scc: return T.scc
    case .bcr: return T.bcr
    default: return T.noSafeguard
    }
  }

  /// "Beveiliging": the measures and policies recorded (art. 32).
  static func security(to doc: inout TextDocument, _ chosen: [ProcessingRecord], _ v: Voice) {
    doc.heading(2, T.security.string)
    var measures: [String] = []
    for a in chosen {
      for m in (a.json["securityMeasures"]?.arrayValue ?? []).compactMap(\.stringValue) where !measures.contains(m) { measures.append(m) }
    }
    var policies: [String] = []
    for a in chosen { if let p = a.json["securityPolicy"]?.stringValue, !policies.contains(p) { policies.append(p) } }
    doc.paragraph(T.securityText(examples: !measures.isEmpty).string)
    doc.list(measures)
    if !policies.isEmpty { doc.paragraph(T.policies(RightsText.joined(policies)).string) }
  }
}
