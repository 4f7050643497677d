import JSON
import Rules

/// The privacy statement (privacyverklaring) for one audience on one date, written from the
/// registers: the controller and FG from the settings, what is processed, why, on which basis,
/// for how long and who receives it from the record of processing activities and the processor
/// register, and the rights from the rules module (AVG art. 12(1), 13, 14; duties.md §3, D8, D9).
public struct PrivacyStatement: Sendable {
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
    if chosen.isEmpty { gaps.append("processing: no activity concerns \(audience.rawValue) on \(on)\(school.map { " at \($0)" } ?? "") (AVG art. 13(1)(c))") }
    for a in chosen where a.retention == nil { gaps.append("processing \(a.id).retention: how long \"\(a.name)\" keeps data (AVG art. 13(2)(a))") }
    guard gaps.isEmpty, let settings else { return (nil, gaps) }
    let v = audience.voice
    let flags = ActivityFlags(chosen)
    var doc = TextDocument()
    doc.heading(1, "Privacyverklaring voor \(audience.titleDutch) van \(school ?? settings.boardName)")
    doc.paragraph(intro(audience, school: school ?? settings.boardName))
    doc.paragraph("Deze privacyverklaring geldt vanaf \(ContactText.dutch(on)).")
    ContactText.controller(to: &doc, settings, school: school, v)
    ContactText.dpo(to: &doc, settings, v)
    doc.heading(2, "Welke gegevens wij verwerken en waarom")
    for a in chosen {
      doc.heading(3, a.name)
      doc.list(ActivityText.lines(a))
    }
    sharing(to: &doc, chosen, processors: processors, v)
    doc.heading(2, "Hoe lang wij gegevens bewaren")
    doc.paragraph("Wij bewaren gegevens niet langer dan nodig is voor het doel waarvoor wij ze verzamelden of dan de wet voorschrijft. De bewaartermijn staat hierboven bij elke verwerking. Na afloop vernietigen wij de gegevens.")
    security(to: &doc, chosen, v)
    doc.heading(2, "Geautomatiseerde besluiten")
    let automated = chosen.filter { $0.criteria.contains(.automatedDecision) }
    if automated.isEmpty {
      doc.paragraph("Wij nemen geen besluiten over \(audience == .parents ? "u of uw kind" : v.you) die alleen door een computer worden genomen.")
    } else {
      doc.paragraph("Bij \(RightsText.joined(automated.map(\.name))) nemen wij besluiten met behulp van een computer. \(v.You) kunt altijd vragen dat een medewerker het besluit beoordeelt, \(v.your) standpunt geven en het besluit aanvechten (AVG art. 22).")
    }
    doc.heading(2, audience == .students ? "Jouw rechten" : "Uw rechten")
    RightsText.append(to: &doc, audience: audience, flags: flags, bands: RightsText.bands(on: on, convention: convention))
    ContactText.request(to: &doc, settings, v)
    ContactText.complaint(to: &doc, settings, v)
    doc.heading(2, "Wijzigingen")
    doc.paragraph("Wij passen deze privacyverklaring aan als wij gegevens anders gaan verwerken. De versie die geldt, staat altijd op onze website. Verandert er iets belangrijks, zoals een nieuw doel of een nieuwe ontvanger, dan laten wij \(v.you) dat actief weten.")
    return (PrivacyStatement(document: doc, activityIDs: chosen.map(\.id)), [])
  }

  /// The opening paragraph: who the statement is for and what it covers (art. 12(1)).
  static func intro(_ audience: Audience, school: String) -> String {
    switch audience {
    case .parents:
      return "\(school) gaat zorgvuldig om met de persoonsgegevens van leerlingen en hun ouders. In deze privacyverklaring leest u welke gegevens wij over uw kind en over u verwerken, waarom wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft."
    case .students:
      return "\(school) gaat zorgvuldig om met jouw persoonsgegevens. Hier lees je welke gegevens wij over jou verwerken, waarom, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten je hebt. Ben je jonger dan 16? Dan gebruiken je ouders of voogd deze rechten voor je; zij krijgen de privacyverklaring voor ouders."
    case .staff:
      return "\(school) gaat zorgvuldig om met de persoonsgegevens van medewerkers en sollicitanten. In deze privacyverklaring leest u welke gegevens wij over u verwerken, waarom wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft."
    }
  }

  /// "Met wie wij gegevens delen": recipients, processors (from the processor register) and
  /// transfers outside the EEA with their mechanism (art. 13(1)(e)–(f)).
  static func sharing(to doc: inout TextDocument, _ chosen: [ProcessingRecord], processors: Register, _ v: Voice) {
    doc.heading(2, "Met wie wij gegevens delen")
    var recipients: [String] = []
    for a in chosen {
      for r in a.recipients where r["role"]?.stringValue != RecipientRole.processor.rawValue {
        if let n = r["name"]?.stringValue, !recipients.contains(n) { recipients.append(n) }
      }
    }
    doc.heading(3, "Ontvangers")
    if recipients.isEmpty {
      doc.paragraph("Wij geven deze gegevens niet aan andere organisaties.")
    } else {
      doc.paragraph("Wij geven gegevens alleen aan andere organisaties als de wet dat voorschrijft of toestaat, of met toestemming. Het gaat om:")
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
    doc.heading(3, "Verwerkers")
    if suppliers.isEmpty {
      doc.paragraph("Wij schakelen voor deze verwerkingen geen leveranciers in die gegevens in onze opdracht verwerken.")
    } else {
      doc.paragraph("Sommige leveranciers verwerken gegevens in onze opdracht, bijvoorbeeld voor het leerlingvolgsysteem. Zij mogen de gegevens alleen voor ons en volgens onze afspraken gebruiken. Met elk van hen hebben wij een verwerkersovereenkomst gesloten (AVG art. 28). Het gaat om:")
      doc.list(suppliers)
    }
    doc.heading(3, "Buiten de Europese Economische Ruimte")
    let transfers = chosen.flatMap(\.transfers).map { t in
      "\(t["recipient"]?.stringValue ?? "") in \(t["country"]?.stringValue ?? ""): \(mechanism(t["mechanism"]?.stringValue))"
    }
    if transfers.isEmpty {
      doc.paragraph("Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte.")
    } else {
      doc.paragraph("Sommige gegevens gaan naar een land buiten de Europese Economische Ruimte. Dat mag alleen met passende waarborgen (AVG art. 44–46):")
      doc.list(Array(Set(transfers)).sorted())
    }
  }

  /// The safeguard in Dutch.
  static func mechanism(_ raw: String?) -> String {
    switch raw.flatMap(TransferMechanism.init(rawValue:)) {
    case .adequacy: return "een adequaatheidsbesluit van de Europese Commissie"
    case .dpf: return "het EU-VS Data Privacy Framework"
    case .scc: return "de standaardcontractbepalingen van de Europese Commissie"
    case .bcr: return "bindende bedrijfsvoorschriften"
    default: return "geen waarborg vastgelegd"
    }
  }

  /// "Beveiliging": the measures and policies recorded (art. 32).
  static func security(to doc: inout TextDocument, _ chosen: [ProcessingRecord], _ v: Voice) {
    doc.heading(2, "Beveiliging")
    var measures: [String] = []
    for a in chosen {
      for m in (a.json["securityMeasures"]?.arrayValue ?? []).compactMap(\.stringValue) where !measures.contains(m) { measures.append(m) }
    }
    var policies: [String] = []
    for a in chosen { if let p = a.json["securityPolicy"]?.stringValue, !policies.contains(p) { policies.append(p) } }
    doc.paragraph("Wij beveiligen persoonsgegevens met passende technische en organisatorische maatregelen (AVG art. 32), zodat alleen wie de gegevens voor zijn of haar werk nodig heeft, erbij kan.\(measures.isEmpty ? "" : " Bijvoorbeeld:")")
    doc.list(measures)
    if !policies.isEmpty { doc.paragraph("De afspraken staan in \(RightsText.joined(policies)).") }
  }
}
