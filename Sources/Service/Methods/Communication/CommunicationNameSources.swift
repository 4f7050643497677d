import JSON
import Registers

/// Where people's names sit in each register's records, for the communication check (rules.md
/// §3.4: "no names"): the complainants and accused of the counsellor's dossiers, the requesters
/// and students of subject requests, the students and recipients of the sharing register. A
/// register not present in this build is skipped; a new register adds its paths here.
enum CommunicationNameSources {
  /// Register → dotted paths of name members (arrays are searched element by element).
  static let paths: [(register: String, paths: [String])] = [
    (Complaints.name, ["complainant.name", "accused.name"]),
    ("requests", ["requester.name", "student.name", "subject.name"]),
    ("sharing", ["student.name", "recipient.name", "subject.name"]),
    ("consents", ["student.name", "givenBy.name"]),
  ]

  /// Every name in the registers present, deduplicated, in a stable order.
  static func names(_ service: AvgdService) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for source in paths {
      let found = try? service.ledger.read(source.register) { r in
        r.all(where: { _ in true }).flatMap { record in source.paths.flatMap { values(.object(record), $0) } }
      }
      for n in found ?? [] where !seen.contains(n) {
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
