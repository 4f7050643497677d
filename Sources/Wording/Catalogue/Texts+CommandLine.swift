/// Texts of the command line (`avgd …`, issue 16 §1 and §4): usage errors and what a command writes
/// on stderr. They speak the command's `--language` (every command takes it), else Dutch: the people
/// at the terminal are a school's office and its privacy officer. Option names, commands, method and
/// parameter names, placeholders (METHOD, PARAMS, FILE) and paths are the same in both languages.
extension Texts {
  /// Command-line texts: usage errors and messages.
  public enum CommandLine {
    /// `--name=VALUE` for an option that is a flag.
    public static func takesNoValue(_ option: String) -> Text {
      Text(nl: "--\(option) neemt geen waarde", en: "--\(option) takes no value")
    }

    /// `--name` last on the line, without its value.
    public static func needsValue(_ option: String) -> Text {
      Text(nl: "--\(option) heeft een waarde nodig", en: "--\(option) needs a value")
    }

    /// `--expect-uid` that is not a number.
    public static func notAUID(_ option: String) -> Text {
      Text(nl: "--\(option) moet een uid als getal zijn, zoals 998", en: "--\(option) must be a numeric uid, such as 998")
    }

    /// An option the command does not know.
    public static func unknownOption(_ option: String) -> Text {
      Text(nl: "onbekende optie --\(option)", en: "unknown option --\(option)")
    }

    /// A word the command takes no place for.
    public static func unexpectedArgument(_ word: String) -> Text {
      Text(nl: "onverwacht argument \(word)", en: "unexpected argument \(word)")
    }

    /// `avgd WORD` for a command that does not exist.
    public static func unknownCommand(_ word: String) -> Text {
      Text(nl: "onbekende opdracht \(word)", en: "unknown command \(word)")
    }

    /// `--language` with a value avgd does not speak.
    public static let languageChoices = Text(
      nl: "--language is nl (Nederlands, de standaard) of en (Engels)",
      en: "--language is nl (Dutch, the default) or en (English)")

    /// `avgd call` without a method.
    public static let callNeedsMethod = Text(
      nl: "noem een METHOD, eventueel gevolgd door PARAMS als JSON of als key=value-paren",
      en: "expected METHOD and optionally PARAMS-JSON or key=value pairs")

    /// The daemon's reply could not be parsed.
    public static func replyNotJSON(_ detail: String) -> Text {
      Text(nl: "het antwoord is geen JSON (\(detail))", en: "the reply is not JSON (\(detail))")
    }

    /// The reply to one method of several could not be parsed (`avgd export`).
    public static func replyNotJSON(to method: String, _ detail: String) -> Text {
      Text(nl: "het antwoord op \(method) is geen JSON (\(detail))", en: "the reply to \(method) is not JSON (\(detail))")
    }

    /// The connection broke while a command waited for its answer.
    public static func connectionFailed(_ detail: String) -> Text {
      Text(nl: "de verbinding met avgd viel weg (\(detail))", en: "the connection to avgd failed (\(detail))")
    }

    /// Neither the daemon nor this binary could give the method declarations.
    public static func declarationsUnreadable(_ detail: String) -> Text {
      Text(
        nl: "de beschrijvingen van de methoden konden niet worden gelezen (\(detail))",
        en: "the method declarations could not be read (\(detail))")
    }

    /// `avgd call NAME --help` for a name that is no method.
    public static func notAMethod(_ method: String) -> Text {
      Text(nl: "\(method) is geen methode; `avgd methods` noemt ze allemaal", en: "\(method) is not a method; `avgd methods` lists them")
    }

    /// PARAMS that does not parse as JSON.
    public static func paramsNotJSON(_ detail: String) -> Text {
      Text(
        nl: "PARAMS is geen JSON (\(detail)); geef één JSON-object of key=value-paren",
        en: "PARAMS is not JSON (\(detail)); give a JSON object or key=value pairs")
    }

    /// PARAMS that is JSON but not an object.
    public static let paramsNotAnObject = Text(
      nl: "PARAMS moet een JSON-object zijn (parameters bij naam) of key=value-paren",
      en: "PARAMS must be a JSON object (params by name) or key=value pairs")

    /// A word among key=value pairs without its `=`.
    public static func notKeyValue(_ word: String) -> Text {
      Text(
        nl: "\(word) is geen key=value (gebruik één JSON-object, of alleen key=value-paren)",
        en: "\(word) is not key=value (use one JSON object, or key=value pairs only)")
    }

    /// The same key twice among key=value pairs.
    public static func givenTwice(_ key: String) -> Text {
      Text(nl: "\(key) staat er twee keer", en: "\(key) is given twice")
    }

    /// `avgd report` without a year.
    public static let yearRequired = Text(nl: "--year YYYY is verplicht (een jaartal, zoals 2026)", en: "--year YYYY is required")

    /// A message from `openrpc` about a declared example that no longer holds.
    public static func exampleDoesNotHold(_ problem: String) -> Text {
      Text(nl: "voorbeeld klopt niet meer: \(problem)", en: "example does not hold: \(problem)")
    }
  }
}
