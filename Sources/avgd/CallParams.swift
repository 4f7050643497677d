import JSON
import Wording

/// The params of `avgd call` as a person types them (issue 16 §4): either one JSON object
/// (`'{"birthDate":"2010-03-15"}'`) or `key=value` pairs (`birthDate=2010-03-15 on=2026-03-15`).
/// A value that reads as a JSON number, object, array or boolean is that JSON value (`limit=10`,
/// `overdue=true`, `'ids=["R-1"]'`); a JSON string in quotes is that string (`'id="123"'`, for a
/// text that would otherwise read as a number); anything else is the text as typed, so dates, ids and
/// sentences need no JSON quoting.
enum CallParams {
  /// The params object from the words after METHOD.
  static func parse(_ words: [String]) throws(UsageError) -> JSONValue {
    if words.isEmpty { return .object(JSONObject()) }
    if words.count == 1, let first = words.first?.unicodeScalars.first, first == "{" || !words[0].contains("=") {
      let value: JSONValue
      do { value = try JSONParser.parse(words[0]) } catch {
        throw UsageError(Texts.CommandLine.paramsNotJSON("\(error)"))
      }
      guard case .object = value else { throw UsageError(Texts.CommandLine.paramsNotAnObject) }
      return value
    }
    var object = JSONObject()
    for word in words {
      guard let eq = word.firstIndex(of: "="), eq != word.startIndex else {
        throw UsageError(Texts.CommandLine.notKeyValue(word))
      }
      let key = String(word[..<eq])
      guard object[key] == nil else { throw UsageError(Texts.CommandLine.givenTwice(key)) }
      object[key] = value(String(word[word.index(after: eq)...]))
    }
    return .object(object)
  }

  /// One typed value: JSON for numbers, objects, arrays, booleans and quoted strings; else text.
  static func value(_ text: String) -> JSONValue {
    // Nil is the answer, not a failure: a value that is not JSON (a date, an id, a sentence) is text as typed.
    guard let parsed = try? JSONParser.parse(text) else { return .string(text) }
    switch parsed {
    case .number, .object, .array, .bool, .string: return parsed
    case .null: return .string(text)
    }
  }
}
