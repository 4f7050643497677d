import JSON
import Rules
import Wording

/// The staff-instruction register (duties.md §6; issue 15 §5): which staff member was instructed
/// on which topic when (AVG art. 32(4): staff process personal data only on the school's
/// instructions; art. 39(1)(b): the FG monitors awareness and training; art. 5(2): the school can
/// show it). A staff member is an opaque id with roles and schools (D23); the record id is the
/// school's own staff id. Staff are known once registered (`staff.register`) or instructed.
public enum Staff {
  /// The catalogue's staff texts.
  typealias T = Texts.Staff

  /// The register's name (and event-type prefix).
  public static let name = "staff"
  /// The id prefix the register would number with; staff records use the school's own ids.
  public static let idPrefix = "MW"

  /// One staff member named in `staff.instruct`.
  public struct Attendee: Sendable {
    /// The school's staff id.
    public var id: String
    /// The role, required for someone not yet registered; added to the record when new.
    public var role: StaffRole?
    /// The school, required for someone not yet registered; added to the record when new.
    public var school: String?

    /// An attendee.
    public init(id: String, role: StaffRole? = nil, school: String? = nil) {
      self.id = id
      self.role = role
      self.school = school
    }
  }

  /// Registers staff member `id`, or updates the roles, schools and start of one in service
  /// (a start in the future is allowed: hires are registered ahead). -32602 for no role or school;
  /// 1002 for someone who left (a returning member is registered under a new id).
  public static func register(
    id: String, roles: [StaffRole], schools: [String], activeFrom: CivilDate, in register: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> RegisterChange {
    guard !roles.isEmpty else { throw .invalid("roles", T.noRole.string) }
    guard !schools.isEmpty else { throw .invalid("schools", T.noSchool.string) }
    let fields: JSONObject = [
      "roles": .array(unique(roles.map(\.rawValue)).map(JSONValue.string)), "schools": .array(unique(schools).map(JSONValue.string)),
      "activeFrom": .string(activeFrom.description),
    ]
    if let json = register[id] {
      _ = try StaffMachine.table.next(after: "register", from: json["status"]?.stringValue ?? "")
      var record = json
      for m in fields { record[m.key] = m.value }
      return RegisterChange(type: "\(name).updated", id: id, record: record, change: fields)
    }
    var record: JSONObject = ["id": .string(id), "status": .string(StaffMachine.lifecycle.initial.rawValue)]
    for m in fields { record[m.key] = m.value }
    record["instructions"] = []
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    return RegisterChange(type: "\(name).registered", id: id, record: record, change: fields)
  }

  /// Records that every attendee was instructed on `topic` on `on`. Someone not yet known is
  /// registered with the given role and school, in service from `on`; a new role or school of a
  /// known member is added. -32602 for a date in the future, an attendee twice, or an unknown
  /// attendee without role or school; 1002 for someone who left. The same topic on the same date
  /// again changes nothing.
  public static func instruct(
    _ attendees: [Attendee], topic: InstructionTopic, on: CivilDate, in register: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> [RegisterChange] {
    let today = Amsterdam.date(of: now)
    guard on <= today else { throw .invalid("on", T.inFuture(on.description, today: today.description).string) }
    guard !attendees.isEmpty else { throw .invalid("staff", T.noStaff.string) }
    var changes: [RegisterChange] = []
    for (i, a) in attendees.enumerated() {
      if attendees[..<i].contains(where: { $0.id == a.id }) { throw .invalid("staff[\(i)].id", T.twice(a.id).string) }
      var record: JSONObject
      if let json = register[a.id] {
        _ = try StaffMachine.table.next(after: "instruct", from: json["status"]?.stringValue ?? "")
        record = json
      } else {
        guard let role = a.role else { throw .invalid("staff[\(i)].role", T.neededForNew.string) }
        guard let school = a.school else { throw .invalid("staff[\(i)].school", T.neededForNew.string) }
        record = [
          "id": .string(a.id), "status": .string(StaffMachine.lifecycle.initial.rawValue), "roles": [.string(role.rawValue)],
          "schools": [.string(school)], "activeFrom": .string(on.description), "instructions": [],
          "registeredAt": .string(Amsterdam.format(now)), "registeredBy": .string(actor),
        ]
      }
      let s = StaffRecord(record)
      if s.instructions.contains(where: { $0.topic == topic.code && $0.on == on }) { continue }
      if let role = a.role, !s.roles.contains(role) { record["roles"] = .array((s.roles.map(\.rawValue) + [role.rawValue]).map(JSONValue.string)) }
      if let school = a.school, !s.schools.contains(school) { record["schools"] = .array((s.schools + [school]).map(JSONValue.string)) }
      let entry: JSONObject = [
        "topic": .string(topic.code), "on": .string(on.description),
        "validThrough": .string(topic.validThrough(instructedOn: on).description),
      ]
      record["instructions"] = .array((record["instructions"]?.arrayValue ?? []) + [.object(entry)])
      changes.append(RegisterChange(type: "\(name).instructed", id: a.id, record: record, change: entry))
    }
    return changes
  }

  /// Records that staff member `id` left on `on` (D22: from that day not due and not counted).
  /// 1002 when already left; -32602 for a date before `activeFrom`.
  public static func leave(id: String, on: CivilDate, in register: Register) throws(RegisterError) -> RegisterChange {
    guard let json = register[id] else { throw .notFound(register: name, id: id) }
    let status = try StaffMachine.table.next(after: "leave", from: json["status"]?.stringValue ?? "")
    if let from = StaffRecord(json).activeFrom, on < from {
      throw .invalid("on", T.beforeStart(on.description, from: from.description).string)
    }
    var record = json
    record["status"] = .string(status)
    record["activeTo"] = .string(on.description)
    return RegisterChange(type: "\(name).left", id: id, record: record, change: ["on": .string(on.description)])
  }

  /// `values` without repeats, in first-seen order.
  static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}
