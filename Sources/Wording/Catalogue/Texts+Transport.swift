/// Texts of the transports: why a message's framing (its Content-Length header section, not its
/// JSON) could not be read. They are answered with -32700 before any request exists, so they are
/// in the daemon's language (`avgd serve --language`), which each connection's thread is bound to.
extension Texts {
  /// Framing texts.
  public enum Transport {
    /// The header section is longer than the limit.
    public static func headerTooLong(_ limit: Int) -> Text {
      Text(nl: "de headers zijn langer dan \(limit) bytes", en: "header section exceeds \(limit) bytes")
    }
    /// No Content-Length header.
    public static let missingLength = Text(nl: "de header Content-Length ontbreekt", en: "missing Content-Length header")
    /// A header byte above 0x7F.
    public static let headerNotASCII = Text(nl: "de headers zijn geen ASCII", en: "header is not ASCII")
    /// A header line without a colon.
    public static let headerLineWithoutColon = Text(
      nl: "onleesbare headerregel (geen dubbele punt)", en: "malformed header line (no colon)")
    /// A Content-Length that is no length.
    public static let invalidLength = Text(nl: "ongeldige Content-Length", en: "invalid Content-Length")
    /// Two different Content-Length headers.
    public static let conflictingLengths = Text(
      nl: "Content-Length staat er twee keer, met verschillende waarden", en: "conflicting Content-Length headers")
    /// A charset other than UTF-8.
    public static func unsupportedCharset(_ charset: String) -> Text {
      Text(
        nl: "tekenset \(charset) wordt niet ondersteund; alleen utf-8",
        en: "unsupported charset \(charset); only utf-8 is accepted")
    }
  }
}
