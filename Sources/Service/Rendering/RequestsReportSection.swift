import JSON
import Registers
import Rules
import Wording

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
    func name(_ l: Language) -> String {
      switch self {
      case .granted: return Texts.Reports.granted(l)
      case .partiallyGranted: return Texts.Reports.partlyGranted(l)
      case .refused: return Texts.Reports.refused(l)
      case .rejectedNoStanding: return Texts.Reports.noStanding(l)
      case .fee: return Texts.Reports.forAFee(l)
      case .withdrawn: return Texts.Reports.withdrawn(l)
      case .pending: return Texts.Reports.pending(l)
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
  static func typeName(_ t: RequestType, _ l: Language) -> String {
    switch t {
    case .access: return Texts.Reports.access(l)
    case .rectification: return Texts.Reports.rectification(l)
    case .erasure: return Texts.Reports.erasure(l)
    case .restriction: return Texts.Reports.restriction(l)
    case .objection: return Texts.Reports.objection(l)
    case .portability: return Texts.Reports.portability(l)
    case .results: return Texts.Reports.progress(l)
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

    var s = ReportSection(id: "requests", title: input.t(Texts.Reports.dataSubjectRequests))
    s.charts.append(.stacked(StackedBarChart(
      id: "requests-per-type", title: input.t(Texts.Reports.requestsPerTypeAndOutcome),
      labels: types.map { Self.typeName($0, input.language) },
      series: Outcome.allCases.map { ($0.name(input.language), byTypeOutcome[$0] ?? []) })))
    s.charts.append(.bars(BarChart(
      id: "requests-timeliness", title: input.t(Texts.Reports.withinTheDeadline),
      bars: [
        (input.t(Texts.Reports.answeredInTime), Double(inTime.count)),
        (input.t(Texts.Reports.extended), Double(extended.count)),
        (input.t(Texts.Reports.late), Double(late.count)),
      ])))
    let medianText = median.map { ChartFrame.number($0) } ?? "–"
    s.paragraphs.append(input.t(Texts.Reports.requestsInYear("\(input.year)", "\(records.count)", "\(answered.count)", "\(inTime.count)", "\(medianText)", "\(extended.count)")))
    for r in late where r.json["respondedAt"] == nil {
      s.attention.append(input.t(Texts.Reports.deadlinePassedNotAnsweredYet("\(r.id)")))
    }
    for r in late where r.json["respondedAt"] != nil {
      s.attention.append(input.t(Texts.Reports.answeredLate("\(r.id)")))
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
