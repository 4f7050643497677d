/// A small command-line reader: `--flag`, `--option VALUE`, `--option=VALUE` and positionals.
/// Foundation-only projects have no argument-parser package; this is all avgd needs.
struct Arguments {
  private(set) var positionals: [String] = []
  private var options: [String: String] = [:]
  private var flags: Set<String> = []

  /// Parses `args`; `valued` names the options that take a value.
  init(_ args: [String], valued: Set<String>) throws(UsageError) {
    var i = 0
    while i < args.count {
      let a = args[i]
      if a == "--" {
        positionals += args[(i + 1)...]
        break
      } else if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        let name = String(a[a.index(a.startIndex, offsetBy: 2)..<eq])
        guard valued.contains(name) else { throw UsageError("--\(name) takes no value") }
        options[name] = String(a[a.index(after: eq)...])
      } else if a.hasPrefix("--") {
        let name = String(a.dropFirst(2))
        if valued.contains(name) {
          guard i + 1 < args.count else { throw UsageError("--\(name) needs a value") }
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
  }

  /// The value of `--name`.
  func option(_ name: String) -> String? { options[name] }
  /// True when `--name` was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }
  /// The value of `--name` as a uid (a whole number), or nil when not given.
  func uid(_ name: String) throws(UsageError) -> UInt32? {
    guard let v = option(name) else { return nil }
    guard let n = UInt32(v) else { throw UsageError("--\(name) must be a numeric uid, such as 998") }
    return n
  }

  /// Refuses flags not in `known`.
  func check(known: Set<String>) throws(UsageError) {
    for f in flags.union(options.keys) where !known.contains(f) {
      throw UsageError("unknown option --\(f)")
    }
  }
}

/// A command-line mistake: printed with the command's usage, exit status 2.
struct UsageError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
