import JSON
import Rules
import Wording

/// The AP's notification form filled in from a breach record (AVG art. 33(1), (3), (4)): the
/// answers in the form's sections and order, each with the form's question, the value in Dutch
/// as the form takes it and the record field it comes from; what the record cannot answer yet is
/// listed with the method that records it. After the first report the form is a supplement
/// (aanvulling) with only what changed since the last report and the AP's reference.
public enum APForm {
  /// The filled-in form for breach `id` of `register` at `now`; `english` adds English
  /// translations of the questions and titles (the values stay Dutch). Questions and titles come
  /// from the catalogue (`Texts.APForm`, `Texts.APFormSections`).
  public static func fill(
    id: String, in register: Register, contacts: APFormContacts, now: Instant, english: Bool = false
  ) throws(RegisterError) -> JSONObject {
    guard let json = register[id] else { throw .notFound(register: Breaches.name, id: id) }
    let record = BreachRecord(json)
    guard record.kind == .dataBreach else {
      throw .invalid("id", Texts.Breaches.notADataBreach(id, kind: record.kind?.rawValue).string)
    }
    let history = register.history(of: id) ?? []
    let report = json["authorityReport"]?.objectValue
    let kind: APFormNotification =
      report == nil ? .new : (report?["withdrawn"]?.boolValue == true ? .withdrawal : .supplement)
    let facts = APFormFacts(record: record, contacts: contacts, notification: kind, now: now)
    var earlier: APFormFacts? = nil
    var out: JSONObject = [
      "id": .string(id), "form": ["version": .string(APFormQuestions.formVersion), "address": .string(APFormQuestions.formAddress)],
      "notification": .string(kind.rawValue),
    ]
    if let r = report?["reference"] { out["reference"] = r }
    if kind == .supplement, let last = APFormAsReported.lastReport(in: history) {
      let old = APFormAsReported.record(json, history: history, upTo: last.seq)
      earlier = APFormFacts(record: BreachRecord(old), contacts: contacts, notification: kind, now: now)
      out["changesSince"] = .string(last.at)
    }
    if let by = json["reportBy"], kind == .new { out["reportBy"] = by }
    var sections: [JSONValue] = []
    var missing: [JSONValue] = []
    var inForm: [JSONValue] = []
    for section in APFormSection.allCases {
      var answers: [JSONValue] = []
      for q in APFormQuestions.all where q.section == section && (q.applies?(facts) ?? true) {
        if kind == .withdrawal, section != .aboutNotification { continue }
        let value = q.answer(facts)
        if value == nil {
          if q.filledBy == nil { inForm.append(.string(q.key)) } else { missing.append(entry(q, nil, english)) }
        }
        if let earlier, section != .aboutNotification, value == nil || q.answer(earlier) == value { continue }
        if kind == .supplement, section == .contact { continue }
        answers.append(entry(q, value, english))
      }
      guard !answers.isEmpty else { continue }
      var s: JSONObject = ["number": .int(section.rawValue), "title": .string(section.title), "answers": .array(answers)]
      if english { s["titleEN"] = .string(section.titleEN) }
      sections.append(.object(s))
    }
    out["sections"] = .array(sections)
    out["missing"] = .array(missing)
    out["answerInForm"] = .array(inForm)
    out["complete"] = .bool(missing.isEmpty)
    return out
  }

  /// One answer for `q` with `value` (nil: missing): the form's question, the value and its source.
  static func entry(_ q: APFormQuestion, _ value: APFormValue?, _ english: Bool) -> JSONValue {
    var e: JSONObject = ["key": .string(q.key), "question": .string(q.question)]
    if english { e["questionEN"] = .string(q.questionEN) }
    e["source"] = .string(q.source ?? Texts.APFormAnswers.notRecorded.string)
    if let value {
      e["value"] = value.json
    } else {
      e["value"] = .null
      e["missing"] = true
      e["filledBy"] = q.filledBy.map(JSONValue.string) ?? .null
    }
    return .object(e)
  }
}
