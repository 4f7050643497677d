import Wording

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
    (.politics, ["politieke voorkeur", "politieke kleur", "politieke overtuiging*", "politieke opvatting*",
      "politieke mening", "politieke partij", "partijlid*", "partijlidmaatschap"] + partyPatterns),
    (.tradeUnion, ["vakbondslid*", "lid van de vakbond", "lid van een vakbond", "bij de vakbond", "lid van de aob",
      "aob lid", "lid van de fnv", "fnv lid", "lid van het cnv", "lid van de cnv", "cnv lid", "georganiseerd in de vakbond"]),
    (.criminal, ["strafblad", "veroordeeld*", "gearresteerd", "justitieel verleden", "taakstraf*",
      "jeugdgevangenis", "reclassering", "verdacht", "verdachte", "verdachten", "verdenking*", "politieonderzoek*",
      "aangifte*", "arrestatie*", "aangehouden", "opgepakt", "strafrechtelijk*", "politieverhoor*", "verhoord"]),
    (.sexualOffence, ["zeden*", "misbruik*", "kindermisbruik*", "ontucht*", "grensoverschrijdend*", "aanranding*",
      "aangerand", "verkrachting*", "verkracht", "seksueel misbruik*", "seksuele intimidatie", "grooming"]),
    (.biometric, ["vingerafdruk*", "gezichtsherkenning", "biometri*", "irisscan*", "gezichtsscan*"]),
    (.genetic, ["dna", "genetisch*", "erfelijk*"]),
  ]

  /// Dutch political parties, for "lid van de …" and "stemt op …" (political opinions, art. 9(1)):
  /// the party alone is news, membership or a vote is an opinion.
  static let parties = [
    "vvd", "pvv", "pvda", "cda", "d66", "sp", "groenlinks", "christenunie", "sgp", "fvd", "bbb", "nsc", "volt",
    "denk", "ja21", "50plus", "partij voor de dieren",
  ]
  /// The patterns built from `parties`.
  static let partyPatterns: [String] = parties.flatMap { p in
    ["lid van de \(p)", "lid van \(p)", "stemt op de \(p)", "stemt op \(p)", "stemde op de \(p)", "stemde op \(p)"]
  }

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
    (.politics, ["political opinion*", "political view*", "political belief*", "party member*", "votes for"]),
    (.tradeUnion, ["trade union*", "union member*"]),
    (.criminal, ["criminal record*", "convicted", "conviction*", "arrested", "probation", "suspect", "suspected",
      "police investigation*", "arrest"]),
    (.sexualOffence, ["sexual abuse", "sexually abused", "sexual misconduct", "sexual harassment", "indecent*", "molest*"]),
    (.biometric, ["fingerprint*", "facial recognition", "biometric*"]),
    (.genetic, ["dna", "genetic*"]),
  ]

  /// Innocent uses of a listed word (lower case): the match is skipped when one of `before` is among
  /// the four words before it, or one of `after` among the three words after it ("een verdachte
  /// e-mail", "om misbruik van de gegevens te voorkomen", "het zit in ons DNA"). Keyed by the
  /// pattern as written in the lists.
  static let innocent: [String: (before: Set<String>, after: Set<String>)] = [
    "verdacht": ([], suspiciousThings), "verdachte": ([], suspiciousThings), "suspect": ([], suspiciousThings),
    "suspected": ([], suspiciousThings),
    "misbruik*": (["gegevens", "persoonsgegevens", "data", "om", "tegen", "aanwijzingen", "aanwijzing", "risico", "kans"],
      ["gegevens", "persoonsgegevens", "data", "account", "wachtwoord", "inloggegevens", "voorkomen", "tegengaan"]),
    "dna": (["in", "ons", "onze"], []),
    "grensoverschrijdend*": ([], ["samenwerking", "project", "projecten", "uitwisseling", "onderwijs", "verkeer"]),
    "zeden*": ([], ["en", "gewoonten", "gewoontes"]),
    "ziek*": (["meld", "melden", "afmelden"], ["melden", "meld", "gemeld"]),
    "aangifte*": (["belasting"], ["inkomstenbelasting", "belasting"]),
  ]
  /// Things that can be "verdacht" without anyone being a suspect (phishing notices).
  static let suspiciousThings: Set<String> = [
    "e", "mail", "mails", "email", "emails", "bericht", "berichten", "link", "links", "bijlage", "bijlagen", "activiteit",
    "activiteiten", "inlogpoging", "inlogpogingen", "sms", "sms'je", "website", "websites", "bestand", "bestanden",
    "pakket", "telefoontje", "message", "messages", "activity", "attachment", "login",
  ]
  /// Word prefixes never flagged, though a listed prefix matches them ("ziekmelding").
  static let innocentPrefixes: [String] = ["ziekmeld", "ziekenboeg"]

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
    "meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "juf", "juffrouw", "meester", "mr", "mrs", "ms", "miss",
  ]
  /// Name particles never flagged alone (tussenvoegsels).
  static let particles: Set<String> = ["de", "der", "den", "van", "von", "het", "ter", "ten", "te", "la", "le", "el", "da", "di", "du", "in", "op", "'t"]
  /// Frequent short words, to guess the text's language for `auto`.
  static let dutchMarkers: Set<String> = ["de", "het", "een", "en", "van", "is", "we", "wij", "hebben", "niet", "zijn", "op", "er", "met", "voor", "uw"]
  /// The English counterparts.
  static let englishMarkers: Set<String> = ["the", "a", "an", "and", "of", "is", "we", "have", "not", "are", "on", "there", "with", "for", "your"]

  /// A category in plain words (`Texts.Communication`).
  static func categoryWords(_ c: SpecialCategory) -> Text {
    switch c {
    case .health: Texts.Communication.health
    case .religion: Texts.Communication.religion
    case .belief: Texts.Communication.belief
    case .sexualOrientation: Texts.Communication.sexualOrientation
    case .race: Texts.Communication.race
    case .politics: Texts.Communication.politics
    case .tradeUnion: Texts.Communication.tradeUnion
    case .criminal: Texts.Communication.criminal
    case .sexualOffence: Texts.Communication.sexualOffence
    case .biometric: Texts.Communication.biometric
    case .genetic: Texts.Communication.genetic
    }
  }

  /// What kind of personal data a category is, with its article: criminal data (art. 10, suspicions
  /// included) is not a special category of art. 9, a sexual offence is both.
  static func categoryKind(_ c: SpecialCategory) -> Text {
    switch c {
    case .criminal: Texts.Communication.criminalKind
    case .sexualOffence: Texts.Communication.sexualOffenceKind
    default: Texts.Communication.specialKind
    }
  }

  /// The suggestion for `kind` (`Texts.Communication`); `word` and `category` fill in special-category ones.
  static func suggestion(_ kind: FindingKind, word: String = "", category: SpecialCategory? = nil) -> Text {
    switch kind {
    case .name: Texts.Communication.nameSuggestion
    case .studentNumber: Texts.Communication.studentNumberSuggestion
    case .email: Texts.Communication.emailSuggestion
    case .phone: Texts.Communication.phoneSuggestion
    case .classAndDate: Texts.Communication.classAndDateSuggestion
    case .relativeDate: Texts.Communication.relativeDateSuggestion
    case .specialCategory:
      Texts.Communication.specialCategorySuggestion(
        word: word, category: category.map(categoryWords) ?? Texts.Communication.specialKind,
        article: category.map(categoryKind) ?? Texts.Communication.specialKind)
    }
  }
}
