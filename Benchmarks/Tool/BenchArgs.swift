import Foundation

/// A plain benchmark failure with a message.
struct BenchError: Error, CustomStringConvertible {
  /// What went wrong.
  let description: String
  /// An error saying `message`.
  init(_ message: String) { description = message }
}

/// Positional command-line arguments and the shared output helpers.
enum BenchArgs {
  /// Argument `index` as text.
  static func string(_ args: [String], _ index: Int) throws -> String {
    guard index < args.count else { throw BenchError("missing argument \(index)") }
    return args[index]
  }

  /// Argument `index` as a positive integer.
  static func int(_ args: [String], _ index: Int) throws -> Int {
    guard let n = Int(try string(args, index)), n > 0 else { throw BenchError("argument \(index) must be a positive integer") }
    return n
  }

  /// Seconds on a monotonic clock.
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// The process's peak resident set size in MiB (getrusage reports KiB on Linux).
  static func maxRSSMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Prints `fields` as one JSON object (numbers and strings only).
  static func emit(_ fields: [(String, Any)]) {
    let body = fields.map { key, value -> String in
      switch value {
      case let d as Double: return "\"\(key)\":\(String(format: "%.6g", d))"
      case let i as Int: return "\"\(key)\":\(i)"
      default: return "\"\(key)\":\"\(value)\""
      }
    }
    print("{" + body.joined(separator: ",") + "}")
  }
}
