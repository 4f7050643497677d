/// Texts of reading JSON: why a message is not JSON (-32700 `data.reason`), the kinds of JSON
/// values, and what the one field reader says about a member (-32602 `data.reason`).
extension Texts.Wire {
  /// The parser's reasons (RFC 8259), with the byte offset beside them.
  public enum Parse {
    /// "... at byte 12".
    public static func atByte(_ reason: String, _ offset: Int) -> Text {
      Text(nl: "\(reason) op byte \(offset)", en: "\(reason) at byte \(offset)")
    }
    /// Bytes after the value.
    public static let dataAfterValue = Text(nl: "onverwachte gegevens na de JSON-waarde", en: "unexpected data after the JSON value")
    /// The input ends inside a value.
    public static let unexpectedEnd = Text(nl: "onverwacht einde van de invoer", en: "unexpected end of input")
    /// A byte no JSON value starts with.
    public static let unexpectedCharacter = Text(nl: "onverwacht teken", en: "unexpected character")
    /// Not `true`, `false` or `null`.
    public static let invalidLiteral = Text(nl: "ongeldige letterlijke waarde", en: "invalid literal")
    /// Too deep.
    public static func tooDeep(_ levels: Int) -> Text {
      Text(nl: "dieper genest dan \(levels) niveaus", en: "nesting deeper than \(levels) levels")
    }
    /// An object member without a quoted name.
    public static let memberNameExpected = Text(nl: "naam van een lid verwacht", en: "expected a member name")
    /// A name twice in one object.
    public static func duplicateMember(_ name: String) -> Text {
      Text(nl: "dubbele naam van een lid \"\(name)\"", en: "duplicate member name \"\(name)\"")
    }
    /// No `:` after a member name.
    public static let colonExpected = Text(nl: "':' verwacht", en: "expected ':'")
    /// No `,` or `}` after a member.
    public static let objectEndExpected = Text(nl: "',' of '}' verwacht", en: "expected ',' or '}'")
    /// No `,` or `]` after an element.
    public static let arrayEndExpected = Text(nl: "',' of ']' verwacht", en: "expected ',' or ']'")
    /// The input ends inside a number.
    public static let endInNumber = Text(nl: "onverwacht einde van de invoer in een getal", en: "unexpected end of input in a number")
    /// Not a JSON number.
    public static let invalidNumber = Text(nl: "ongeldig getal", en: "invalid number")
    /// `1.`.
    public static let digitAfterPoint = Text(
      nl: "ongeldig getal: cijfer verwacht na '.'", en: "invalid number: digit expected after '.'")
    /// `1e`.
    public static let digitInExponent = Text(
      nl: "ongeldig getal: cijfer verwacht in de exponent", en: "invalid number: digit expected in exponent")
    /// A number over 512 characters.
    public static let numberTooLong = Text(nl: "getal langer dan 512 tekens", en: "number longer than 512 characters")
    /// Bytes that are not UTF-8.
    public static let invalidUTF8 = Text(nl: "ongeldige UTF-8 in een tekenreeks", en: "invalid UTF-8 in a string")
    /// A raw control character.
    public static let controlCharacter = Text(
      nl: "onbeschermd stuurteken in een tekenreeks", en: "unescaped control character in a string")
    /// `\uD800` alone.
    public static let loneHighSurrogate = Text(
      nl: "losse hoge surrogaat in een tekenreeks", en: "lone high surrogate in a string")
    /// A high surrogate followed by something else.
    public static let invalidSurrogatePair = Text(
      nl: "ongeldig surrogaatpaar in een tekenreeks", en: "invalid surrogate pair in a string")
    /// `\uDC00` alone.
    public static let loneLowSurrogate = Text(nl: "losse lage surrogaat in een tekenreeks", en: "lone low surrogate in a string")
    /// `\u` not followed by four hex digits.
    public static let invalidUnicodeEscape = Text(nl: "ongeldige \\u-escape", en: "invalid \\u escape")
    /// `\x`.
    public static let invalidEscape = Text(nl: "ongeldige escape", en: "invalid escape sequence")
    /// No closing quote.
    public static let unterminatedString = Text(nl: "niet afgesloten tekenreeks", en: "unterminated string")
    /// `\u12` at the end.
    public static let truncatedUnicodeEscape = Text(nl: "afgebroken \\u-escape", en: "truncated \\u escape")
    /// `\u12G4`.
    public static let invalidHexDigit = Text(nl: "ongeldig hexadecimaal cijfer in een \\u-escape", en: "invalid hex digit in \\u escape")
  }

  // MARK: Kinds of JSON values ("must be a string, got a number")

  /// A boolean.
  public static let aBoolean = Text(nl: "een booleaanse waarde", en: "a boolean")
  /// A number.
  public static let aNumber = Text(nl: "een getal", en: "a number")
  /// A string.
  public static let aString = Text(nl: "een tekenreeks", en: "a string")
  /// An array.
  public static let anArray = Text(nl: "een lijst", en: "an array")
  /// An object.
  public static let anObject = Text(nl: "een object", en: "an object")

  // MARK: The field reader (-32602 data.reason)

  /// "must be a string, got a number".
  public static func mustBeString(got kind: String) -> Text {
    Text(nl: "moet een tekenreeks zijn, maar is \(kind)", en: "must be a string, got \(kind)")
  }
  /// An empty text.
  public static let mustNotBeEmpty = Text(nl: "mag niet leeg zijn", en: "must not be empty")
  /// Not an integer.
  public static func mustBeInteger(got kind: String) -> Text {
    Text(nl: "moet een geheel getal zijn, maar is \(kind)", en: "must be an integer, got \(kind)")
  }
  /// Not a boolean.
  public static func mustBeBoolean(got kind: String) -> Text {
    Text(nl: "moet true of false zijn, maar is \(kind)", en: "must be true or false, got \(kind)")
  }
  /// Not one of an enum's values.
  public static func unknownValue(_ value: String, allowed: String) -> Text {
    Text(
      nl: "onbekende waarde \"\(value)\"; verwacht een van: \(allowed)",
      en: "unknown value \"\(value)\"; expected one of: \(allowed)")
  }
  /// Not an object.
  public static func mustBeObject(got kind: String) -> Text {
    Text(nl: "moet een object zijn, maar is \(kind)", en: "must be an object, got \(kind)")
  }
  /// Not an array.
  public static func mustBeArray(got kind: String) -> Text {
    Text(nl: "moet een lijst zijn, maar is \(kind)", en: "must be an array, got \(kind)")
  }
  /// A blank element of a list of texts.
  public static let mustBeNonEmptyString = Text(nl: "moet een niet-lege tekenreeks zijn", en: "must be a non-empty string")
}
