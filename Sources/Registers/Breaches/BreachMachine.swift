/// The breach register's state machine (Protocol/breaches.md). The status table says which
/// actions a status allows; guards on the record's facts narrow it: only a data breach is
/// reported to the AP or communicated to people (AVG art. 33/34; decision 31), and a data breach
/// is closed only once its duties are met: assessed (33(5)), reported when required (33(1)),
/// people told when required (34(1)). A refused action is 1002 with `status` and `allowed`.
public enum BreachMachine {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<BreachStatus>(
    initial: .registered,
    [
      .registered: [
        "assess": .assessed, "reclassify": .registered, "reportToAuthority": .reported,
        "notifySubjects": .registered, "addMeasure": .registered, "close": .closed,
        "correct": .registered,
      ],
      .assessed: [
        "assess": .assessed, "reclassify": .assessed, "reportToAuthority": .reported,
        "notifySubjects": .assessed, "addMeasure": .assessed, "close": .closed,
        "correct": .assessed,
      ],
      .reported: [
        "assess": .reported, "reclassify": .reported, "followUp": .reported,
        "notifySubjects": .reported, "addMeasure": .reported, "close": .closed,
        "correct": .reported,
      ],
      // A closed record's facts can still be corrected (AVG art. 16, 33(5)); nothing else.
      .closed: ["correct": .closed],
    ])

  /// The status of a new record.
  public static let initial = lifecycle.initial.rawValue
  /// The table with wire values, for records read from the store.
  public static let table = lifecycle.erased

  /// The actions allowed on `record` now.
  public static func allowed(_ record: BreachRecord) -> [String] {
    table.allowed(in: record.status).filter { guardHolds($0, record) }
  }

  /// The status after `action`, or 1002 listing what is allowed.
  public static func next(after action: String, record: BreachRecord) throws(RegisterError) -> String {
    let allowed = allowed(record)
    guard allowed.contains(action) else {
      throw .transition(action: action, status: record.status, allowed: allowed)
    }
    return try table.next(after: action, from: record.status)
  }

  /// Whether the record's facts allow `action` (kind; the close conditions of art. 33(1), 33(5), 34(1)).
  static func guardHolds(_ action: String, _ r: BreachRecord) -> Bool {
    switch action {
    case "reportToAuthority", "notifySubjects":
      return r.kind == .dataBreach
    case "close":
      guard r.kind == .dataBreach else { return true }
      guard r.risk != nil else { return false }
      if r.authorityReportRequired == true, r.reportedAt == nil { return false }
      if r.subjectsNotificationRequired == true, !r.subjectsNotified { return false }
      return true
    default:
      return true
    }
  }
}
