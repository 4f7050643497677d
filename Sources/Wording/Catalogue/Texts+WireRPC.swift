/// Texts of the JSON-RPC layer beyond the dispatcher's: a request's shape (-32600), a value
/// against its schema (-32602), replies over a limit, the transport's refusals, and the `message`s
/// of avgd's own error codes (JSON-RPC 2.0 §5.1's messages stay as the specification spells them).
extension Texts.Wire {
  // MARK: A request's shape (-32600 data.reason)

  /// `[]`.
  public static let emptyBatch = Text(nl: "een lege batch", en: "an empty batch")
  /// Over `maxBatchSize`.
  public static let batchTooLarge = Text(nl: "batch te groot", en: "batch too large")
  /// A batch element or message that is not an object.
  public static let requestMustBeObject = Text(nl: "een verzoek moet een object zijn", en: "a request must be an object")
  /// A bad `id`.
  public static let idShape = Text(
    nl: "id moet een tekenreeks, een getal of null zijn", en: "id must be a string, a number or null")
  /// A missing or wrong `jsonrpc`.
  public static let jsonrpcVersion = Text(nl: "jsonrpc moet precies \"2.0\" zijn", en: "jsonrpc must be exactly \"2.0\"")
  /// A `method` that is not a string.
  public static let methodMustBeString = Text(nl: "method moet een tekenreeks zijn", en: "method must be a string")
  /// `params` neither object nor array.
  public static let paramsShape = Text(
    nl: "params moet een object of een lijst zijn", en: "params must be an object or an array")
  /// Positional params to a by-name method.
  public static func byNameOnly(_ method: String) -> Text {
    Text(nl: "\(method) neemt params bij naam (een object)", en: "\(method) takes params by name (an object)")
  }
  /// Too many positional params.
  public static func tooManyPositional(_ most: Int, got: Int) -> Text {
    Text(nl: "hoogstens \(most) params op positie, maar het zijn er \(got)", en: "at most \(most) positional params, got \(got)")
  }
  /// A method declared twice (a programming error found at start-up).
  public static func declaredTwice(_ method: String) -> Text {
    Text(nl: "methode \(method) is twee keer gedeclareerd", en: "method \(method) declared twice")
  }
  /// An audited method that did not say what it returned.
  public static func noAuditAnswer(_ method: String) -> Text {
    Text(
      nl: "\(method) heeft niet opgegeven wat het teruggaf voor de inzagelog",
      en: "\(method) did not state what it returned for the audit")
  }

  // MARK: A value against its schema (-32602 data.reason)

  /// A JSON Schema type in words, with its article ("an integer").
  public static func typeName(_ type: String) -> Text {
    switch type {
    case "integer": return Text(nl: "een geheel getal", en: "an integer")
    case "array": return anArray
    case "object": return anObject
    case "string": return aString
    case "boolean": return aBoolean
    case "number": return aNumber
    default: return Text(nl: type, en: type)
    }
  }
  /// The wrong type: "must be an integer, got a string".
  public static func mustBe(_ types: [Text], got kind: String) -> Text {
    Text(
      nl: "moet \(types.map(\.nl).joined(separator: " of ")) zijn, maar is \(kind)",
      en: "must be \(types.map(\.en).joined(separator: " or ")), got \(kind)")
  }
  /// Not one of an enum's values (the value written as JSON).
  public static func unknownJSONValue(_ json: String, allowed: String) -> Text {
    Text(nl: "onbekende waarde \(json); verwacht een van: \(allowed)", en: "unknown value \(json); expected one of: \(allowed)")
  }
  /// Not the one allowed value.
  public static func mustEqual(_ json: String) -> Text { Text(nl: "moet \(json) zijn", en: "must be \(json)") }
  /// Too short.
  public static func atLeastCharacters(_ n: Int) -> Text {
    Text(nl: "moet minstens \(n) tekens lang zijn", en: "must be at least \(n) characters")
  }
  /// Too long.
  public static func atMostCharacters(_ n: Int) -> Text {
    Text(nl: "mag hoogstens \(n) tekens lang zijn", en: "must be at most \(n) characters")
  }
  /// Below the minimum.
  public static func atLeast(_ n: String) -> Text { Text(nl: "moet minstens \(n) zijn", en: "must be at least \(n)") }
  /// Above the maximum.
  public static func atMost(_ n: String) -> Text { Text(nl: "mag hoogstens \(n) zijn", en: "must be at most \(n)") }
  /// Too few elements.
  public static func atLeastElements(_ n: Int) -> Text {
    Text(nl: "moet minstens \(n) element(en) hebben", en: "must have at least \(n) element(s)")
  }
  /// Too many elements.
  public static func atMostElements(_ n: Int) -> Text {
    Text(nl: "mag hoogstens \(n) elementen hebben", en: "must have at most \(n) elements")
  }
  /// An unknown member of an object, with the known names and the closest ones.
  public static func notAMember(known: [String], closest: [String]) -> Text {
    let list = known.joined(separator: ", "), near = Texts.alternatives(closest)
    return Text(
      nl: "is geen bekend lid (bekend: \(list))" + (closest.isEmpty ? "" : "; bedoelt u \(near.nl)?"),
      en: "is not a known member (known: \(list))" + (closest.isEmpty ? "" : "; did you mean \(near.en)?"))
  }
  /// Not a date that exists.
  public static func mustBeDate(got text: String) -> Text {
    Text(
      nl: "moet een bestaande datum YYYY-MM-DD zijn, maar is \"\(text)\"",
      en: "must be a date YYYY-MM-DD that exists, got \"\(text)\"")
  }
  /// Not an RFC 3339 instant.
  public static func mustBeInstant(got text: String) -> Text {
    Text(
      nl: "moet een tijdstip in RFC 3339 zijn, zoals 2026-03-05T09:30:00+01:00 (zonder offset: Amsterdamse tijd), maar is \"\(text)\"",
      en: "must be an instant in RFC 3339, such as 2026-03-05T09:30:00+01:00 (without offset: Amsterdam time), got \"\(text)\"")
  }

  // MARK: Limits and avgd's own error messages

  /// -32008's message.
  public static let replyTooLarge = Text(nl: "Antwoord te groot", en: "Reply too large")
  /// -32008 for the rest of a batch.
  public static func batchRepliesReached(_ limitName: String, _ limit: Int) -> Text {
    Text(
      nl: "de antwoorden van deze batch bereikten \(limitName) (\(limit) bytes), dus dit verzoek is niet uitgevoerd",
      en: "this batch's replies reached \(limitName) (\(limit) bytes), so this request was not run")
  }
  /// -32008 for one reply.
  public static func replyOver(_ size: Int?, _ limitName: String, _ limit: Int) -> Text {
    Text(
      nl: "het antwoord van \(size.map { "\($0) bytes" } ?? "deze aanroep") is groter dan \(limitName) (\(limit) bytes)",
      en: "the reply of \(size.map { "\($0) bytes" } ?? "this call") is over \(limitName) (\(limit) bytes)")
  }
  /// What to do instead of a reply over a limit.
  public static func pageInstead(_ what: Text) -> Text {
    Text(
      nl: "\(what.nl): lees de records per pagina met de .list-methode van het register en de cursor, verfijn de filters, of stuur minder verzoeken per batch",
      en: "\(what.en): read the records a page at a time with the register's .list method and its cursor, narrow the filters, or send fewer requests per batch")
  }
  /// -32800's message (LSP's RequestCancelled).
  public static let requestCancelled = Text(nl: "Verzoek geannuleerd", en: "Request cancelled")
  /// 1001's message.
  public static func notFound(_ what: String, _ id: String) -> Text {
    Text(nl: "\(what) \(id) niet gevonden", en: "\(what) \(id) not found")
  }
  /// 1002's message.
  public static func notAllowedWhile(_ action: String, _ status: String) -> Text {
    Text(
      nl: "\(action) is niet toegestaan zolang het record \(status) is",
      en: "\(action) is not allowed while the record is \(status)")
  }
  /// 1002's message when a duty comes first.
  public static func notAllowedYet(_ action: String, duty: String) -> Text {
    Text(nl: "\(action) is nog niet toegestaan: eerst \(duty)", en: "\(action) is not allowed yet: \(duty) comes first")
  }
  /// -32007's message (jsonrpsee's "Request is too big").
  public static let messageTooLarge = Text(nl: "Verzoek is te groot", en: "Request is too big")
  /// -32009's message.
  public static let serverBusy = Text(nl: "Server bezet", en: "Server busy")
}
