import Wording

/// A small command-line reader: `--flag`, `--option VALUE`, `--option=VALUE` and positionals.
/// Foundation-only projects have no argument-parser package; this is all avgd needs.
/// Every command takes `--language nl|en` (issue 16 §1): main.swift has already set the process's
/// language from it before anything is printed (`language(in:)`); here it is checked and kept for
/// the commands that pass it on to the daemon.
struct Arguments {
  private(set) var positionals: [String] = []
  private var options: [String: String] = [:]
  private var flags: Set<String> = []

  /// Parses `args`; `valued` names the options that take a value (`language` always does).
  init(_ args: [String], valued given: Set<String>) throws(UsageError) {
    let valued = given.union(["language"])
    var i = 0
    while i < args.count {
      let a = args[i]
      if a == "--" {
        positionals += args[(i + 1)...]
        break
      } else if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        let name = String(a[a.index(a.startIndex, offsetBy: 2)..<eq])
        guard valued.contains(name) else { throw UsageError(Texts.CommandLine.takesNoValue(name)) }
        options[name] = String(a[a.index(after: eq)...])
      } else if a.hasPrefix("--") {
        let name = String(a.dropFirst(2))
        if valued.contains(name) {
          guard i + 1 < args.count else { throw UsageError(Texts.CommandLine.needsValue(name)) }
          options[name] = args[i + 1]
          i += 1
        } else {
          flags.insert(name)
        }
      } else if a == "-h" {
        flags.insert("help")
      } else {
        positionals.append(a)
      }
      i += 1
    }
    if let l = options["language"], Language(rawValue: l) == nil { throw UsageError(Texts.CommandLine.languageChoices) }
  }

  /// The value of `--name`.
  func option(_ name: String) -> String? { options[name] }
  /// True when `--name` was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }
  /// The value of `--name` as a uid (a whole number), or nil when not given.
  func uid(_ name: String) throws(UsageError) -> UInt32? {
    guard let v = option(name) else { return nil }
    guard let n = UInt32(v) else { throw UsageError(Texts.CommandLine.notAUID(name)) }
    return n
  }

  /// The `--language` given explicitly (checked by `init`), or nil: then the daemon's own applies
  /// to what it answers, and Dutch to what the command itself says.
  var language: Language? { options["language"].flatMap(Language.init(rawValue:)) }

  /// Refuses flags not in `known` (`language` is known to every command).
  func check(known: Set<String>) throws(UsageError) {
    for f in flags.union(options.keys) where !known.contains(f) && f != "language" {
      throw UsageError(Texts.CommandLine.unknownOption(f))
    }
  }

  /// The language a command line names with `--language VALUE` or `--language=VALUE` (before any
  /// `--`), looked for before the command parses anything, so that its usage errors, help and
  /// messages speak it. Nil when none is named or the value is not one avgd speaks (the command's
  /// own parsing then refuses it, in Dutch).
  static func language(in args: [String]) -> Language? {
    var i = 0
    while i < args.count, args[i] != "--" {
      if args[i].hasPrefix("--language=") { return Language(rawValue: String(args[i].dropFirst("--language=".count))) }
      if args[i] == "--language" { return i + 1 < args.count ? Language(rawValue: args[i + 1]) : nil }
      i += 1
    }
    return nil
  }

  /// `args` without its `--language` option (for `avgd store`, whose parser is the Store module's
  /// and knows no language option), or a usage error when its value is not nl or en.
  static func withoutLanguage(_ args: [String]) throws(UsageError) -> [String] {
    var out: [String] = []
    var i = 0
    while i < args.count {
      let a = args[i]
      if a == "--" {
        out += args[i...]
        break
      }
      if a == "--language" || a.hasPrefix("--language=") {
        let value = a == "--language" ? (i + 1 < args.count ? args[i + 1] : nil) : String(a.dropFirst("--language=".count))
        guard let value else { throw UsageError(Texts.CommandLine.needsValue("language")) }
        guard Language(rawValue: value) != nil else { throw UsageError(Texts.CommandLine.languageChoices) }
        i += a == "--language" ? 2 : 1
        continue
      }
      out.append(a)
      i += 1
    }
    return out
  }
}

/// A command-line mistake: printed with the command's usage, exit status 2. It carries the `Text`,
/// rendered when printed, in the command line's language.
struct UsageError: Error {
  /// What was wrong, in both languages.
  let message: Text
  /// A usage error saying `message`.
  init(_ message: Text) { self.message = message }
}
