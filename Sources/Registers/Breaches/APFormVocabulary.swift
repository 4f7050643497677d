/// The AP form's options as data, and how the school's own category words (as recorded by
/// `breaches.assess`, in English or Dutch) map onto them. A word the form has no option for goes
/// to "Overige gegevens, namelijk: …" in Dutch, so nothing recorded is silently dropped. The option
/// names follow the form version recorded in Protocol/breaches.md; a change of the form's options
/// is a change of these tables.
public enum APFormVocabulary {
  /// One option of a multiple-choice question and the words that select it (lower case).
  public struct Option: Sendable {
    /// The option as the form names it.
    public let formValue: String
    /// The school's words that mean it.
    public let words: [String]
  }

  /// Types of personal data (section 4).
  public static let dataTypes: [Option] = [
    Option(formValue: "Naam-, adres- en woonplaatsgegevens", words: ["name", "naam", "address", "adres", "nawgegevens", "naw"]),
    Option(formValue: "Telefoonnummers", words: ["phone", "telefoon", "telefoonnummer", "phonenumber"]),
    Option(formValue: "E-mailadressen of andere adressen voor elektronische communicatie", words: ["email", "e-mail", "e-mailadres", "emailadres"]),
    Option(formValue: "Toegangs- of identificatiegegevens", words: ["login", "password", "wachtwoord", "inloggegevens", "credentials", "username", "gebruikersnaam"]),
    Option(formValue: "Financiële gegevens", words: ["financial", "financieel", "bank", "iban", "bankrekening", "ouderbijdrage"]),
    Option(formValue: "Paspoortkopieën of kopieën van andere legitimatiebewijzen", words: ["idcopy", "passport", "paspoort", "id copy", "kopie id", "legitimatiebewijs"]),
    Option(formValue: "Geslacht, geboortedatum en/of leeftijd", words: ["birthdate", "birth date", "geboortedatum", "age", "leeftijd", "gender", "sex", "geslacht"]),
    Option(formValue: "Burgerservicenummer (BSN)", words: ["bsn", "pgn", "burgerservicenummer", "persoonsgebonden nummer"]),
  ]

  /// Special categories (art. 9) and criminal data (art. 10), section 4.
  public static let specialCategories: [Option] = [
    Option(formValue: "Godsdienst of levensovertuiging", words: ["religion", "godsdienst", "levensovertuiging", "belief"]),
    Option(formValue: "Ras of etnische afkomst", words: ["race", "ras", "ethnicity", "etniciteit", "etnische afkomst"]),
    Option(formValue: "Politieke opvattingen", words: ["political", "politiek", "politieke opvattingen"]),
    Option(formValue: "Gezondheid", words: ["health", "gezondheid", "medical", "medisch", "diagnosis", "diagnose", "dyslexie", "adhd"]),
    Option(formValue: "Seksueel gedrag of seksuele gerichtheid", words: ["sexual", "seksueel", "seksuele gerichtheid", "sexual orientation"]),
    Option(formValue: "Lidmaatschap van een vakbond", words: ["tradeunion", "trade union", "vakbond", "vakbondslidmaatschap"]),
    Option(formValue: "Genetische gegevens", words: ["genetic", "genetisch"]),
    Option(formValue: "Biometrische gegevens met het oog op unieke identificatie", words: ["biometric", "biometrisch", "fingerprint", "vingerafdruk"]),
    Option(formValue: "Strafrechtelijke gegevens", words: ["criminal", "strafrechtelijk", "strafblad", "politie"]),
  ]

  /// Groups of people (section 5).
  public static let peopleGroups: [Option] = [
    Option(formValue: "Leerlingen of studenten", words: ["students", "student", "leerlingen", "leerling", "pupils", "studenten"]),
    Option(formValue: "Ouders of verzorgers", words: ["parents", "parent", "ouders", "ouder", "verzorgers", "guardians"]),
    Option(formValue: "Werknemers", words: ["staff", "employees", "personeel", "medewerkers", "werknemers", "teachers", "docenten"]),
    Option(formValue: "Sollicitanten", words: ["applicants", "sollicitanten"]),
  ]

  /// The nature of the breach (section 3), by the security property that failed (art. 4(12)).
  public static func nature(_ cia: CIAType) -> String {
    switch cia {
    case .confidentiality: "Lezen (vertrouwelijkheid)"
    case .integrity: "Veranderen (integriteit)"
    case .availability: "Verwijderen of vernietigen (beschikbaarheid)"
    }
  }

  /// Dutch words for the usual school categories that have no option of their own.
  public static let dutch: [String: String] = [
    "grades": "cijfers", "results": "resultaten", "class": "klas", "absence": "verzuim", "photo": "foto's",
    "photos": "foto's", "support needs": "ondersteuningsbehoefte", "student number": "leerlingnummer",
    "notes": "notities", "behaviour": "gedrag", "progress": "voortgang",
  ]

  /// `words` mapped onto `options`: the options ticked (in the form's order), and the words with
  /// no option, in Dutch, for "Overige gegevens, namelijk: …".
  public static func map(_ words: [String], onto options: [Option]) -> (ticked: [String], other: [String]) {
    var hit = Set<Int>()
    var other: [String] = []
    for w in words {
      let key = trimmed(w.lowercased())
      if let i = options.firstIndex(where: { $0.words.contains(key) }) { hit.insert(i) } else {
        let nl = dutch[key] ?? w
        if !other.contains(nl) { other.append(nl) }
      }
    }
    return (options.indices.filter(hit.contains).map { options[$0].formValue }, other)
  }

  /// `s` without white space at either end.
  static func trimmed(_ s: String) -> String {
    String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
