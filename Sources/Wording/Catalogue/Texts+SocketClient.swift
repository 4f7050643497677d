/// Texts of the socket's client side (`avgd call`, `avgd connect`, `avgd export`): what went wrong
/// talking to the daemon and what to do about it (issue 16 §1; refusing a server of another user:
/// issue 14, item 2). Rendered where printed, in the process's language; `os` is the operating
/// system's own wording (`strerror`), kept as it says it.
extension Texts {
  /// Client texts.
  public enum SocketClient {
    /// Nobody listens on the path (ENOENT, ECONNREFUSED).
    public static func noAvgdListening(_ path: String) -> Text {
      Text(
        nl: "geen avgd luistert op \(path); start hem met ./run.sh of avgd serve",
        en: "no avgd is listening on \(path); start it with ./run.sh or avgd serve")
    }
    /// connect(2) was denied (EACCES, EPERM).
    public static func permissionDenied(_ path: String) -> Text {
      Text(
        nl: "geen toegang tot \(path): de socket is alleen voor de gebruiker die avgd draait",
        en: "permission denied on \(path): the socket is private to the user running avgd")
    }
    /// A call on a closed client.
    public static func connectionClosed(_ path: String) -> Text {
      Text(nl: "de verbinding met \(path) is gesloten", en: "the connection to \(path) is closed")
    }
    /// Writing the request failed.
    public static func cannotSend(_ path: String, os: String) -> Text {
      Text(nl: "kan het verzoek niet naar avgd op \(path) sturen: \(os)", en: "cannot send to avgd on \(path): \(os)")
    }
    /// The reply did not come before the deadline.
    public static func noReplyInTime(_ path: String) -> Text {
      Text(nl: "avgd op \(path) heeft niet op tijd geantwoord", en: "no reply from avgd on \(path) in time")
    }
    /// poll reported an error on the connection.
    public static func connectionFailed(_ path: String) -> Text {
      Text(nl: "de verbinding met \(path) is mislukt", en: "the connection to \(path) failed")
    }
    /// The daemon closed before the reply.
    public static func closedBeforeReplying(_ path: String) -> Text {
      Text(
        nl: "avgd heeft de verbinding op \(path) gesloten voordat er een antwoord kwam",
        en: "avgd closed the connection on \(path) before replying")
    }
    /// recv failed.
    public static func cannotRead(_ path: String, os: String) -> Text {
      Text(nl: "kan niet lezen van \(path): \(os)", en: "cannot read from \(path): \(os)")
    }
    /// poll failed in `avgd connect`.
    public static func pollFailed(os: String) -> Text {
      Text(nl: "poll is mislukt: \(os)", en: "poll failed: \(os)")
    }
    /// SO_PEERCRED on the connected socket failed: nothing is sent to an unknown server.
    public static func cannotTellServer(_ path: String, os: String) -> Text {
      Text(
        nl: "kan niet vaststellen wie \(path) bedient (SO_PEERCRED mislukt: \(os)); er wordt niets verstuurd",
        en: "cannot tell who serves \(path) (SO_PEERCRED failed: \(os)); not sending anything")
    }
    /// The server runs as a user the client does not trust (`who`: "name, uid N" or "uid N";
    /// `also`: the uid the client was told to trust too, `--expect-uid`).
    public static func servedByAnotherUser(_ path: String, who: String, ownUID: UInt32, also: UInt32?, serverUID: UInt32) -> Text {
      let nl = also.map { ", root of uid \($0)" } ?? " of root"
      let en = also.map { ", root or uid \($0)" } ?? ", root"
      return Text(
        nl: "avgd weigert \(path): die wordt bediend door \(who), niet door u (uid \(ownUID))\(nl); is dat de gebruiker van avgd, geef dan --expect-uid \(serverUID) mee",
        en: "refusing \(path): it is served by \(who), not by you (uid \(ownUID))\(en); if that is avgd's user, pass --expect-uid \(serverUID)")
    }
  }
}
