/// Texts of the register exports (issue 16 §2): the headers every register shares, how a boolean
/// reads, and the words inside computed cells. The export's language is the call's (`language`,
/// else `avgd serve --language`, default nl): Dutch headers and values in a `;` CSV with a
/// byte-order mark for Dutch Excel, or English headers and the wire's values in a comma CSV.
extension Texts {
  /// Export texts; the per-register headers are in `Texts+ExportColumns*.swift`, the enum values in
  /// `Texts+ExportValues*.swift`.
  public enum Export {
    /// The column of a record's id.
    public static let id = Text(nl: "Kenmerk", en: "Id")
    /// The column of a record's status (the same word in both languages).
    public static let status = Text.alike("Status")
    /// The column of the school a record belongs to (the same word in both languages).
    public static let school = Text.alike("School")
    /// The column of a SHA-256 hash (the algorithm's name, the same in both languages).
    public static let sha256 = Text.alike("SHA-256")
    /// The column of who registered a record.
    public static let registeredBy = Text(nl: "Geregistreerd door", en: "Registered by")

    /// A boolean that is true.
    public static let yes = Text(nl: "ja", en: "yes")
    /// A boolean that is false.
    public static let no = Text(nl: "nee", en: "no")

    /// The name of the `k`th sheet of a workbook whose register has no usable title.
    public static func sheet(_ k: Int) -> Text { Text(nl: "Blad\(k)", en: "Sheet\(k)") }

    /// One product of a processor agreement in the export: active or not, and its bijsluiter (the
    /// Privacyconvenant's annex; the Dutch word in both languages, as suppliers print it).
    public static func product(_ name: String, active: Bool, annex: String?) -> Text {
      Text(
        nl: "\(name) (\(active ? "actief" : "inactief"); bijsluiter \(annex ?? "ontbreekt"))",
        en: "\(name) (\(active ? "active" : "inactive"); bijsluiter \(annex ?? "missing"))")
    }

    /// A transfer outside the EEA that names no transfer mechanism (AVG art. 46).
    public static let noMechanism = Text(nl: "geen doorgiftemechanisme", en: "no mechanism")

    /// A student in a publication who cannot be recognised in it.
    public static func unrecognisable(_ id: String) -> Text {
      Text(nl: "\(id) (onherkenbaar)", en: "\(id) (unrecognisable)")
    }
  }
}

extension Text {
  /// A word the same in both languages on purpose (a name, `Status`, `School`, or an enum value
  /// whose Dutch label is the wire value itself, such as `open`): said once, so a reader of the
  /// catalogue sees it is not a missing translation.
  static func alike(_ word: String) -> Text { Text(nl: word, en: word) }
}
