import JSON
import Rules

extension Breaches {
  /// Records the communication to the people affected (art. 34(1)–(2)): when, how, what it told
  /// them (`content`: contact point, likely consequences, measures; art. 34(2) with 33(3)(b)–(d)),
  /// and the audience as counts. `audience` holds counts the caller gives directly; the affected
  /// students' birth dates add the audience the age rules give on the notification's date.
  public static func notifySubjects(
    id: String, notifiedAt: Instant, channel: String, content: SubjectNotice, audience given: NotificationAudience,
    studentBirthDates: [CivilDate], convention: LeapDayConvention = .default, in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "notifySubjects", record: before)
    try notBeforeAware(notifiedAt, before, field: "notifiedAt")
    let computed = try NotificationAudience.forStudents(
      birthDates: studentBirthDates, on: Amsterdam.date(of: notifiedAt), convention: convention)
    let entry: JSONObject = [
      "notifiedAt": .string(Amsterdam.format(notifiedAt)), "channel": .string(try requiredText(channel, field: "channel")),
      "content": try content.json(), "audience": (given + computed).json,
    ]
    var record = before.json
    record["notifications"] = .array((record["notifications"]?.arrayValue ?? []) + [.object(entry)])
    return try change("notifySubjects", event: "subjectsNotified", before, record, entry)
  }

  /// Records a remedial measure (art. 33(3)(d), 33(5): "the remedial action taken").
  public static func addMeasure(id: String, at: Instant, description: String, in register: Register)
    throws(RegisterError) -> RegisterChange
  {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "addMeasure", record: before)
    let entry: JSONObject = [
      "at": .string(Amsterdam.format(at)), "description": .string(try requiredText(description, field: "description")),
    ]
    var record = before.json
    record["measures"] = .array((record["measures"]?.arrayValue ?? []) + [.object(entry)])
    return try change("addMeasure", event: "measureAdded", before, record, entry)
  }

  /// Closes the record. A data breach closes only when its duties are met (assessed; reported
  /// when required, art. 33(1); people told when required, 34(1)), otherwise 1002 with what is
  /// allowed. `retainUntil` = closure + 5 years (decision 35, Awb 5:45 by analogy).
  public static func close(id: String, closedAt: Instant, lessonsLearned: String?, in register: Register)
    throws(RegisterError) -> RegisterChange
  {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "close", record: before)
    try notBeforeAware(closedAt, before, field: "closedAt")
    var details: JSONObject = ["closedAt": .string(Amsterdam.format(closedAt))]
    if let l = lessonsLearned { details["lessonsLearned"] = .string(l) }
    for (k, v) in RetentionPurge.members(closedAt: closedAt, years: 5, rule: "breaches-5y") { details[k] = v }
    var record = before.json
    for m in details { record[m.key] = m.value }
    return try change("close", event: "closed", before, record, details)
  }
}
