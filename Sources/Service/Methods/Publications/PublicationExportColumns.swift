import JSON
import Registers
import Wording

/// The export columns of the two image registers, with Dutch headers for the school's own overview
/// (the consent list per channel the AP asks schools to keep demonstrable, AVG art. 7(1); the
/// publications that rested on it, art. 5(2)).
enum PublicationExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The image-consent columns.
  static let consents: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("student.id", Texts.Export.Consents.student),
    Column("channel", Texts.Export.Consents.channel),
    Column("givenBy.relationship", Texts.Export.Consents.givenByCapacity),
    Column("givenBy.name", Texts.Export.Consents.givenBy),
    Column("givenOn", Texts.Export.Consents.givenOn),
    Column("validFrom", Texts.Export.Consents.validFrom),
    Column("validUntil", Texts.Export.Consents.validUntil),
    Column("ageOnGiving", Texts.Export.Consents.studentsAgeThen),
    Column("studentTakesOverOn", Texts.Export.Consents.studentTakesOverOn),
    Column("withdrawal.on", Texts.Export.Consents.withdrawnOn),
    Column("suspension.on", Texts.Export.Consents.suspendedOn),
    Column("school", Texts.Export.school),
    Column("registeredBy", Texts.Export.registeredBy),
  ]

  /// The publication columns.
  static let publications: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("channel", Texts.Export.Publications.channel),
    Column("publishedOn", Texts.Export.Publications.publishedOn),
    Column("description", Texts.Export.Publications.description),
    Column("location", Texts.Export.Publications.location),
    Column("printed", Texts.Export.Publications.printed),
    Column(Texts.Export.Publications.studentsShown) { r in
      (r["students"]?.arrayValue ?? []).compactMap { s in
        s["id"]?.stringValue.map { s["recognisable"]?.boolValue == false ? Texts.Export.unrecognisable($0).string : $0 }
      }.joined(separator: "; ")
    },
    Column("takenDown.on", Texts.Export.Publications.takenDownOn),
    Column("school", Texts.Export.school),
    Column("registeredBy", Texts.Export.registeredBy),
  ]
}
