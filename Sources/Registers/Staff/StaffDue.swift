import JSON
import Rules
import Wording

/// Who still needs instruction, and how many have it (duties.md §6; D22, D23). A staff member in
/// service needs every topic whose audience includes one of their roles. It is due when no
/// instruction was recorded and the grace period after the start has passed (`graceDays`, default
/// 30), or when the last instruction's validity ended (last date + interval < the date asked about).
public enum StaffDue {
  /// Why an instruction is due.
  public enum Reason: String, Sendable, CaseIterable {
    /// Never instructed on the topic.
    case missing
    /// The last instruction's validity ended.
    case expired
  }

  /// The due state of one staff member on one topic on `on`: nil when not due (instructed and
  /// valid, or still within the grace period), else the reason, the day it became due and the
  /// last instruction.
  public static func state(
    _ s: StaffRecord, _ topic: InstructionTopic, on: CivilDate, graceDays: Int
  ) -> (reason: Reason, dueSince: CivilDate, last: CivilDate?)? {
    if let last = s.lastInstructed(topic.code, onOrBefore: on) {
      let through = topic.validThrough(instructedOn: last)
      return on > through ? (.expired, through.adding(days: 1), last) : nil
    }
    guard let from = s.activeFrom else { return nil }
    let dueFrom = from.adding(days: graceDays)
    return on >= dueFrom ? (.missing, dueFrom, nil) : nil
  }

  /// The due items on `on`, by staff id then topic order; `school` and `topic` narrow the list.
  public static func list(
    on: CivilDate, school: String?, topic: InstructionTopic?, graceDays: Int, in register: Register
  ) -> [JSONObject] {
    var out: [JSONObject] = []
    for json in register.all(where: { _ in true }) {
      let s = StaffRecord(json)
      guard s.isActive(on: on), school.map(s.schools.contains) ?? true else { continue }
      for t in InstructionTopic.all where (topic == nil || topic == t) && t.applies(to: s.roles) {
        guard let due = state(s, t, on: on, graceDays: graceDays) else { continue }
        var item: JSONObject = [
          "staffId": .string(s.id), "roles": .array(s.roles.map { .string($0.rawValue) }),
          "schools": .array(s.schools.map(JSONValue.string)), "topic": .string(t.code), "topicLabel": .string(t.label.string),
          "reason": .string(due.reason.rawValue), "dueSince": .string(due.dueSince.description),
        ]
        if let last = due.last { item["lastInstructedOn"] = .string(last.description) }
        item["text"] = .string(
          (due.last.map { Texts.Staff.expired(t.label, on: $0.description, months: t.months) }
            ?? Texts.Staff.missing(t.label, since: due.dueSince.description)).string)
        out.append(item)
      }
    }
    return out.sorted { a, b in
      let (sa, sb) = (a["staffId"]?.stringValue ?? "", b["staffId"]?.stringValue ?? "")
      if sa != sb { return sa < sb }
      return order(a["topic"]?.stringValue) < order(b["topic"]?.stringValue)
    }
  }

  /// Per school and topic: staff in service who need it, how many are instructed and valid, and
  /// the share (in whole percent, rounded down so a gap is never shown as complete). Staff in
  /// several schools count in each; a staff member within the grace period counts as not yet
  /// instructed. Rows with nobody in scope are left out.
  public static func coverage(on: CivilDate, school: String?, graceDays: Int, in register: Register) -> [JSONObject] {
    let staff = register.all(where: { _ in true }).map(StaffRecord.init).filter { $0.isActive(on: on) }
    let schools = Staff.unique(staff.flatMap(\.schools)).filter { school == nil || $0 == school }.sorted()
    var rows: [JSONObject] = []
    for sc in schools {
      let here = staff.filter { $0.schools.contains(sc) }
      for t in InstructionTopic.all {
        let scope = here.filter { t.applies(to: $0.roles) }
        guard !scope.isEmpty else { continue }
        let valid = scope.filter { s in
          s.lastInstructed(t.code, onOrBefore: on).map { on <= t.validThrough(instructedOn: $0) } ?? false
        }.count
        rows.append([
          "school": .string(sc), "topic": .string(t.code), "topicLabel": .string(t.label.string),
          "inScope": .int(scope.count), "instructed": .int(valid), "percent": .int(valid * 100 / scope.count),
        ])
      }
    }
    return rows
  }

  /// The position of a topic code in the table (unknown last).
  static func order(_ code: String?) -> Int { InstructionTopic.all.firstIndex { $0.code == code } ?? Int.max }
}
