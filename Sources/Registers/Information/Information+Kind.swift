import Wording

/// The record names are the catalogue's English ones: they name the record in JSON-RPC's English
/// `message` ("Privacy statement version PV-2026-0009 not found").
extension RegisterKind {
  /// The published versions of the privacy statement (AVG art. 5(2), 12, 13; duties.md D10):
  /// immutable, so the school can show which statement was in force on a date. A statement
  /// names no data subject, so its reads are not audited.
  public static let information = RegisterKind(
    name: StatementVersions.name, idPrefix: StatementVersions.idPrefix, recordName: Texts.Information.statementVersion,
    personalData: false, school: .single(sharedReads: true))

  /// The board's contact details, data protection officer and request channel (AVG art. 13(1)(a),
  /// (b), 37(7)): one record, replaced by `information.configure`, its history kept.
  public static let informationSettings = RegisterKind(
    name: InformationSettings.register, idPrefix: "IS", recordName: Texts.Information.settings, personalData: false,
    school: .boardShared)
}
