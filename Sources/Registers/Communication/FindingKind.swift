/// What the communication check found (rules.md §3.4 "lint both for names, student numbers,
/// e-mail addresses, class + date combinations that single someone out, and health, religion or
/// other special-category words"; decision 33).
public enum FindingKind: String, Sendable, CaseIterable {
  /// A person's name known to a register, or a name after a title (mevrouw, Mr …).
  case name
  /// A student number (6–9 digits, or any number after "leerlingnummer").
  case studentNumber
  /// An e-mail address.
  case email
  /// A phone number (Dutch 06-, 0xx-, +31, or another international number).
  case phone
  /// A class or group together with a date in one sentence.
  case classAndDate
  /// A word hinting at a special category of AVG art. 9 (or criminal data, art. 10).
  case specialCategory
}
