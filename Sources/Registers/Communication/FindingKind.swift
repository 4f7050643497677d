/// What the communication check found (rules.md §3.4 "lint both for names, student numbers,
/// e-mail addresses, class + date combinations that single someone out, and health, religion or
/// other special-category words"; decision 33).
public enum FindingKind: String, Sendable, CaseIterable {
  /// A person's name: known to a register the caller may read, or found by its form (a title and
  /// a name, a given name and a surname, with or without tussenvoegsels).
  case name
  /// A student number (6–9 digits, or any number after "leerlingnummer").
  case studentNumber
  /// An e-mail address.
  case email
  /// A phone number (Dutch 06-, 0xx-, +31, or another international number).
  case phone
  /// A class or group together with a date in one sentence.
  case classAndDate
  /// A class or role right next to a relative moment ("4 havo vorige week dinsdag", "de conciërge
  /// gisteren"): together they point at one person.
  case relativeDate
  /// A word hinting at a special category of AVG art. 9 (or criminal data, art. 10: suspicions,
  /// investigations, sexual offences).
  case specialCategory
}
