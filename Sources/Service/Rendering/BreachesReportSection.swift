import JSON
import Registers
import Rules
import Wording

/// The incidents-and-breaches section of the annual report (duties.md §8.2; issue 17 §1): events
/// per month by kind, data breaches reported to the AP in time or late with the hours from
/// awareness to report (AVG art. 33(1): 72 hours), people told under art. 34 and the art. 34(3)
/// exemptions used. Counted by the month the school became aware.
struct BreachesReportSection: AnnualReportSource {
  /// Reads the breaches register.
  var registers: [String] { [Breaches.name] }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    let records = input.records(Breaches.name).map(BreachRecord.init).filter {
      $0.awareAt.map { Amsterdam.date(of: $0).year } == input.year
    }
    var perMonth = [BreachKind: [Double]]()
    for k in BreachKind.allCases { perMonth[k] = Array(repeating: 0, count: 12) }
    for r in records {
      guard let kind = r.kind, let aware = r.awareAt else { continue }
      perMonth[kind]?[Amsterdam.date(of: aware).month - 1] += 1
    }
    let data = records.filter { $0.kind == .dataBreach }
    let reported = data.filter { $0.reportedAt != nil }
    let late = reported.filter { $0.json["authorityReport"]?["late"]?.boolValue == true }
    let missing = data.filter { $0.reportedAt == nil && $0.authorityReportRequired != false }
    let notRequired = data.filter { $0.authorityReportRequired == false }
    let hours: [(id: String, hours: Double)] = reported.compactMap { r in
      guard let a = r.awareAt, let rep = r.reportedAt else { return nil }
      return (r.id, Double((rep.secondsSinceEpoch - a.secondsSinceEpoch) * 10 / 3600) / 10)
    }
    let notified = data.filter(\.subjectsNotified)
    let people = notified.reduce(0) { sum, r in
      sum + (r.json["notifications"]?.arrayValue ?? []).reduce(0) { s, n in
        s + ["legalRepresentatives", "students", "others"].reduce(0) { $0 + (n["audience"]?[$1]?.intValue ?? 0) }
      }
    }
    var exemptions: [String: Int] = [:]
    for r in data { if let g = r.exemption { exemptions[g.rawValue, default: 0] += 1 } }
    let owedNotice = data.filter { $0.subjectsNotificationRequired == true && !$0.subjectsNotified }

    var s = ReportSection(id: "breaches", title: input.t(Texts.Reports.breachesTitle))
    let kindNames = BreachKind.allCases.map { Self.kindName($0, input.language) }
    s.charts.append(.stacked(StackedBarChart(
      id: "breaches-per-month", title: input.t(Texts.Reports.eventsPerMonthByKind),
      labels: input.language.shortMonths,
      series: BreachKind.allCases.enumerated().map { (kindNames[$0.offset], perMonth[$0.element] ?? []) })))
    s.charts.append(.bars(BarChart(
      id: "breaches-authority", title: input.t(Texts.Reports.breachesReportChart),
      bars: [
        (input.t(Texts.Reports.reportedInTime), Double(reported.count - late.count)),
        (input.t(Texts.Reports.reportedLate), Double(late.count)),
        (input.t(Texts.Reports.notYetReported), Double(missing.count)),
        (input.t(Texts.Reports.noReportNeeded), Double(notRequired.count)),
      ])))
    if !hours.isEmpty {
      s.charts.append(.line(LineChart(
        id: "breaches-hours", title: input.t(Texts.Reports.hoursToReportChart),
        points: hours.map { ($0.id, $0.hours) }, threshold: (72, input.t(Texts.Reports.seventyTwoHours)))))
    }
    s.paragraphs.append(input.t(Texts.Reports.breachesInYear("\(input.year)", "\(records.count)", "\(data.count)", "\(records.count - data.count)")))
    s.paragraphs.append(input.t(Texts.Reports.breachesReported("\(reported.count)", "\(late.count)", "\(notified.count)", "\(people)", "\(exemptions.values.reduce(0, +))")))
    for r in missing {
      s.attention.append(input.t(Texts.Reports.breachNotReported("\(r.id)")))
    }
    for r in late {
      s.attention.append(input.t(Texts.Reports.breachReportedLate("\(r.id)")))
    }
    for r in owedNotice {
      s.attention.append(input.t(Texts.Reports.breachPeopleNotTold("\(r.id)")))
    }
    if !data.isEmpty {
      s.tables.append(ReportTable(
        header: [input.t(Texts.Reports.number), input.t(Texts.Reports.aware), input.t(Texts.Reports.breachSummary), input.t(Texts.Reports.hoursToReport), input.t(Texts.Reports.peopleTold)],
        rows: data.map { r in
          let h = hours.first { $0.id == r.id }.map { ChartFrame.number($0.hours) } ?? "–"
          return [r.id, r.awareAt.map { Amsterdam.date(of: $0).description } ?? "", r.json["summary"]?.stringValue ?? "", h,
                  r.subjectsNotified ? input.t(Texts.Reports.yes) : input.t(Texts.Reports.no)]
        }))
    }
    s.figures = [
      "total": .int(records.count),
      "byKind": .object(JSONObject(BreachKind.allCases.map { k in (k.rawValue, .int(records.filter { $0.kind == k }.count)) })),
      "byMonth": .array((0..<12).map { m in
        .object(JSONObject([("month", .string(Self.month(input.year, m)))] + BreachKind.allCases.map { ($0.rawValue, .int(Int(perMonth[$0]?[m] ?? 0))) }))
      }),
      "dataBreaches": [
        "total": .int(data.count), "reportedInTime": .int(reported.count - late.count), "reportedLate": .int(late.count),
        "notReported": .int(missing.count), "reportNotRequired": .int(notRequired.count),
        "hoursToReport": .array(hours.map { ["id": .string($0.id), "hours": .double($0.hours)] }),
        "subjectsNotified": .int(notified.count), "peopleNotified": .int(people),
        "exemptions": .object(JSONObject(exemptions.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
        "noticeOwed": .int(owedNotice.count),
      ],
    ]
    return s
  }

  /// `2026-03` for month index `m` (0-based).
  static func month(_ year: Int, _ m: Int) -> String { "\(year)-\(m < 9 ? "0" : "")\(m + 1)" }

  /// The reader's word for a kind.
  static func kindName(_ k: BreachKind, _ l: Language) -> String {
    switch k {
    case .dataBreach: return Texts.Reports.dataBreach(l)
    case .securityIncident: return Texts.Reports.securityIncident(l)
    case .nearMiss: return Texts.Reports.nearMiss(l)
    }
  }
}
