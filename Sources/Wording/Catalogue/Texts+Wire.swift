/// Texts of the JSON-RPC layer: what the dispatcher says about a call before any method runs
/// (unknown method or parameter, wrong shape, limits). JSON-RPC 2.0 §5.1's own `message`s stay
/// as the specification spells them; these are the `data.reason`s beside them.
extension Texts {
  /// Dispatcher and parameter texts.
  public enum Wire {
    /// -32601 without a close name.
    public static func noSuchMethod(_ method: String) -> Text {
      Text(
        nl: "er is geen methode \"\(method)\"; rpc.discover noemt alle methoden",
        en: "there is no method \"\(method)\"; rpc.discover lists them all")
    }

    /// -32601 with the closest names.
    public static func noSuchMethod(_ method: String, closest: [String]) -> Text {
      let quoted = Texts.alternatives(closest.map { "\"\($0)\"" })
      return Text(
        nl: "er is geen methode \"\(method)\"; bedoelt u \(quoted.nl)?",
        en: "there is no method \"\(method)\"; did you mean \(quoted.en)?")
    }

    /// An unknown parameter, with the known names and the closest ones.
    public static func notAParameter(of method: String, known: [String], closest: [String]) -> Text {
      let list = known.joined(separator: ", "), near = Texts.alternatives(closest)
      return Text(
        nl: "is geen parameter van \(method)" + (known.isEmpty ? " (die heeft er geen)" : " (bekend: \(list))")
          + (closest.isEmpty ? "" : "; bedoelt u \(near.nl)?"),
        en: "is not a parameter of \(method)" + (known.isEmpty ? " (it takes none)" : " (known: \(list))")
          + (closest.isEmpty ? "" : "; did you mean \(near.en)?"))
    }

    /// A required parameter is missing (or null).
    public static let isRequired = Text(nl: "is verplicht", en: "is required")

    /// The call's `language` is not one avgd speaks.
    public static let languageChoices = Text(
      nl: "kies nl (Nederlands) of en (Engels)", en: "choose nl (Dutch) or en (English)")

  }
}
