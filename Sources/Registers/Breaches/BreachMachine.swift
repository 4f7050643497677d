import Wording

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
      if let (duty, reason) = blockingDuty(action, record) {
        throw .blocked(action: action, status: record.status, allowed: allowed, duty: duty, reason: reason.string)
      }
      throw .transition(action: action, status: record.status, allowed: allowed)
    }
    return try table.next(after: action, from: record.status)
  }

  /// The duty that keeps a status-allowed `action` from `record`, and why in words (issue 16 §4: a
  /// refusal says which duty comes first). Nil when the status itself refuses, or nothing blocks.
  static func blockingDuty(_ action: String, _ r: BreachRecord) -> (String, Text)? {
    guard table.allowed(in: r.status).contains(action), !guardHolds(action, r) else { return nil }
    switch action {
    case "close":
      if r.risk == nil { return ("assess", Texts.Breaches.assessFirst) }
      if r.authorityReportRequired == true, r.reportedAt == nil {
        return ("reportToAuthority", Texts.Breaches.reportFirst)
      }
      if r.subjectsNotificationRequired == true, !r.subjectsNotified {
        return ("notifySubjects", Texts.Breaches.notifyFirst)
      }
      return nil
    case "reportToAuthority", "notifySubjects":
      return ("reclassify", Texts.Breaches.reclassifyFirst)
    default:
      return nil
    }
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
