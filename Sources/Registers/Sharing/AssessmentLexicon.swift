/// The words the step plan recognises, as data: the usual partners of a school named in the
/// Handreiking (school doctor, youth care, leerplicht, police, municipality, Veilig Thuis), the data
/// each usually needs, and the words for special categories, data from professionals with a duty
/// of secrecy, whole files, vague and commercial purposes. Matching is on whole words, lower case.
/// A change of practice is a change of these tables.
public enum AssessmentLexicon {
  /// A partner of the school the Handreiking names.
  public enum Partner: String, Sendable, CaseIterable {
    /// The school doctor or nurse (JGZ, GGD): a professional with a duty of secrecy.
    case schoolDoctor
    /// Youth care, wijkteam, CJG: professionals with a duty of secrecy.
    case youthCare
    /// The leerplichtambtenaar (Leerplichtwet 1969) or RMC.
    case attendance
    /// The police or public prosecutor.
    case police
    /// The municipality.
    case municipality
    /// Veilig Thuis: a report under the Meldcode.
    case veiligThuis
  }

  /// Words in the recipient's name or the purpose that identify the partner (first match wins, in this order).
  public static let partnerWords: [(Partner, [String])] = [
    (.veiligThuis, ["veilig thuis", "meldcode", "amhk"]),
    (.schoolDoctor, ["jeugdarts", "schoolarts", "jgz", "ggd", "jeugdgezondheidszorg", "school doctor", "jeugdverpleegkundige"]),
    (.youthCare, ["jeugdhulp", "jeugdzorg", "wijkteam", "cjg", "centrum voor jeugd en gezin", "ggz", "youth care", "jeugd-ggz"]),
    (.attendance, ["leerplicht", "leerplichtambtenaar", "rmc", "attendance officer"]),
    (.police, ["politie", "police", "openbaar ministerie"]),
    (.municipality, ["gemeente", "municipality"]),
  ]

  /// The data categories each partner usually needs for its task; others "look beyond the purpose".
  public static let usualNeeds: [Partner: [String]] = [
    .attendance: ["name", "naam", "birthdate", "birth date", "geboortedatum", "address", "adres", "class", "klas", "absence", "verzuim", "bsn", "contact details", "contactgegevens", "phone", "telefoonnummer"],
    .schoolDoctor: ["name", "naam", "birthdate", "birth date", "geboortedatum", "address", "adres", "class", "klas", "contact details", "contactgegevens", "absence", "verzuim"],
  ]

  /// Categories that mean "the whole file": never shared as such (Handreiking ch. 9).
  public static let wholeFile = ["dossier", "leerlingdossier", "file", "whole file", "all", "alles", "everything", "lvs", "leerlingvolgsysteem", "complete file", "volledig dossier"]

  /// Data that comes from a professional with a duty of secrecy (school doctor, youth care, psychologist).
  public static let secrecyWords = ["jeugdarts", "schoolarts", "hulpverlener", "psycholoog", "psychologist", "orthopedagoog", "behandelaar", "therapeut", "therapist", "jeugdhulpverslag", "medisch verslag", "ggz"]

  /// Purposes too vague to be specific (art. 5(1)(b)).
  public static let vaguePurposes = ["overleg", "informatie", "zorg", "algemeen", "samenwerking", "information", "care", "general", "consultation", "cooperation"]

  /// Words that make a purpose commercial: never compatible with education (art. 6(4)); consent only.
  public static let commercialWords = ["marketing", "reclame", "advertising", "advertentie", "commercieel", "commercial", "verkoop", "sales", "sponsor"]

  /// The partner named in `recipient` or `purpose`, if any.
  public static func partner(recipient: String, purpose: String) -> Partner? {
    let text = " " + normal(recipient + " " + purpose) + " "
    return partnerWords.first { _, words in words.contains { text.contains(" \($0) ") } }?.0
  }

  /// Lower case, punctuation as space, single spaces.
  public static func normal(_ s: String) -> String {
    let spaced = String(s.lowercased().map { (c: Character) -> Character in c.isLetter || c.isNumber || c == "-" ? c : " " })
    return spaced.split(separator: " ").joined(separator: " ")
  }

  /// Whether `category` is, or has as a whole word or phrase, one of `words`.
  public static func matches(_ category: String, _ words: [String]) -> Bool {
    let text = " " + normal(category) + " "
    return words.contains { text.contains(" \(normal($0)) ") }
  }

  /// The special categories (art. 9) and criminal data (art. 10) among `categories`, with the AP
  /// form's names (one vocabulary for breaches and sharing).
  public static func special(_ categories: [String]) -> [String] {
    categories.filter { c in APFormVocabulary.specialCategories.contains { matches(c, $0.words) } }
  }
}
