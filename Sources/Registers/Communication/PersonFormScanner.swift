/// Finds people's names by their form, whoever they are (S&V "noem geen namen"; issue 19 item 9),
/// so a name is found whether or not a register holds it:
/// - a given name and a surname with tussenvoegsels: "Sanne de Vries", "Jan van der Berg", also an
///   initial ("J. de Vries") or an unlisted given name in the middle of a sentence ("met Ilona van Dam");
/// - a listed given name and a capitalised surname: "Emma Jansen".
/// Institutions and events written the same way ("Dag van de Leraar", "Inspectie van het
/// Onderwijs") are left alone by `CommunicationLexicon.nonNames`. Titles ("mevrouw Jansen") are
/// `NameScanner`'s.
enum PersonFormScanner {
  /// The name spans in `t`; words in `allowed` (an art. 34 notice's addressees) are not flagged.
  static func scan(_ t: ScalarText, allowed: Set<String>) -> [(start: Int, end: Int)] {
    let w = t.words
    var out: [(Int, Int)] = []
    var k = 0
    while k < w.count {
      guard let end = match(t, at: k), !(k..<end).allSatisfy({ allowed.contains(w[$0].lower) || isParticle(w[$0].lower) }) else {
        k += 1
        continue
      }
      out.append((w[k].start, w[end - 1].end))
      k = end
    }
    return out
  }

  /// The end (exclusive word index) of a name starting at word `k`, or nil.
  static func match(_ t: ScalarText, at k: Int) -> Int? {
    let w = t.words
    guard looksLikeGivenName(t, k), k + 1 < w.count else { return nil }
    var j = k + 1
    let particles = tussenvoegsel(t, at: j, afterInitial: initial(t, k))
    j += particles
    guard j < w.count, w[j].capitalised, !isParticle(w[j].lower), !CommunicationLexicon.nonNames.contains(w[j].lower),
      joined(t, w[j - 1].end, w[j].start, allowDot: false) || (j == k + 1 && initial(t, k) && joined(t, w[k].end, w[j].start, allowDot: true))
    else { return nil }
    if particles == 0 {
      // No tussenvoegsel: only a listed given name (or an initial) and a surname that is no sentence start.
      guard CommunicationLexicon.givenNames.contains(w[k].lower) || initial(t, k) else { return nil }
      guard !isUpper(w[j].lower, t, j) else { return nil }
    }
    return j + 1
  }

  /// A capitalised word that can be a given name: listed, an initial ("J."), or any capitalised
  /// word in the middle of a sentence that is not an institution word or an acronym.
  static func looksLikeGivenName(_ t: ScalarText, _ k: Int) -> Bool {
    let w = t.words[k]
    guard w.capitalised, !isParticle(w.lower), !CommunicationLexicon.nonNames.contains(w.lower),
      !CommunicationLexicon.titles.contains(w.lower)
    else { return false }
    if CommunicationLexicon.givenNames.contains(w.lower) || initial(t, k) { return true }
    return !isUpper(w.lower, t, k) && !sentenceStart(t, k)
  }

  /// The number of words of the longest tussenvoegsel at word `j` (lower case, single spaces or an
  /// apostrophe between), 0 when none.
  static func tussenvoegsel(_ t: ScalarText, at j: Int, afterInitial: Bool) -> Int {
    let w = t.words
    guard j > 0 else { return 0 }
    for seq in CommunicationLexicon.tussenvoegsels where j + seq.count <= w.count {
      let words = w[j..<(j + seq.count)]
      guard zip(words, seq).allSatisfy({ !$0.capitalised && $0.lower == $1 }) else { continue }
      let first = gapIsName(t, w[j - 1].end, w[j].start) || afterInitial && joined(t, w[j - 1].end, w[j].start, allowDot: true)
      let gapsOK = first && (j + 1..<(j + seq.count)).allSatisfy { i in gapIsName(t, w[i - 1].end, w[i].start) }
      if gapsOK { return seq.count }
    }
    return 0
  }

  /// A single capital followed by a full stop: "J." of "J. de Vries".
  static func initial(_ t: ScalarText, _ k: Int) -> Bool {
    let w = t.words[k]
    return w.end - w.start == 1 && w.capitalised && t.at(w.end) == "."
  }

  /// True for a word written in capitals only (an acronym: "PO-Raad", "AVG").
  static func isUpper(_ lower: String, _ t: ScalarText, _ k: Int) -> Bool {
    let w = t.words[k]
    return w.end - w.start >= 2 && (w.start..<w.end).allSatisfy { t.scalars[$0].properties.isUppercase || ("0"..."9").contains(t.scalars[$0]) }
  }

  /// True when word `k` starts the text, a line or a sentence.
  static func sentenceStart(_ t: ScalarText, _ k: Int) -> Bool {
    var i = t.words[k].start - 1
    while i >= 0, t.scalars[i] == " " || t.scalars[i] == "\t" || t.scalars[i] == "\"" || t.scalars[i] == "(" || t.scalars[i] == "'" { i -= 1 }
    guard i >= 0 else { return true }
    return ".!?:\n\r•-".unicodeScalars.contains(t.scalars[i])
  }

  /// True for a lower-case tussenvoegsel word standing alone.
  static func isParticle(_ lower: String) -> Bool { CommunicationLexicon.particles.contains(lower) || lower == "t" }

  /// Only spaces or an apostrophe (van 't) between two words of a name.
  static func gapIsName(_ t: ScalarText, _ from: Int, _ to: Int) -> Bool {
    to > from && (from..<to).allSatisfy { t.scalars[$0] == " " || t.scalars[$0] == "'" || t.scalars[$0] == "’" }
  }

  /// Exactly the gap between two words of a name: spaces (and, after an initial, its full stop).
  static func joined(_ t: ScalarText, _ from: Int, _ to: Int, allowDot: Bool) -> Bool {
    to > from && (from..<to).allSatisfy { t.scalars[$0] == " " || allowDot && t.scalars[$0] == "." && $0 == from }
  }
}
