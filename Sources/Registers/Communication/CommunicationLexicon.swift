/// The communication check's word lists, as data in one place so they can be read, reviewed and
/// extended without touching the scanners (rules.md §3.4, decision 33; categories of AVG art. 9(1)
/// and art. 10). A pattern is one or more words separated by spaces; a word ending in `*` matches
/// any word starting with it. Matching is case-insensitive, on whole words.
enum CommunicationLexicon {
  /// Special-category patterns by category, Dutch.
  static let dutch: [(category: SpecialCategory, patterns: [String])] = [
    (.health, ["ziek*", "diagnos*", "adhd", "autis*", "depressi*", "depressief", "zwanger*", "medicatie",
      "medicijn*", "medisch*", "psychisch*", "psycholo*", "psychiat*", "dyslex*", "dyscalcul*", "handicap*",
      "gehandicapt*", "burn out", "burnout", "overspannen", "kanker", "diabet*", "epilep*", "allergi*",
      "therapie*", "therapeut*", "huisarts*", "hiv", "aids", "eetstoorni*", "anorexia", "zelfbeschadig*",
      "suïcid*", "suicid*", "gezondheid*"]),
    (.religion, ["moslim*", "islam*", "christen", "christenen", "joods*", "jood", "joden", "hindoe*",
      "boeddhis*", "religi*", "geloof", "geloofsovertuiging*", "gelovig*", "moskee*", "synagog*", "hoofddoek*",
      "ramadan"]),
    (.belief, ["levensovertuiging*", "atheïst*", "atheist*"]),
    (.sexualOrientation, ["homo", "homo's", "homoseksu*", "lesbi*", "lesbo", "biseksu*", "transgender*", "lhbt*",
      "queer", "seksuele geaardheid", "seksuele voorkeur"]),
    (.race, ["etnisch*", "etniciteit", "afkomst", "huidskleur", "migratieachtergrond", "allochto*", "ras",
      "racis*"]),
    (.politics, ["politieke voorkeur", "politieke kleur", "politieke overtuiging*"]),
    (.tradeUnion, ["vakbond*"]),
    (.criminal, ["strafblad", "veroordeeld*", "gearresteerd", "justitieel verleden", "taakstraf*",
      "jeugdgevangenis", "reclassering"]),
  ]

  /// Special-category patterns by category, English.
  static let english: [(category: SpecialCategory, patterns: [String])] = [
    (.health, ["sick*", "ill", "illness*", "diagnos*", "adhd", "autis*", "depressed", "depression*",
      "pregnan*", "medication*", "medicine*", "medical*", "mental health", "disabilit*", "disabled", "dyslexi*",
      "cancer", "diabet*", "epilep*", "allerg*", "therap*", "hospital*", "burnout", "burn out",
      "eating disorder*", "self harm", "suicid*", "hiv", "health"]),
    (.religion, ["muslim*", "islam*", "christian", "christians", "jew", "jews", "jewish", "hindu*", "buddhis*",
      "religio*", "mosque*", "synagogue*", "headscarf*", "ramadan"]),
    (.belief, ["atheist*", "philosophical belief*"]),
    (.sexualOrientation, ["gay", "gays", "lesbian*", "bisexual*", "homosexual*", "transgender*", "lgbt*", "queer",
      "sexual orientation"]),
    (.race, ["ethnic*", "racial*", "skin colour", "skin color", "migration background", "racis*"]),
    (.politics, ["political opinion*", "political view*", "political belief*"]),
    (.tradeUnion, ["trade union*", "union member*"]),
    (.criminal, ["criminal record*", "convicted", "conviction*", "arrested", "probation"]),
  ]

  /// Words that introduce a class or group ("klas 3B", "groep 5", "year 9").
  static let classWords: Set<String> = ["klas", "groep", "leerjaar", "mentorgroep", "group", "class", "form", "year", "grade"]
  /// School types written after a year number ("3 havo", "4vwo").
  static let schoolTypes: Set<String> = ["havo", "vwo", "vmbo", "mavo", "atheneum", "gymnasium", "tto", "mbo"]
  /// Month names, Dutch and English, with their usual abbreviations.
  static let months: Set<String> = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "january",
    "february", "march", "may", "june", "july", "august", "october", "mar", "oct",
  ]
  /// Words before a number that make it a student number whatever its length.
  static let studentNumberWords: [[String]] = [
    ["leerlingnummer"], ["leerlingnr"], ["llnr"], ["studentnummer"], ["student", "number"], ["student", "no"],
    ["student", "id"], ["pupil", "number"],
  ]
  /// Titles before a name ("mevrouw Jansen", "Mr Smith"): the next capitalised words are a name.
  static let titles: Set<String> = [
    "meneer", "mevrouw", "mevr", "dhr", "juf", "juffrouw", "meester", "mr", "mrs", "ms", "miss",
  ]
  /// Name particles never flagged alone (tussenvoegsels).
  static let particles: Set<String> = ["de", "der", "den", "van", "von", "het", "ter", "ten", "te", "la", "le", "el", "da", "di", "du", "in", "op", "'t"]
  /// Frequent short words, to guess the text's language for `auto`.
  static let dutchMarkers: Set<String> = ["de", "het", "een", "en", "van", "is", "we", "wij", "hebben", "niet", "zijn", "op", "er", "met", "voor", "uw"]
  /// The English counterparts.
  static let englishMarkers: Set<String> = ["the", "a", "an", "and", "of", "is", "we", "have", "not", "are", "on", "there", "with", "for", "your"]

  /// A category in plain words, Dutch or English.
  static func categoryWords(_ c: SpecialCategory, dutch: Bool) -> String {
    switch c {
    case .health: return dutch ? "gezondheid" : "health"
    case .religion: return dutch ? "godsdienst" : "religion"
    case .belief: return dutch ? "levensovertuiging" : "belief"
    case .sexualOrientation: return dutch ? "seksuele geaardheid" : "sexual orientation"
    case .race: return dutch ? "ras of etnische afkomst" : "racial or ethnic origin"
    case .politics: return dutch ? "politieke opvattingen" : "political opinions"
    case .tradeUnion: return dutch ? "vakbondslidmaatschap" : "trade-union membership"
    case .criminal: return dutch ? "strafrechtelijke gegevens" : "criminal data (AVG art. 10)"
    }
  }

  /// The suggestion for `kind`, in Dutch or English; `word` and `category` fill in special-category ones.
  static func suggestion(_ kind: FindingKind, dutch: Bool, word: String = "", category: String = "") -> String {
    switch (kind, dutch) {
    case (.name, true): return "Laat de naam weg; schrijf 'een leerling', 'een medewerker' of 'een ouder'."
    case (.name, false): return "Leave out the name; say 'a student', 'a staff member' or 'a parent' instead."
    case (.studentNumber, true): return "Laat het leerlingnummer weg: het wijst één leerling aan."
    case (.studentNumber, false): return "Leave out the student number: it points to one student."
    case (.email, true): return "Laat het e-mailadres weg; noem het algemene adres van de school."
    case (.email, false): return "Leave out the e-mail address; give the school's general address instead."
    case (.phone, true): return "Laat het telefoonnummer weg; noem het algemene nummer van de school."
    case (.phone, false): return "Leave out the phone number; give the school's general number instead."
    case (.classAndDate, true): return "Noem klas en datum niet samen: zo zijn leerlingen aan te wijzen; schrijf 'een klas' of 'onlangs'."
    case (.classAndDate, false): return "Don't name the class and the date together: they single people out; say 'a class' or 'recently'."
    case (.specialCategory, true): return "Laat '\(word)' weg: het verwijst naar \(category) (bijzonder persoonsgegeven, AVG art. 9); schrijf 'persoonlijke omstandigheden' of niets."
    case (.specialCategory, false): return "Leave out '\(word)': it points to \(category) (a special category, AVG art. 9); say 'personal circumstances' or nothing."
    }
  }
}
