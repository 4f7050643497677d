import JSON
import JSONRPC
import Registers

/// Where people's names sit in each register's records, for the communication check (rules.md
/// §3.4: "no names"): the complainants and accused of the counsellor's dossiers, the requesters
/// of subject requests and the people who gave consents. Students are recorded by id, not name,
/// and sharing recipients are organisations, so neither is a source. A new register with
/// people's names adds its paths here, with the roles that may learn a name is in it.
enum CommunicationNameSources {
  /// Register → dotted paths of name members (arrays are searched element by element), and the
  /// roles for which the register is a source (`nil`: every caller of the check). The counsellor's
  /// dossiers are a source for the counsellor alone (decision 48): a finding would otherwise tell
  /// anyone that a name occurs in them.
  static let paths: [(register: String, paths: [String], onlyFor: [Role]?)] = [
    (Complaints.name, ["complainant.name", "accused.name"], [.confidentialCounsellor]),
    (RegisterKind.requests.name, ["requester.name"], nil),
    (Consents.name, ["givenBy.name"], nil),
  ]

  /// The registers names are read from (each scoped to the caller's schools by its descriptor).
  static var registers: [String] { paths.map(\.register) }

  /// Every name in the registers that are a source for a caller holding `roles`, deduplicated,
  /// in a stable order. A source the ledger does not hold is -32603 naming it: a check that
  /// skipped a register would pass a text with names in it as clean.
  static func names(
    _ service: AvgdService, roles: [Role], sources: [(register: String, paths: [String], onlyFor: [Role]?)] = paths
  ) throws(RPCError) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for source in sources where source.onlyFor.map({ only in roles.contains(where: only.contains) }) ?? true {
      let found = try service.ledger.read(source.register) { r throws(RPCError) in
        r.all(where: { _ in true }).flatMap { record in source.paths.flatMap { values(.object(record), $0) } }
      }
      for n in found where !seen.contains(n) {
        seen.insert(n)
        out.append(n)
      }
    }
    return out
  }

  /// The strings at `path` in `value` (descending into arrays).
  static func values(_ value: JSONValue, _ path: String) -> [String] {
    var current: [JSONValue] = [value]
    for part in path.split(separator: ".") {
      current = current.flatMap { v -> [JSONValue] in
        if let a = v.arrayValue { return a.compactMap { $0[String(part)] } }
        return v[String(part)].map { [$0] } ?? []
      }
    }
    return current.flatMap { v in v.arrayValue ?? [v] }.compactMap(\.stringValue).filter { !$0.isEmpty }
  }
}
