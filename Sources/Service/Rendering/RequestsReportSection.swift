import JSON
import Registers
import Rules

/// The subject-requests section of the annual report (issue 17 §1; duties.md §8.2 "rights
/// requests: number, type, outcome, timeliness"): requests received in the year per type and
/// outcome; answered within the deadline, extended (AVG art. 12(3)), late; the median days from
/// receipt to answer.
struct RequestsReportSection: AnnualReportSource {
  /// Reads the requests register.
  var registers: [String] { ["requests"] }

  /// The outcome a request counts under.
  enum Outcome: String, CaseIterable {
    /// Given in full.
    case granted
    /// Given in part (AVG art. 15(4); UAVG art. 41).
    case partiallyGranted
    /// Refused (art. 12(4)).
    case refused
    /// The requester had no standing (age, authority).
    case rejectedNoStanding
    /// Acted on for a reasonable fee (AVG art. 12(5)(a)).
    case fee
    /// Withdrawn by the requester.
    case withdrawn
    /// Not decided yet.
    case pending

    /// The reader's word.
    func name(_ l: ReportLanguage) -> String {
      switch self {
      case .granted: return l.pick("toegekend", "granted")
      case .partiallyGranted: return l.pick("deels toegekend", "partly granted")
      case .refused: return l.pick("afgewezen", "refused")
      case .rejectedNoStanding: return l.pick("geen recht", "no standing")
      case .fee: return l.pick("tegen vergoeding", "for a fee")
      case .withdrawn: return l.pick("ingetrokken", "withdrawn")
      case .pending: return l.pick("loopt nog", "pending")
      }
    }
  }

  /// The outcome of `r`.
  static func outcome(_ r: RequestRecord) -> Outcome {
    if r.status == .withdrawn { return .withdrawn }
    if let d = r.json["decision"]?.stringValue.flatMap(Outcome.init(rawValue:)) { return d }
    return .pending
  }

  /// The reader's word for a type.
  static func typeName(_ t: RequestType, _ l: ReportLanguage) -> String {
    switch t {
    case .access: return l.pick("inzage", "access")
    case .rectification: return l.pick("correctie", "rectification")
    case .erasure: return l.pick("verwijdering", "erasure")
    case .restriction: return l.pick("beperking", "restriction")
    case .objection: return l.pick("bezwaar", "objection")
    case .portability: return l.pick("overdracht", "portability")
    case .results: return l.pick("voortgang", "progress")
    }
  }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    let records = input.records("requests").map(RequestRecord.init).filter { $0.receivedOn?.year == input.year }
    let types = RequestType.allCases
    var byTypeOutcome: [Outcome: [Double]] = [:]
    for o in Outcome.allCases { byTypeOutcome[o] = Array(repeating: 0, count: types.count) }
    for r in records {
      guard let t = r.type, let k = types.firstIndex(of: t) else { continue }
      byTypeOutcome[Self.outcome(r)]?[k] += 1
    }
    let answered = records.filter { $0.json["respondedAt"] != nil }
    let late = records.filter { r in
      r.json["respondedLate"]?.boolValue == true || (r.json["respondedAt"] == nil && r.isOverdue(on: input.countedOn))
    }
    let extended = records.filter { $0.extendedDueOn != nil }
    let inTime = answered.filter { $0.json["respondedLate"]?.boolValue != true }
    let days = answered.compactMap { r -> Int? in
      guard let from = r.receivedOn, let to = ReportInput.date(r.json["respondedAt"]) else { return nil }
      return from.days(until: to)
    }.sorted()
    let median: Double? = days.isEmpty ? nil
      : days.count % 2 == 1 ? Double(days[days.count / 2]) : Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2

    var s = ReportSection(id: "requests", title: input.t("Verzoeken van betrokkenen", "Data subject requests"))
    s.charts.append(.stacked(StackedBarChart(
      id: "requests-per-type", title: input.t("Verzoeken per soort en uitkomst", "Requests per type and outcome"),
      labels: types.map { Self.typeName($0, input.language) },
      series: Outcome.allCases.map { ($0.name(input.language), byTypeOutcome[$0] ?? []) })))
    s.charts.append(.bars(BarChart(
      id: "requests-timeliness", title: input.t("Binnen de termijn?", "Within the deadline?"),
      bars: [
        (input.t("op tijd beantwoord", "answered in time"), Double(inTime.count)),
        (input.t("verlengd", "extended"), Double(extended.count)),
        (input.t("te laat", "late"), Double(late.count)),
      ])))
    let medianText = median.map { ChartFrame.number($0) } ?? "–"
    s.paragraphs.append(input.t(
      "In \(input.year) kwamen \(records.count) verzoeken binnen van ouders, leerlingen of medewerkers die hun rechten uitoefenen (AVG art. 15–21). \(answered.count) zijn beantwoord, \(inTime.count) daarvan binnen de termijn; de mediaan van ontvangst tot antwoord is \(medianText) dagen. De termijn is één maand en mag één keer met twee maanden worden verlengd (art. 12 lid 3); dat gebeurde \(extended.count) keer.",
      "In \(input.year) \(records.count) requests came in from parents, students or staff exercising their rights (GDPR art. 15–21). \(answered.count) were answered, \(inTime.count) of them in time; the median from receipt to answer is \(medianText) days. The deadline is one month, extendable once by two months (art. 12(3)); that happened \(extended.count) time(s)."))
    for r in late where r.json["respondedAt"] == nil {
      s.attention.append(input.t("\(r.id): termijn verstreken, nog niet beantwoord.", "\(r.id): deadline passed, not answered yet."))
    }
    for r in late where r.json["respondedAt"] != nil {
      s.attention.append(input.t("\(r.id): te laat beantwoord.", "\(r.id): answered late."))
    }
    s.figures = [
      "total": .int(records.count),
      "byType": .object(JSONObject(types.map { t in (t.rawValue, .int(records.filter { $0.type == t }.count)) })),
      "byOutcome": .object(JSONObject(Outcome.allCases.map { o in (o.rawValue, .int(records.filter { Self.outcome($0) == o }.count)) })),
      "byTypeAndOutcome": .object(JSONObject(types.enumerated().map { k, t in
        (t.rawValue, .object(JSONObject(Outcome.allCases.map { ($0.rawValue, .int(Int(byTypeOutcome[$0]?[k] ?? 0))) })))
      })),
      "answered": .int(answered.count), "answeredInTime": .int(inTime.count), "extended": .int(extended.count),
      "late": .int(late.count), "medianDaysToAnswer": median.map { .double($0) } ?? .null,
    ]
    return s
  }
}
