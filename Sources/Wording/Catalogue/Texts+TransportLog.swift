/// Log lines of the transports and the JSON-RPC server, for the operator reading avgd's stderr or
/// journal (issue 16 §1). They are written outside any call's answer, so they speak the process's
/// language (`Language.processDefault`, set by `avgd serve --language`), never a caller's: render
/// them with `text.logLine`. Peers are named by their actor ("uid 1000 (alice)").
extension Texts {
  /// Operator log lines of the transports.
  public enum TransportLog {
    // MARK: Refused connections (rate-limited, issue 14, item 5)

    /// One refused connection; `reason` says which limit.
    public static func refusedConnection(_ reason: Text) -> Text {
      Text(nl: "verbinding geweigerd: \(reason.nl)", en: "refused a connection: \(reason.en)")
    }
    /// Appended to a refusal line: how many were refused since the last line.
    public static func alsoRefused(_ count: Int, seconds: Int) -> Text {
      Text(
        nl: " (en nog \(count) geweigerd in de laatste \(seconds) s, niet elk apart gelogd)",
        en: " (and \(count) more refused in the last \(seconds) s, not logged one by one)")
    }
    /// Reason: every slot is taken.
    public static func allConnectionsOpen(_ count: Int, uid: UInt32) -> Text {
      Text(nl: "er zijn \(count) verbindingen open (uid \(uid))", en: "\(count) connections are open (uid \(uid))")
    }
    /// Reason: only the reserved slots are left and the caller is not avgd's user or root.
    public static func onlyReservedLeft(open: Int, reserved: Int, uid: UInt32) -> Text {
      Text(
        nl: "er zijn \(open) verbindingen open; de laatste \(reserved) zijn voor de eigen gebruiker van avgd en root (uid \(uid))",
        en: "\(open) connections are open; the last \(reserved) are reserved for avgd's own user and root (uid \(uid))")
    }
    /// Reason: the caller's user is at its own limit.
    public static func userAtLimit(_ uid: UInt32, limit: Int) -> Text {
      Text(nl: "uid \(uid) heeft al \(limit) verbindingen open", en: "uid \(uid) already has \(limit) connections open")
    }
    /// Reason: the caller's uid could not be read.
    public static func peerCredentialsFailed(os: String) -> Text {
      Text(nl: "SO_PEERCRED mislukt: \(os)", en: "SO_PEERCRED failed: \(os)")
    }

    // MARK: The listener

    /// A dead socket file from an earlier run was replaced.
    public static func replacedStaleSocket(_ path: String) -> Text {
      Text(nl: "oud socketbestand \(path) vervangen", en: "replaced stale socket file \(path)")
    }
    /// Connections did not finish within the drain time at shutdown.
    public static func drainTimedOut(_ seconds: Double, closing count: Int) -> Text {
      Text(
        nl: "afronden duurde langer dan \(seconds) s; \(count) verbinding(en) worden gesloten",
        en: "drain timed out after \(seconds) s; closing \(count) connection(s)")
    }
    /// poll failed in the accept loop: no new connections from now on.
    public static func acceptLoopStopped(os: String) -> Text {
      Text(nl: "avgd neemt geen verbindingen meer aan: poll mislukt: \(os)", en: "accept loop stopped: poll failed: \(os)")
    }
    /// accept(2) ran out of file descriptors or memory.
    public static func cannotAccept(os: String) -> Text {
      Text(nl: "kan een verbinding niet aannemen: \(os); zo meteen opnieuw", en: "cannot accept a connection: \(os); retrying shortly")
    }

    // MARK: A connection

    /// A streamed reply (an export) could not be written.
    public static func streamedReplyNotWritten(_ actor: String) -> Text {
      Text(
        nl: "verbinding van \(actor) gesloten: een gestreamd antwoord kon niet worden geschreven",
        en: "closing connection of \(actor): a streamed reply could not be written")
    }
    /// The collected replies could not be written.
    public static func replyNotWritten(_ actor: String) -> Text {
      Text(nl: "verbinding van \(actor) gesloten: het antwoord kon niet worden geschreven", en: "closing connection of \(actor): the reply could not be written")
    }
    /// A message over `maxMessageBytes` was refused unread.
    public static func messageTooLarge(_ limit: Int, from actor: String) -> Text {
      Text(nl: "bericht van meer dan \(limit) bytes van \(actor) geweigerd", en: "refused a message over \(limit) bytes from \(actor)")
    }
    /// A framing error the connection cannot recover from; `message` is the error answered.
    public static func framingError(_ actor: String, message: String) -> Text {
      Text(
        nl: "verbinding van \(actor) gesloten na een fout in de framing: \(message)",
        en: "closing connection of \(actor) after a framing error: \(message)")
    }
    /// A message started but did not end within `requestTimeoutSeconds`.
    public static func messageTooSlow(_ actor: String, seconds: Double) -> Text {
      Text(
        nl: "verbinding van \(actor) gesloten: een bericht deed er langer dan \(seconds) s over om aan te komen",
        en: "closing connection of \(actor): a message took over \(seconds) s to arrive")
    }
    /// No input for `idleTimeoutSeconds`.
    public static func idle(_ actor: String, seconds: Double) -> Text {
      Text(nl: "verbinding van \(actor) gesloten: \(seconds) s niets ontvangen", en: "closing connection of \(actor): idle for \(seconds) s")
    }

    // MARK: The JSON-RPC server

    /// An audited method's handler stated no audit answer (the call fails: no data leaves unaudited).
    public static func noAuditAnswer(_ method: String) -> Text {
      Text(nl: "methode \(method) gaf niet op wat ze teruggaf voor de inzagelog", en: "method \(method) stated no audit answer")
    }
    /// A streamed result asked for by value (in a batch) is over `maxReplyBytes`.
    public static func bufferedReplyTooLarge(_ limit: Int, method: String, actor: String) -> Text {
      Text(
        nl: "gebufferd antwoord van meer dan \(limit) bytes op \(method) voor \(actor) geweigerd: boven maxReplyBytes",
        en: "refused a buffered reply over \(limit) bytes to \(method) for \(actor): over maxReplyBytes")
    }
    /// A reply of `size` bytes is over `maxReplyBytes`.
    public static func replyTooLarge(_ size: Int, method: String, actor: String) -> Text {
      Text(
        nl: "antwoord van \(size) bytes op \(method) voor \(actor) geweigerd: boven maxReplyBytes",
        en: "refused a reply of \(size) bytes to \(method) for \(actor): over maxReplyBytes")
    }
    /// A method threw something other than an RPCError: answered -32603, the cause only logged.
    public static func methodFailed(_ method: String, _ error: String) -> Text {
      Text(nl: "methode \(method) is mislukt: \(error)", en: "method \(method) failed: \(error)")
    }
    /// The same for a notification (nobody gets an answer, so the log is the only trace).
    public static func notificationFailed(_ method: String, _ error: String) -> Text {
      Text(nl: "notificatie \(method) is mislukt: \(error)", en: "notification \(method) failed: \(error)")
    }
  }
}
