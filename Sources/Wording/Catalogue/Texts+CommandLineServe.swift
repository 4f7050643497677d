/// Texts of `avgd serve`: its usage errors and the log lines of a start and a stop. The log lines
/// speak the daemon's `--language` (Dutch unless `--language en`); their level and the pid before
/// them are a format, not a text.
extension Texts.CommandLine {
  /// `--board` that is not a plain id.
  public static let boardShape = Text(
    nl: "--board moet 1–64 letters, cijfers, '-', '_' of '.' zijn (de id van het bestuur, zoals in avgd@ID.service)",
    en: "--board must be 1–64 letters, digits, '-', '_' or '.' (the board's id, as in avgd@ID.service)")

  /// A limit that is not a positive whole number.
  public static func positiveWholeNumber(_ option: String) -> Text {
    Text(nl: "--\(option) moet een positief geheel getal zijn", en: "--\(option) must be a positive whole number")
  }

  /// `--reserved-connections` not below `--max-connections`.
  public static let reservedBelowMax = Text(
    nl: "--reserved-connections moet een geheel getal onder --max-connections zijn",
    en: "--reserved-connections must be a whole number below --max-connections")

  /// A timeout that is not a positive number of seconds.
  public static func positiveSeconds(_ option: String) -> Text {
    Text(nl: "--\(option) moet een positief aantal seconden zijn", en: "--\(option) must be a positive number of seconds")
  }

  /// `--leap-day` with another value.
  public static let leapDayChoices = Text(nl: "--leap-day is march1 of february28", en: "--leap-day must be march1 or february28")

  /// `--complaint-retention-years` out of range.
  public static let complaintRetentionYears = Text(
    nl: "--complaint-retention-years moet een geheel aantal jaren zijn, 1–100",
    en: "--complaint-retention-years must be a whole number of years, 1–100")

  /// `--image-consent-renewal` that is not a date of every year.
  public static let imageConsentRenewal = Text(
    nl: "--image-consent-renewal moet een datum MM-DD zijn die elk jaar bestaat, zoals 08-01",
    en: "--image-consent-renewal must be a date MM-DD that exists every year, such as 08-01")

  /// `--staff-grace-days` out of range.
  public static let staffGraceDays = Text(
    nl: "--staff-grace-days moet een geheel aantal dagen zijn, 0–365",
    en: "--staff-grace-days must be a whole number of days, 0–365")

  /// `--socket-mode` that is not an octal mode.
  public static let socketModeOctal = Text(nl: "--socket-mode moet octaal zijn, zoals 0660", en: "--socket-mode must be octal, such as 0660")

  /// `--log-level` with another value.
  public static let logLevelChoices = Text(
    nl: "--log-level is debug, info, warning of error", en: "--log-level must be debug, info, warning or error")

  /// Log: a signal other than the three named ones.
  public static func signal(_ number: Int32) -> Text {
    Text(nl: "signaal \(number)", en: "signal \(number)")
  }

  /// Log: a stop signal arrived (SIGHUP too: it reloads nothing).
  public static func stopping(_ signal: String) -> Text {
    Text(
      nl: "\(signal): avgd stopt in volgorde (SIGHUP leest niets opnieuw in: herstart om een gewijzigd rollenbestand te lezen)",
      en: "\(signal): stopping in order (SIGHUP reloads nothing: restart to read a changed roles file)")
  }

  /// Log: serving on a socket from systemd socket activation.
  public static let servingSystemdSocket = Text(
    nl: "bedient de socket die systemd doorgaf", en: "serving on the socket passed by systemd")

  /// Log: bound to a socket, and how to call it.
  public static func listening(_ path: String) -> Text {
    Text(
      nl: "luistert op \(path); aanroepen met: avgd call --socket \(path) service.info",
      en: "listening on \(path); call it with: avgd call --socket \(path) service.info")
  }

  /// Log: the store in use.
  public static func storeInUse(_ directory: String) -> Text {
    Text(nl: "opslag \(directory)", en: "store \(directory)")
  }

  /// Log: requests still running when the drain time was up.
  public static func stillRunning(_ seconds: String) -> Text {
    Text(
      nl: "na \(seconds) s lopen er nog verzoeken; avgd stopt toch",
      en: "in-flight requests still running after \(seconds) s; stopping anyway")
  }

  /// Log: the last line of an orderly stop.
  public static let stopped = Text(nl: "gestopt", en: "stopped")
}
