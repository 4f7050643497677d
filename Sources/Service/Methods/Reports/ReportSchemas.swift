import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// What `reports.*` and `letters.render` share: the params `school` and `language`, the enum
/// schemas, and how a report's input is read from the ledger (each register under its own read
/// lock; a register the ledger does not hold is -32603 naming it, never a report with a section
/// silently missing).
enum ReportSchemas {
  /// `{"type": "string", "enum": [...]}` of a string enum.
  static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["type": "string", "enum": .array(E.allCases.map { .string($0.rawValue) })]
  }

  /// The `language` param: Dutch by default.
  static let language = ParamSpec("language", "nl or en; default: the daemon's --language (nl).", schema: choices(Language.self))
  /// The `school` param (decision 51).
  static let school = ParamSpec("school", "Only this school's records (as recorded in their `school`).", schema: ["type": "string", "minLength": 1])

  /// The registers `names` read from `service` into a report input; -32603 naming a register the
  /// ledger does not hold (a report must not drop a section without saying so).
  static func input(
    _ service: AvgdService, registers names: [String], year: Int, school: String?, language: Language, now: Instant
  ) throws(RPCError) -> ReportInput {
    var registers: [String: Register] = [:]
    for name in names {
      registers[name] = try service.ledger.read(name, { r throws(RPCError) in r })
    }
    return ReportInput(year: year, school: school, language: language, now: now, registers: registers)
  }
}
