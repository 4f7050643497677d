import JSON
import Rules

/// The counsellor's annual report to the bevoegd gezag (mandatory, rules.md §7), as counts only:
/// opened, closed, by the complainant's role, by category code, by month. It never holds a name,
/// a description or a report (aggregated or anonymised [U]; decision 48: management sees aggregates).
public struct ComplaintAnnualReport: Sendable {
  /// The calendar year (Europe/Amsterdam dates).
  public let year: Int
  /// Dossiers opened in the year.
  public private(set) var opened = 0
  /// Dossiers closed in the year.
  public private(set) var closed = 0
  /// Open at the end of the year (opened on or before 31 December, not closed by then).
  public private(set) var openAtYearEnd = 0
  /// Opened in the year, by the complainant's role.
  public private(set) var byComplainantRole: [ComplainantRole: Int] = [:]
  /// Opened in the year, by category code (`uncategorised` when none was recorded).
  public private(set) var byCategory: [String: Int] = [:]
  /// Opened and closed per month (index 0 = January).
  public private(set) var byMonth: [(opened: Int, closed: Int)] = Array(repeating: (0, 0), count: 12)
  /// Dossiers purged in the year under the retention rule.
  public private(set) var purged = 0

  /// The report for `year` over every dossier in `register` (and its removal lines).
  public init(year: Int, register: Register) {
    self.year = year
    for json in register.all(where: { _ in true }) {
      let r = ComplaintRecord(json)
      let openedOn = r.openedAt.map(Amsterdam.date(of:))
      let closedOn = r.closedAt.map(Amsterdam.date(of:))
      if let o = openedOn, o.year == year {
        opened += 1
        byMonth[o.month - 1].opened += 1
        if let role = r.complainantRole { byComplainantRole[role, default: 0] += 1 }
        byCategory[r.category?.rawValue ?? "uncategorised", default: 0] += 1
      }
      if let c = closedOn, c.year == year {
        closed += 1
        byMonth[c.month - 1].closed += 1
      }
      if let o = openedOn, o.year <= year, closedOn.map({ $0.year > year }) ?? true { openAtYearEnd += 1 }
    }
    purged = register.removals.filter { $0.change["purgedOn"]?.stringValue?.hasPrefix("\(year)-") == true }.count
  }

  /// `{year, opened, closed, openAtYearEnd, purged, byComplainantRole, byCategory, byMonth}`;
  /// every role and category appears, with 0 where none.
  public var json: JSONValue {
    let roles = JSONObject(ComplainantRole.allCases.map { ($0.rawValue, .int(byComplainantRole[$0] ?? 0)) })
    let categories = JSONObject(
      (ComplaintCategory.allCases.map(\.rawValue) + ["uncategorised"]).map { ($0, .int(byCategory[$0] ?? 0)) })
    let months: [JSONValue] = byMonth.enumerated().map { k, m in
      ["month": .string("\(year)-\(k < 9 ? "0" : "")\(k + 1)"), "opened": .int(m.opened), "closed": .int(m.closed)]
    }
    return [
      "year": .int(year), "opened": .int(opened), "closed": .int(closed), "openAtYearEnd": .int(openAtYearEnd),
      "purged": .int(purged), "byComplainantRole": .object(roles), "byCategory": .object(categories),
      "byMonth": .array(months),
    ]
  }
}
