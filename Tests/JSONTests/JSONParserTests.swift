import JSON
import Testing

/// The parser accepts exactly RFC 8259 and keeps numbers as written.
@Suite struct JSONParserTests {
  @Test(arguments: [
    ("0", "0"), ("-0", "-0"), ("1.5", "1.5"), ("9007199254740993", "9007199254740993"),
    ("1e400", "1e400"), ("-12.50E+3", "-12.50E+3"), ("123456789012345678901234567890", "123456789012345678901234567890"),
  ])
  func numbersKeepTheirText(_ input: String, _ text: String) throws {
    #expect(try JSONParser.parse(input) == .number(JSONNumber(uncheckedText: text)))
    #expect(JSONWriter.string(try JSONParser.parse(input)) == text)
  }

  @Test(arguments: [
    "", " ", "01", "1.", ".5", "+1", "1e", "-", "[1,]", "{\"a\":1,}", "{a:1}", "'x'", "nul", "tru", "[1 2]",
    "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\nb\"", "{\"a\"}", "[", "{", "\"abc", "1 2", "NaN",
    "// c\n1",
  ])
  func rejectsWhatIsNotJSON(_ input: String) {
    #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
  }

  @Test func rejectsInvalidUTF8() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    // An ASCII run first, then a bad byte (the pure-ASCII fast path must not skip validation).
    #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(#""abcdef"#.utf8) + [0xC3, 0x22]) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(#"{"k":"ab"#.utf8) + [0xED, 0xA0, 0x80, 0x22, 0x7D]) }
  }

  @Test func plainStringsKeepTheirTextASCIIOrNot() throws {
    #expect(try JSONParser.parse(#""plain ascii 123""#) == .string("plain ascii 123"))
    #expect(try JSONParser.parse(#"{"naam":"Zoë de Vries","school":"Het Baken"}"#)["naam"] == .string("Zoë de Vries"))
    #expect(try JSONParser.parse([0x22, 0x22]) == .string(""))
  }

  @Test func unescapesStringsAndSurrogatePairs() throws {
    let v = try JSONParser.parse(#""a\"b\\c\/\n\t\u00e9\ud83d\ude00 ✓""#)
    #expect(v == .string("a\"b\\c/\n\té😀 ✓"))
  }

  @Test func nestingIsBounded() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    let ok = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect((try? JSONParser.parse(ok)) != nil)
  }

  @Test func errorsSayWhere() {
    do {
      _ = try JSONParser.parse("{\"a\": tru}")
      Issue.record("expected an error")
    } catch {
      #expect(error.offset == 6)
      #expect(error.reason == "ongeldige letterlijke waarde")  // Dutch: no call, the default language
    }
  }

  @Test func objectsKeepOrderAndLastDuplicateWins() throws {
    let v = try JSONParser.parse(#"{"b":1,"a":2,"b":3}"#)
    #expect(v.objectValue?.keys == ["b", "a"])
    #expect(v["b"] == .int(3))
  }
}

/// The writer produces compact, single-line JSON that parses back to the same value.
@Suite struct JSONWriterTests {
  @Test func escapesControlCharactersAndNeverWritesANewline() {
    let s = JSONWriter.string(.string("line1\nline2\r\u{0001}\"\\"))
    #expect(s == #""line1\nline2\r\u0001\"\\""#)
    #expect(!s.contains("\n"))
  }

  @Test(arguments: [
    #"{"a":[1,2.5,"x",null,true,false],"b":{"c":{}},"d":[]}"#, #"["é😀",-0,1e400]"#, #"{"":""}"#,
  ])
  func roundTrips(_ text: String) throws {
    let v = try JSONParser.parse(text)
    #expect(JSONWriter.string(v) == text)
    #expect(try JSONParser.parse(JSONWriter.pretty(v)) == v)
  }

  @Test func objectEqualityIgnoresMemberOrder() throws {
    #expect(try JSONParser.parse(#"{"a":1,"b":2}"#) == JSONParser.parse(#"{"b":2,"a":1}"#))
  }
}
