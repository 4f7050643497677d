import JSON
import Testing

/// Duplicate member names (issue 14, item 11): kept-last by default, refused on request at any
/// depth, with the name and its offset.
@Suite struct DuplicateKeyTests {
  @Test(arguments: [
    (#"{"users":{"a":["x"]},"users":{}}"#, "users", 21),
    (#"{"groups":{},"v":1,"groups":{}}"#, "groups", 19),
    (#"{"users":{"alice":[],"alice":["x"]}}"#, "alice", 21),
    (#"[{"a":1},{"b":1,"b":2}]"#, "b", 16),
  ])
  func aRepeatedMemberIsRefusedWhenAsked(_ text: String, _ name: String, _ offset: Int) throws {
    let e = #expect(throws: JSONParseError.self) {
      try JSONParser.parse(Array(text.utf8), rejectingDuplicateKeys: true)
    }
    #expect(e?.reason == "dubbele naam van een lid \"\(name)\"")  // Dutch: no call, the default language
    #expect(e?.offset == offset)
    // Without the option the last value wins, as before.
    #expect(throws: Never.self) { try JSONParser.parse(text) }
  }

  @Test func distinctMembersAndEqualNamesInSiblingsPass() throws {
    let v = try JSONParser.parse(Array(#"{"a":{"k":1},"b":{"k":2}}"#.utf8), rejectingDuplicateKeys: true)
    #expect(v["b"]?["k"] == 2)
  }
}
