/// The word lists that find people by the form of what is written rather than by a register
/// (issue 19 item 9; S&V "noem geen namen"): given names, tussenvoegsels, words that look like a
/// name but are institutions or events, roles, and relative moments. Data in one place, to be read
/// and extended without touching the scanners; all lower case.
extension CommunicationLexicon {
  /// Frequent given names in Dutch schools (students, parents, staff), so that "Sanne de Vries" or
  /// "Emma Jansen" is found at the start of a sentence too. Not complete: a name not listed is still
  /// found in the middle of a sentence when a tussenvoegsel follows it.
  static let givenNames: Set<String> = [
    // girls and women
    "anna", "anne", "annemarie", "anouk", "amber", "amira", "aisha", "anja", "britt", "charlotte", "chantal", "daphne",
    "demi", "denise", "elif", "elin", "els", "ellen", "emma", "esmee", "esther", "eva", "evi", "fatima", "fatma",
    "femke", "fenna", "fleur", "floor", "gerda", "hanneke", "hannah", "hatice", "ilse", "inge", "ingrid", "iris",
    "isa", "janneke", "jasmijn", "joke", "judith", "julia", "karin", "kim", "lara", "laura", "lieke", "linda",
    "lisa", "lisanne", "liv", "lotte", "luna", "lynn", "manon", "maria", "marieke", "marit", "marloes", "maud",
    "maya", "merel", "mila", "mirjam", "monique", "nadia", "naomi", "nina", "noa", "nora", "nova", "olivia", "petra",
    "priya", "puck", "ria", "romy", "rosa", "saar", "sabine", "salma", "samira", "sanne", "sara", "sarah", "sharon",
    "sophie", "sophia", "suze", "tess", "truus", "veerle", "vera", "wilma", "yara", "yasmina", "zara", "zeynep", "zoë",
    // boys and men
    "adam", "ahmed", "anton", "arjen", "ayoub", "bart", "bas", "bert", "bilal", "boaz", "bram", "cor", "daan",
    "dennis", "dirk", "emre", "erik", "finn", "frank", "fred", "gerrit", "gert", "gijs", "hans", "harm", "hendrik",
    "henk", "hugo", "ibrahim", "jaap", "jacob", "jan", "jasper", "jelle", "jens", "jeroen", "jesse", "johan", "joost",
    "joris", "jos", "julian", "jurre", "kasper", "kees", "kevin", "klaas", "koen", "lars", "lennard", "levi",
    "liam", "lucas", "luuk", "maarten", "marcel", "marco", "martijn", "mats", "max", "mees", "mehmet", "michiel",
    "milan", "mohamed", "mohammed", "niels", "nick", "noah", "olivier", "omar", "paul", "peter", "piet", "pieter",
    "pim", "quinten", "rens", "rik", "rob", "roel", "ruben", "ruud", "rutger", "sam", "sander", "sem", "siem",
    "stijn", "sven", "teun", "theo", "thijs", "thomas", "tijn", "tim", "tom", "ton", "vince", "vincent", "wessel",
    "willem", "wim", "wouter", "xander", "youssef", "yusuf",
  ]

  /// Tussenvoegsels as they stand between a given name and a surname ("Jan van der Berg"), as word
  /// sequences; the longest that fits is taken. "in de" and "uit de" are left out: rare in names,
  /// frequent in ordinary sentences ("Kerstmis in de Aula").
  static let tussenvoegsels: [[String]] = [
    ["van", "der"], ["van", "den"], ["van", "de"], ["van", "het"], ["van", "t"], ["in", "t"], ["op", "de"],
    ["op", "den"], ["op", "t"], ["op", "ten"], ["de", "la"], ["van"], ["de"], ["den"], ["der"], ["ten"], ["ter"], ["te"], ["t"], ["la"], ["le"], ["du"],
    ["von"], ["da"], ["el"],
  ]

  /// Capitalised words that start names of institutions, events and places, never a person's
  /// given name: "Dag van de Leraar", "Inspectie van het Onderwijs", "Ministerie van OCW".
  static let nonNames: Set<String> = [
    "dag", "week", "maand", "jaar", "nacht", "ministerie", "inspectie", "universiteit", "hogeschool", "gemeente",
    "provincie", "stichting", "vereniging", "raad", "hof", "kamer", "commissie", "museum", "huis", "college",
    "lyceum", "school", "academie", "centrum", "dienst", "bureau", "afdeling", "kerk", "koninkrijk", "staat",
    "prijs", "feest", "cursus", "ouderraad", "medezeggenschapsraad", "mr", "gmr", "autoriteit", "rijksmuseum",
    "bibliotheek", "theater", "stadion", "park", "station", "markt", "plein", "straat", "weg", "laan",
    "gymnasium", "atheneum", "instituut", "fonds", "kasteel", "paleis", "slot", "fort", "molen", "boerderij",
    "kinderboerderij", "dierentuin", "camping", "hotel", "restaurant", "zwembad", "sporthal", "basisschool",
    "kindcentrum", "brede", "orkest", "koor", "club", "sint", "koning", "koningin", "prins", "prinses",
  ]

  /// Roles that, with a relative moment, point at one person ("de conciërge gisteren").
  static let roles: [String] = [
    "docent*", "leraar*", "lerares*", "leerkracht*", "mentor", "conciërge*", "concierge*", "directeur*", "directrice*",
    "teamleider*", "coördinator*", "zorgcoördinator*", "onderwijsassistent*", "stagiair*", "invaller*",
    "invalkracht*", "gymleraar*", "gymdocent*", "vakdocent*", "schoolleider*", "adjunct*", "begeleider*",
    "vertrouwenspersoon", "teacher*", "caretaker*", "principal*", "coach*", "trainer*",
  ]

  /// Relative moments in the past, as word sequences (`*` a prefix): "gisteren", "vorige week",
  /// "afgelopen dinsdag", "last Tuesday". A weekday alone is not one: letters announce events by weekday.
  static let relativeMoments: [[String]] = {
    let days = ["maandag*", "dinsdag*", "woensdag*", "donderdag*", "vrijdag*", "zaterdag*", "zondag*"]
    let englishDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    var out: [[String]] = [
      ["gisteren"], ["eergisteren"], ["gisteravond"], ["gisterochtend"], ["gistermiddag"], ["gisternacht"],
      ["vanochtend"], ["vanmorgen"], ["vanmiddag"], ["vannacht"], ["vorige", "week"], ["afgelopen", "week"],
      ["vorige", "maand"], ["afgelopen", "weekend"], ["vorig", "weekend"], ["yesterday"], ["last", "week"],
      ["last", "night"], ["last", "weekend"], ["this", "morning"],
    ]
    for d in days { out += [["vorige", d], ["afgelopen", d], [d, "jongstleden"], [d, "jl"]] }
    for d in englishDays { out.append(["last", d]) }
    return out
  }()
}
