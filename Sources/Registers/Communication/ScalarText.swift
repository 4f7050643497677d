/// A text as Unicode scalars with its words, the common ground of the communication check's
/// scanners: offsets are scalar indices (documented in Protocol/communication.md).
struct ScalarText {
  /// One word: a run of letters and digits.
  struct Word {
    /// First scalar.
    let start: Int
    /// One past the last scalar.
    let end: Int
    /// Lowercased.
    let lower: String
    /// True when it starts with an uppercase letter.
    let capitalised: Bool
  }

  /// The scalars.
  let scalars: [Unicode.Scalar]
  /// The words, in order.
  let words: [Word]

  /// Splits `text` into words.
  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    var words: [Word] = []
    var i = 0
    while i < scalars.count {
      guard Self.isWordScalar(scalars[i]) else {
        i += 1
        continue
      }
      let start = i
      while i < scalars.count, Self.isWordScalar(scalars[i]) { i += 1 }
      let word = Self.string(scalars[start..<i])
      words.append(
        Word(start: start, end: i, lower: word.lowercased(), capitalised: scalars[start].properties.isUppercase))
    }
    self.words = words
  }

  /// The text of `start..<end`.
  func slice(_ start: Int, _ end: Int) -> String { Self.string(scalars[start..<end]) }

  /// True for an ASCII digit at `i` (false out of range).
  func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }

  /// The scalar at `i`, or nil out of range.
  func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

  /// True for a scalar that belongs to a word: a letter, a digit or a combining mark.
  static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
    u.properties.isAlphabetic || ("0"..."9").contains(u) || u.properties.generalCategory == .nonspacingMark
  }

  static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s)
    return String(out)
  }
}
