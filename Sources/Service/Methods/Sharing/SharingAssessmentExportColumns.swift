import JSON
import Wording

/// The export columns of the kept step-plan assessments (`sharing.assess`): what was assessed
/// and what the steps said, so an auditor sees the weighing behind a disclosure (AVG art. 5(2)).
enum SharingAssessmentExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column
  private typealias T = Texts.Export.SharingAssessments

  /// The columns, headed in the call's language.
  static let all: [Column] = [
    .init("id", Texts.Export.id),
    .init("school", Texts.Export.school),
    .init("assessedOn", T.assessedOn),
    .init("recipient.name", T.recipient),
    .init("recipient.role", T.recipientRole),
    .init("purpose", T.purpose),
    .init("legalBasis", T.legalBasis),
    .init("specificLaw", T.specificLaw),
    .init("dataCategories", T.dataCategories),
    .init(T.students) { r in
      (r["students"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.joined(separator: "; ")
    },
    .init("outcome", T.outcome),
    .init(T.steps) { r in
      (r["steps"]?.arrayValue ?? []).map { "\($0["step"]?.intValue ?? 0) \($0["outcome"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    .init("registeredBy", T.registeredBy),
  ]
}
