import JSON
import Rules
import Wording

extension Staff {
  /// What `staff.correct` may change (AVG art. 16 on the register; art. 5(2): the school shows who
  /// was instructed when, so the dates must be right), and what not with why.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.staffMember.string,
      allowed: ["roles", "schools", "activeFrom", "activeTo", "instructions"],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
      ])
  }

  /// Nothing outside the corrected members is derived: an instruction's `validThrough` (when it is
  /// due again, D22) is recomputed inside the corrected `instructions`.
  public static let derived: [String] = []

  /// The member as `staff.register`, then `staff.instruct` per instruction (topic, date; the
  /// topic's interval gives `validThrough`) and, for one who left, `staff.leave` would write it:
  /// the same refusals, named `fields.<path>`. `activeTo` of a member still in service is refused.
  public static func corrected(
    id: String, roles: [StaffRole], schools: [String], activeFrom: CivilDate, instructions: [(InstructionTopic, CivilDate)],
    activeTo: CivilDate?, left: Bool, now: Instant, by actor: String
  ) throws(RegisterError) -> JSONObject {
    try RecordCorrection.entry { () throws(RegisterError) in
      var scratch = Register(kind: .staff)
      var seq: UInt64 = 0
      func apply(_ c: RegisterChange) {
        seq += 1
        scratch.apply(RegisterEvent(seq: seq, at: Amsterdam.format(now), actor: actor, type: c.type, data: c.data))
      }
      apply(try register(id: id, roles: roles, schools: schools, activeFrom: activeFrom, in: scratch, now: now, by: actor))
      for (i, (topic, on)) in instructions.enumerated() {
        let made = try named("instructions[\(i)].on") { () throws(RegisterError) in
          try instruct([Attendee(id: id)], topic: topic, on: on, in: scratch, now: now, by: actor)
        }
        for c in made { apply(c) }
      }
      if left {
        guard let activeTo else { throw .invalid("activeTo", Texts.Corrections.notLeft.string) }
        apply(try named("activeTo") { () throws(RegisterError) in try leave(id: id, on: activeTo, in: scratch) })
      } else if activeTo != nil {
        throw .invalid("activeTo", Texts.Corrections.notLeft.string)
      }
      return scratch[id] ?? JSONObject()
    }
  }

  /// Runs `body`, its refusal of the entry's `on` named `field` instead (in a correction the date
  /// sits at another path than in `staff.instruct` or `staff.leave`).
  static func named<T>(_ field: String, _ body: () throws(RegisterError) -> T) throws(RegisterError) -> T {
    do { return try body() } catch {
      if case .invalid("on", let reason) = error { throw .invalid(field, reason) }
      throw error
    }
  }
}
