import JSON

/// The export columns of the kept step-plan assessments (`sharing.assess`): what was assessed
/// and what the steps said, so an auditor sees the weighing behind a disclosure (AVG art. 5(2)).
enum SharingAssessmentExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    .init("id", "Id", "Kenmerk"),
    .init("assessedOn", "Assessed on", "Getoetst op"),
    .init("recipient.name", "Recipient", "Ontvanger"),
    .init("recipient.role", "Recipient role", "Rol ontvanger"),
    .init("purpose", "Purpose", "Doel"),
    .init("legalBasis", "Legal basis", "Grondslag"),
    .init("specificLaw", "Specific law", "Specifieke wet"),
    .init("dataCategories", "Data categories", "Categorieën gegevens"),
    .init("Students", "Leerlingen") { r in
      (r["students"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.joined(separator: "; ")
    },
    .init("outcome", "Outcome", "Uitkomst"),
    .init("Steps", "Stappen") { r in
      (r["steps"]?.arrayValue ?? []).map { "\($0["step"]?.intValue ?? 0) \($0["outcome"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    .init("registeredBy", "Registered by", "Geregistreerd door"),
  ]
}
