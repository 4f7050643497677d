/// Finds e-mail addresses and phone numbers (rules.md §3.4: a neutral message holds no contact
/// details that point to a person). Dutch numbers: 10 digits from a leading 0 (06-12345678,
/// 010-1234567, 020 123 4567); +31 / 0031 followed by 9 digits; other international numbers
/// with 9–15 digits after `+`. Separators: space, hyphen, dot, parentheses.
enum ContactScanner {
  /// E-mail addresses: `local@domain.tld`.
  static func emails(_ t: ScalarText) -> [(start: Int, end: Int)] {
    let s = t.scalars
    var out: [(Int, Int)] = []
    for (at, u) in s.enumerated() where u == "@" {
      var b = at
      while b > 0, isLocal(s[b - 1]) { b -= 1 }
      var e = at + 1
      while e < s.count, isDomain(s[e]) { e += 1 }
      while e > at + 1, s[e - 1] == "." || s[e - 1] == "-" { e -= 1 }
      guard b < at, let dot = s[(at + 1)..<e].lastIndex(of: "."), e - dot > 2, dot > at + 1 else { continue }
      if let last = out.last, last.1 > b { continue }
      out.append((b, e))
    }
    return out
  }

  /// Phone numbers.
  static func phones(_ t: ScalarText) -> [(start: Int, end: Int)] {
    var out: [(Int, Int)] = []
    var i = 0
    while i < t.scalars.count {
      if let end = phone(t, from: i) {
        out.append((i, end))
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  /// The end of a phone number starting at `i`, if one does.
  static func phone(_ t: ScalarText, from i: Int) -> Int? {
    guard !t.isDigit(i - 1), !(t.at(i - 1).map(ScalarText.isWordScalar) ?? false) else { return nil }
    let plus = t.at(i) == "+"
    guard plus || t.at(i) == "0" else { return nil }
    var digits = ""
    var j = plus ? i + 1 : i
    var candidates: [(count: Int, end: Int)] = []
    while j < t.scalars.count {
      if t.isDigit(j) {
        digits.unicodeScalars.append(t.scalars[j])
        j += 1
        if !t.isDigit(j) { candidates.append((digits.count, j)) }
      } else if let u = t.at(j), " -.()".unicodeScalars.contains(u), t.isDigit(j + 1) || (u == " " && t.at(j + 1) == "(") {
        j += 1
      } else {
        break
      }
      if digits.count > 15 { break }
    }
    let target: ClosedRange<Int>
    if plus {
      target = digits.hasPrefix("31") ? 11...11 : 9...15
    } else if digits.hasPrefix("0031") {
      target = 13...13
    } else {
      target = 10...10
    }
    return candidates.last { target.contains($0.count) }?.end
  }

  static func isLocal(_ u: Unicode.Scalar) -> Bool { u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || "._%+-".unicodeScalars.contains(u)) }
  static func isDomain(_ u: Unicode.Scalar) -> Bool { u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "." || u == "-") }
}
