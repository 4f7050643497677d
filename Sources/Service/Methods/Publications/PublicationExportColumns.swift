import JSON
import Registers

/// The export columns of the two image registers, with Dutch headers for the school's own overview
/// (the consent list per channel the AP asks schools to keep demonstrable, AVG art. 7(1); the
/// publications that rested on it, art. 5(2)).
enum PublicationExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The image-consent columns.
  static let consents: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("student.id", "Student", "Leerling"),
    Column("channel", "Channel", "Kanaal"),
    Column("givenBy.relationship", "Given by (capacity)", "Gegeven door (hoedanigheid)"),
    Column("givenBy.name", "Given by", "Gegeven door"),
    Column("givenOn", "Given on", "Gegeven op"),
    Column("validFrom", "Valid from", "Geldig vanaf"),
    Column("validUntil", "Valid until", "Geldig tot en met"),
    Column("ageOnGiving", "Student's age then", "Leeftijd leerling toen"),
    Column("studentTakesOverOn", "Student takes over on", "Leerling beslist zelf vanaf"),
    Column("withdrawal.on", "Withdrawn on", "Ingetrokken op"),
    Column("suspension.on", "Suspended on (parent's request after 16)", "Geschorst op (verzoek ouder na 16)"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]

  /// The publication columns.
  static let publications: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("channel", "Channel", "Kanaal"),
    Column("publishedOn", "Published on", "Gepubliceerd op"),
    Column("description", "What", "Wat"),
    Column("location", "Where", "Waar"),
    Column("printed", "Printed", "Drukwerk"),
    Column("Students shown", "Leerlingen in beeld") { r in
      (r["students"]?.arrayValue ?? []).compactMap { s in
        s["id"]?.stringValue.map { s["recognisable"]?.boolValue == false ? "\($0) (onherkenbaar)" : $0 }
      }.joined(separator: "; ")
    },
    Column("takenDown.on", "Taken down on", "Verwijderd op"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]
}
