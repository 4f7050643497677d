import JSON
import Registers
import Wording

/// The export columns of the consent register: the facts art. 7(1) AVG asks the school to be
/// able to show, and who held consent on the day (UAVG art. 5; rules.md §5 "consent_ref").
enum ConsentExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("school", Texts.Export.school),
    Column("student.id", Texts.Export.Consents.student),
    Column("givenBy.relationship", Texts.Export.Consents.givenByCapacity),
    Column("givenBy.name", Texts.Export.Consents.givenBy),
    Column("givenOn", Texts.Export.Consents.givenOn),
    Column("ageOnGiving", Texts.Export.Consents.studentsAgeThen),
    Column("scope", Texts.Export.Consents.scope),
    Column("purpose", Texts.Export.Consents.purpose),
    Column("studentTakesOverOn", Texts.Export.Consents.studentTakesOverOn),
    Column("withdrawal.on", Texts.Export.Consents.withdrawnOn),
    Column("withdrawal.by.relationship", Texts.Export.Consents.withdrawnByCapacity),
    Column("registeredBy", Texts.Export.registeredBy),
  ]
}
