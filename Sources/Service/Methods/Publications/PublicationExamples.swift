import JSON

/// The words the `publications.*` examples send (what a school's caller writes in a description,
/// a name or a note), kept apart as data: they are no texts avgd says.
enum PublicationExamples {
  /// The 16-year-old who consents herself.
  static let studentName: JSONValue = "L. de Boer"
  /// The sports-day publication.
  static let sportsDay: JSONValue = "Foto's sportdag"
  /// The October newsletter.
  static let newsletter: JSONValue = "Nieuwsbrief oktober: schoolreis"
  /// The printed school guide.
  static let schoolGuide: JSONValue = "Schoolgids 2026-2027, p. 4"
  /// The parent who signed one school's form.
  static let parentName: JSONValue = "J. de Vries"
  /// The open-day publication of one school.
  static let openDay: JSONValue = "Foto's open dag"
  /// The school of the examples that name one (as the breach and request examples).
  static let school: JSONValue = "Brederocollege"
  /// Another school of the board.
  static let otherSchool: JSONValue = "Het Baken"
  /// What was done at the take-down.
  static let takeDownNote: JSONValue = "pagina offline gehaald"
}
