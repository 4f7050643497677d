import JSON
import Registers
import Wording

/// The export columns, in the order of the sections of the AP's meldformulier datalekken
/// (rules.md §3.3), so an export can be copied into the form or shown to the AP (AVG art. 33(5)).
/// English and Dutch headers; the register holds no identities, so neither does the export.
enum BreachExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns, grouped by the AP form's sections 0–9.
  static let all: [Column] = [
    // 0. Over deze melding
    Column("id", Texts.Export.id),
    Column("kind", Texts.Export.Breaches.kind),
    Column("status", Texts.Export.status),
    Column("authorityReport.reference", Texts.Export.Breaches.apReference),
    Column(Texts.Export.Breaches.followUps) { r in
      (r["authorityReport"]?["followUps"]?.arrayValue ?? []).map { f in
        "\(f["at"]?.stringValue ?? "") \(f["type"]?.stringValue ?? ""): \(f["note"]?.stringValue ?? "")"
      }.joined(separator: "; ")
    },
    Column(Texts.Export.Breaches.withdrawn) { r in r["authorityReport"]?["withdrawn"] == .bool(true) ? Texts.Export.yes.string : "" },
    // 1. Contactgegevens
    Column("school", Texts.Export.school),
    Column("registeredBy", Texts.Export.registeredBy),
    Column("assessment.assessedBy.name", Texts.Export.Breaches.assessedBy),
    Column("assessment.assessedBy.role", Texts.Export.Breaches.assessorsRole),
    // 2. Tijdlijn
    Column("occurredAt", Texts.Export.Breaches.occurredAt),
    Column("discoveredAt", Texts.Export.Breaches.discoveredAt),
    Column("awareAt", Texts.Export.Breaches.awareAt),
    Column("breachAwareAt", Texts.Export.Breaches.breachAwareAt),
    Column("reportBy", Texts.Export.Breaches.reportBy),
    Column("authorityReport.reportedAt", Texts.Export.Breaches.reportedToAPAt),
    Column("authorityReport.lateReason", Texts.Export.Breaches.reasonForLateReport),
    // 3. Gegevens over het datalek
    Column("summary", Texts.Export.Breaches.summary),
    Column("assessment.ciaTypes", Texts.Export.Breaches.natureCIA),
    Column("source", Texts.Export.Breaches.source),
    // 4. Persoonsgegevens
    Column("assessment.dataCategories", Texts.Export.Breaches.personalData),
    Column("assessment.specialCategories", Texts.Export.Breaches.specialCategories),
    Column("assessment.recordsAffected.min", Texts.Export.Breaches.recordsMin),
    Column("assessment.recordsAffected.max", Texts.Export.Breaches.recordsMax),
    // 5. Groep mensen
    Column("assessment.subjectsAffected.min", Texts.Export.Breaches.peopleMin),
    Column("assessment.subjectsAffected.max", Texts.Export.Breaches.peopleMax),
    Column("assessment.subjectCategories", Texts.Export.Breaches.groupsOfPeople),
    Column("assessment.includesMinors", Texts.Export.Breaches.includesMinors),
    // 6. Maatregelen vóór het lek
    Column("assessment.preBreachMeasures", Texts.Export.Breaches.preBreachMeasures),
    // 7. Gevolgen
    Column("assessment.consequences", Texts.Export.Breaches.likelyConsequences),
    Column("assessment.risk", Texts.Export.Breaches.risk),
    Column("assessment.riskRationale", Texts.Export.Breaches.riskRationale),
    Column("authorityReportRequired", Texts.Export.Breaches.apReportRequired),
    // 8. Vervolgacties
    Column("subjectsNotificationRequired", Texts.Export.Breaches.peopleMustBeTold),
    Column("assessment.exemption.ground", Texts.Export.Breaches.exemption),
    Column("assessment.exemption.justification", Texts.Export.Breaches.exemptionJustification),
    Column("assessment.exemption.publicCommunication", Texts.Export.Breaches.publicCommunication),
    Column("authorityReport.subjectsNotToldReason", Texts.Export.Breaches.peopleNotToldReason),
    Column(Texts.Export.Breaches.peopleToldAt) { r in notifications(r) { $0["notifiedAt"]?.stringValue ?? "" } },
    Column(Texts.Export.Breaches.channel) { r in notifications(r) { $0["channel"]?.stringValue ?? "" } },
    Column(Texts.Export.Breaches.noticeContactPoint) { r in notifications(r) { $0["content"]?["contactPoint"]?.stringValue ?? "" } },
    Column(Texts.Export.Breaches.noticeLikelyConsequences) { r in notifications(r) { $0["content"]?["consequences"]?.stringValue ?? "" } },
    Column(Texts.Export.Breaches.noticeMeasures) { r in notifications(r) { $0["content"]?["measures"]?.stringValue ?? "" } },
    Column(Texts.Export.Breaches.audience) { r in
      notifications(r) { n in
        let a = n["audience"]
        let parts = ["legalRepresentatives", "students", "parentsInformed", "others"].map { "\($0)=\(a?[$0]?.intValue ?? 0)" }
        return parts.joined(separator: " ")
      }
    },
    Column(Texts.Export.Breaches.measures) { r in
      (r["measures"]?.arrayValue ?? []).map { "\($0["at"]?.stringValue ?? "") \($0["description"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    // 9. Overig
    Column("closedAt", Texts.Export.Breaches.closedAt),
    Column("lessonsLearned", Texts.Export.Breaches.lessonsLearned),
    Column("retainUntil", Texts.Export.Breaches.retainUntil),
  ]

  /// The art. 34 communications, one cell part each.
  static func notifications(_ r: JSONObject, _ cell: (JSONValue) -> String) -> String {
    (r["notifications"]?.arrayValue ?? []).map(cell).joined(separator: "; ")
  }
}
