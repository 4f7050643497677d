import JSON
import Rules
import Wording

/// Today's overview (issue 17 §2): what needs attention now across the registers, overdue
/// first, then due soon, then to check; as JSON for tools and `avgd status`, and as one HTML page.
struct StatusOverview: Sendable {
  /// What the overview was made from (`now` is its moment).
  let input: ReportInput
  /// The items, most urgent first.
  let items: [StatusItem]

  /// The overview over `input`, from every source whose registers exist.
  init(_ input: ReportInput) {
    self.input = input
    let order = StatusItem.Urgency.allCases
    items = StatusSources.all
      .filter { $0.registers.allSatisfy { input.registers[$0] != nil } }
      .flatMap { $0.items(input) }
      .enumerated()
      .sorted { a, b in
        let ua = order.firstIndex(of: a.element.urgency) ?? 0, ub = order.firstIndex(of: b.element.urgency) ?? 0
        return (ua, a.element.due ?? "~", a.offset) < (ub, b.element.due ?? "~", b.offset)
      }
      .map(\.element)
  }

  /// The heading of an urgency group.
  static func heading(_ u: StatusItem.Urgency, _ l: Language) -> String {
    switch u {
    case .overdue: return Texts.Reports.overdue(l)
    case .dueSoon: return Texts.Reports.dueSoon(l)
    case .check: return Texts.Reports.toCheck(l)
    }
  }

  /// A due date or instant as a reader writes it: `27 november 2026`, `1 december 2026, 09:00`.
  func readable(_ due: String) -> String {
    guard let d = ReportInput.date(.string(due)) else { return due }
    let day = input.language.long(d.year, d.month, d.day)
    guard due.count > 10, let i = try? Instant.parse(due) else { return day }  // a date alone: no time to show
    return day + ", " + Amsterdam.format(i).dropFirst(11).prefix(5)
  }

  /// `{at, school, counts: {overdue, dueSoon, check}, items}`.
  var json: JSONValue {
    [
      "at": .string(Amsterdam.format(input.now)), "school": .optional(input.school),
      "counts": .object(JSONObject(StatusItem.Urgency.allCases.map { u in (u.rawValue, .int(items.filter { $0.urgency == u }.count)) })),
      "items": .array(items.map(\.json)),
    ]
  }

  /// The overview as one HTML page.
  var html: String {
    let d = input.today
    let title = input.t(Texts.Reports.whatNeedsAttentionNow)
    var b = "<h1>\(HTML.escape(title))</h1>" + HTML.tag("p", ["class": "meta"])
    b += HTML.escape(input.t(Texts.Reports.statusAsOf("\(input.language.long(d.year, d.month, d.day))", "\(Amsterdam.format(input.now).dropFirst(11).prefix(5))")))
    b += (input.school.map { " – " + HTML.escape($0) } ?? "") + "</p>"
    if items.isEmpty {
      b += HTML.tag("p", ["class": "ok"]) + "\(HTML.escape(input.t(Texts.Reports.nothingIsOpen)))</p>"
    }
    for u in StatusItem.Urgency.allCases {
      let group = items.filter { $0.urgency == u }
      guard !group.isEmpty else { continue }
      b += HTML.tag("section", ["class": "\(u.rawValue)-group"]) + "<h2>\(HTML.escape(Self.heading(u, input.language))) (\(group.count))</h2>"
      b += HTML.tag("table", ["class": "status"]) + "<colgroup>" + ["24%", "54%", "22%"].map { HTML.tag("col", ["style": "width:\($0)"]) }.joined()
      b += "</colgroup><thead><tr>"
      b += [input.t(Texts.Reports.number), input.t(Texts.Reports.whatToDo), input.t(Texts.Reports.due)].map { "<th>\(HTML.escape($0))</th>" }.joined()
      b += "</tr></thead><tbody>"
      for i in group {
        b += "<tr>" + HTML.tag("td", ["class": u == .check ? "" : (u == .overdue ? "overdue" : "soon")])
        b += "\(HTML.escape(i.id))</td><td>\(HTML.escape(i.title))"
        if let s = i.summary { b += "<br><small>\(HTML.escape(s))</small>" }
        b += "</td><td>\(HTML.escape(i.due.map(readable) ?? "–"))</td></tr>"
      }
      b += "</tbody></table></section>"
    }
    b += "<footer>\(HTML.escape(input.t(Texts.Reports.statusFooter)))</footer>"
    return ReportDocument.page(title: title, language: input.language, body: b)
  }
}
