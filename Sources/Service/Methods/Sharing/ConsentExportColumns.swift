import JSON
import Registers

/// The export columns of the consent register: the facts art. 7(1) AVG asks the school to be
/// able to show, and who held consent on the day (UAVG art. 5; rules.md §5 "consent_ref").
enum ConsentExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("student.id", "Student", "Leerling"),
    Column("givenBy.relationship", "Given by (capacity)", "Gegeven door (hoedanigheid)"),
    Column("givenBy.name", "Given by", "Gegeven door"),
    Column("givenOn", "Given on", "Gegeven op"),
    Column("ageOnGiving", "Student's age then", "Leeftijd leerling toen"),
    Column("scope", "Scope", "Reikwijdte"),
    Column("purpose", "Purpose", "Doel"),
    Column("studentTakesOverOn", "Student takes over on", "Leerling beslist zelf vanaf"),
    Column("withdrawal.on", "Withdrawn on", "Ingetrokken op"),
    Column("withdrawal.by.relationship", "Withdrawn by (capacity)", "Ingetrokken door (hoedanigheid)"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]
}
