import JSON
import Registers

/// The export columns, in the order of the sections of the AP's meldformulier datalekken
/// (rules.md §3.3), so an export can be copied into the form or shown to the AP (AVG art. 33(5)).
/// English and Dutch headers; the register holds no identities, so neither does the export.
enum BreachExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns, grouped by the AP form's sections 0–9.
  static let all: [Column] = [
    // 0. Over deze melding
    Column("id", "Id", "Kenmerk"),
    Column("kind", "Kind", "Soort"),
    Column("status", "Status", "Status"),
    Column("authorityReport.reference", "AP reference", "Meldnummer AP"),
    Column("Follow-ups", "Vervolgmeldingen") { r in
      (r["authorityReport"]?["followUps"]?.arrayValue ?? []).map { f in
        "\(f["at"]?.stringValue ?? "") \(f["type"]?.stringValue ?? ""): \(f["note"]?.stringValue ?? "")"
      }.joined(separator: "; ")
    },
    Column("Withdrawn", "Ingetrokken") { r in r["authorityReport"]?["withdrawn"] == .bool(true) ? "yes" : "" },
    // 1. Contactgegevens
    Column("school", "School", "School"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
    Column("assessment.assessedBy.name", "Assessed by", "Beoordeeld door"),
    Column("assessment.assessedBy.role", "Assessor's role", "Functie beoordelaar"),
    // 2. Tijdlijn
    Column("occurredAt", "Occurred at", "Datum en tijd datalek"),
    Column("discoveredAt", "Discovered at", "Datum en tijd ontdekking"),
    Column("awareAt", "Aware at", "Datum en tijd kennisname"),
    Column("breachAwareAt", "Aware of the data breach at (reclassified)", "Kennisname datalek (na herclassificatie)"),
    Column("reportBy", "Report to AP by (72 h)", "Melden bij AP uiterlijk (72 uur)"),
    Column("authorityReport.reportedAt", "Reported to AP at", "Gemeld bij AP op"),
    Column("authorityReport.lateReason", "Reason for late report", "Reden late melding"),
    // 3. Gegevens over het datalek
    Column("summary", "Summary", "Samenvatting"),
    Column("assessment.ciaTypes", "Nature (CIA)", "Aard (BIV)"),
    Column("source", "Source", "Bron"),
    // 4. Persoonsgegevens
    Column("assessment.dataCategories", "Personal data", "Soort persoonsgegevens"),
    Column("assessment.specialCategories", "Special categories", "Bijzondere persoonsgegevens"),
    Column("assessment.recordsAffected.min", "Records (min)", "Aantal records (min)"),
    Column("assessment.recordsAffected.max", "Records (max)", "Aantal records (max)"),
    // 5. Groep mensen
    Column("assessment.subjectsAffected.min", "People (min)", "Aantal betrokkenen (min)"),
    Column("assessment.subjectsAffected.max", "People (max)", "Aantal betrokkenen (max)"),
    Column("assessment.subjectCategories", "Groups of people", "Categorieën betrokkenen"),
    Column("assessment.includesMinors", "Includes minors", "Minderjarigen betrokken"),
    // 6. Maatregelen vóór het lek
    Column("assessment.preBreachMeasures", "Measures before the breach", "Maatregelen vóór het lek"),
    // 7. Gevolgen
    Column("assessment.consequences", "Likely consequences", "Gevolgen"),
    Column("assessment.risk", "Risk", "Risico"),
    Column("assessment.riskRationale", "Risk rationale", "Onderbouwing risico"),
    Column("authorityReportRequired", "AP report required", "Melding AP verplicht"),
    // 8. Vervolgacties
    Column("subjectsNotificationRequired", "People must be told", "Betrokkenen informeren verplicht"),
    Column("assessment.exemption.ground", "Art. 34(3) exemption", "Uitzondering art. 34 lid 3"),
    Column("assessment.exemption.justification", "Exemption justification", "Onderbouwing uitzondering"),
    Column("assessment.exemption.publicCommunication", "Public communication", "Openbare mededeling"),
    Column("authorityReport.subjectsNotToldReason", "Why people were not told (AP report)", "Reden betrokkenen niet geïnformeerd (melding AP)"),
    Column("People told at", "Betrokkenen geïnformeerd op") { r in notifications(r) { $0["notifiedAt"]?.stringValue ?? "" } },
    Column("Channel", "Kanaal") { r in notifications(r) { $0["channel"]?.stringValue ?? "" } },
    Column("Notice: contact point", "Mededeling: contactpunt") { r in notifications(r) { $0["content"]?["contactPoint"]?.stringValue ?? "" } },
    Column("Notice: likely consequences", "Mededeling: gevolgen") { r in notifications(r) { $0["content"]?["consequences"]?.stringValue ?? "" } },
    Column("Notice: measures", "Mededeling: maatregelen") { r in notifications(r) { $0["content"]?["measures"]?.stringValue ?? "" } },
    Column("Audience", "Ontvangers") { r in
      notifications(r) { n in
        let a = n["audience"]
        let parts = ["legalRepresentatives", "students", "parentsInformed", "others"].map { "\($0)=\(a?[$0]?.intValue ?? 0)" }
        return parts.joined(separator: " ")
      }
    },
    Column("Measures", "Maatregelen") { r in
      (r["measures"]?.arrayValue ?? []).map { "\($0["at"]?.stringValue ?? "") \($0["description"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    // 9. Overig
    Column("closedAt", "Closed at", "Afgesloten op"),
    Column("lessonsLearned", "Lessons learned", "Geleerde lessen"),
    Column("retainUntil", "Retain until", "Bewaren tot"),
  ]

  /// The art. 34 communications, one cell part each.
  static func notifications(_ r: JSONObject, _ cell: (JSONValue) -> String) -> String {
    (r["notifications"]?.arrayValue ?? []).map(cell).joined(separator: "; ")
  }
}
