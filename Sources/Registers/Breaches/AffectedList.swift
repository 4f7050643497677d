import JSON
import Rules
import Wording

/// The list of people affected by a breach, kept apart from the breach register (rules.md §3.5:
/// "store counts and categories, not the affected people's identities; if a list is needed to
/// notify them, keep it as a separate restricted attachment and delete it after notification";
/// retention table: "delete after the art. 34 notification is done, at most when the entry
/// closes"). One list per breach, keyed by the breach's id, in the register `affected`.
public enum AffectedList {
  /// The register's name.
  public static let name = "affected"

  /// Attaches (or replaces) the list for breach `breachId`, which must exist, be a data breach and
  /// not be closed; each person needs a name. The list takes the breach's `school` (none: a
  /// board-level list), so it is seen and written by whoever may handle that breach (issue 18 §1).
  public static func attach(
    breachId: String, people: [JSONObject], at: Instant, breaches: Register, lists: Register
  ) throws(RegisterError) -> RegisterChange {
    guard let breach = breaches[breachId] else { throw .notFound(register: Breaches.name, id: breachId) }
    let status = breach["status"]?.stringValue ?? ""
    guard status != "closed" else {
      throw .transition(action: "attachAffected", status: status, allowed: [])
    }
    guard breach["kind"]?.stringValue == BreachKind.dataBreach.rawValue else {
      throw .invalid("id", Texts.Breaches.affectedOnlyForDataBreach.string)
    }
    guard !people.isEmpty else { throw .invalid("people", Texts.Breaches.atLeastOnePerson.string) }
    for (i, p) in people.enumerated() where (p["name"]?.stringValue ?? "").allSatisfy(\.isWhitespace) {
      throw .invalid("people[\(i)].name", Texts.Breaches.mustNotBeEmpty.string)
    }
    var record: JSONObject = [
      "id": .string(breachId), "breachId": .string(breachId), "people": .array(people.map { .object($0) }),
      "count": .int(people.count), "attachedAt": .string(Amsterdam.format(at)),
    ]
    if let school = breach["school"] { record["school"] = school }
    let event = lists[breachId] == nil ? "attached" : "replaced"
    return RegisterChange(
      type: "\(name).\(event)", id: breachId, record: record,
      change: ["breachId": .string(breachId), "count": .int(people.count)])
  }

  /// The removal of breach `breachId`'s list, if it has one, after `reason` (the art. 34
  /// notification, the closing; `Texts.Breaches.afterNotification`, `afterClosing`); the line kept names no one.
  public static func deletion(breachId: String, reason: Text, on: CivilDate, lists: Register) -> RegisterChange? {
    guard let list = lists[breachId] else { return nil }
    let count = list["count"]?.intValue ?? 0
    return RegisterChange(
      removing: breachId, type: "\(name).deleted",
      change: [
        "breachId": .string(breachId), "count": .int(count), "deletedOn": .string(on.description),
        "note": .string(Texts.Breaches.affectedListDeleted(count: count, breachId: breachId, after: reason, on: on.description).string),
      ])
  }

  /// The list of breach `breachId` moved to the breach's school as it is now (after
  /// `breaches.correct` changed `school`), or nil when it has no list or the list already keeps
  /// that school: the list follows its breach, so the school that now handles the breach can do
  /// its art. 34 notice and the one it left no longer sees the names.
  public static func follow(breachId: String, breaches: Register, lists: Register) -> RegisterChange? {
    guard let breach = breaches[breachId], var list = lists[breachId], list["school"] != breach["school"] else { return nil }
    let before = list["school"] ?? .null
    list["school"] = breach["school"]
    return RegisterChange(
      type: "\(name).schoolFollowed", id: breachId, record: list,
      change: ["breachId": .string(breachId), "school": ["old": before, "new": breach["school"] ?? .null]])
  }
}
