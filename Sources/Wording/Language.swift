import Synchronization

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

  /// The language bound to this task or thread (`bound(_:)`), or nil outside any binding.
  @TaskLocal public static var binding: Language?

  /// The language of the call running on this task or thread. The dispatcher binds it for every
  /// call (the call's `language` param, else the daemon's `--language`), so a text deep in the
  /// rules or the registers is rendered in the caller's language without every function passing
  /// it on. Outside a call (start-up, log lines, the store's own threads, the command line) it is
  /// the process's language: `processDefault`.
  public static var current: Language { binding ?? processDefault }

  /// The language of the process outside any call: Dutch unless `avgd serve --language en` (or a
  /// command's `--language`) set it at start. Log lines, start-up messages and texts made on the
  /// store's own threads (an fsync failure found by the flusher) speak it.
  public static var processDefault: Language {
    get { Language(code: process.load(ordering: .relaxed)) }
    set { process.store(newValue.code, ordering: .relaxed) }
  }

  private static let process = Atomic<UInt8>(0)
  private var code: UInt8 { self == .nl ? 0 : 1 }
  private init(code: UInt8) { self = code == 0 ? .nl : .en }

  /// The language named by `text` ("nl", "en", case-insensitive; "nl-NL" and "en-GB" too), or nil.
  public init?(tag text: String) {
    let lower = text.lowercased()
    let primary = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
    guard let l = Language(rawValue: primary) else { return nil }
    self = l
  }

  /// Runs `body` with `self` as `Language.current`.
  public func bound<T>(_ body: () throws -> T) rethrows -> T {
    try Language.$binding.withValue(self) { try body() }
  }
}
