/// The language of every human-readable text in an answer (issue 16 §1): Dutch by default, since
/// the users are Dutch schools and the AP, parents and staff are addressed in Dutch; English for
/// the board's international staff and for integrators reading logs.
///
/// Method names, parameter names and enum values on the wire never change with it: only texts do.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  /// Nederlands: the default.
  case nl
  /// English.
  case en

  /// The language of the call running on this task or thread. The dispatcher binds it for every
  /// call (the call's `language` param, else the daemon's `--language`), so a text deep in the
  /// rules or the registers is rendered in the caller's language without every function passing
  /// it on. Outside a call (start-up, the command line) it is Dutch.
  @TaskLocal public static var current: Language = .nl

  /// The language named by `text` ("nl", "en", case-insensitive; "nl-NL" and "en-GB" too), or nil.
  public init?(tag text: String) {
    let lower = text.lowercased()
    let primary = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
    guard let l = Language(rawValue: primary) else { return nil }
    self = l
  }

  /// Runs `body` with `self` as `Language.current`.
  public func bound<T>(_ body: () throws -> T) rethrows -> T {
    try Language.$current.withValue(self) { try body() }
  }
}
