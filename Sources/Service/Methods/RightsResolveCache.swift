import Foundation
import JSON
import Rules

/// The `rights` and `nextChange` members of `rights.resolve` results, built once per (birth date,
/// 29 February convention, phase) and shared by every later call with the same key.
///
/// They depend on nothing else: the entries follow from the phase and the 16th and 18th
/// birthdays (fixed by the birth date and convention), and so does the next change. A call then
/// costs the age check and a lookup instead of rebuilding eight entries with their legal-basis
/// texts. The cache is bounded: when full it starts over.
final class RightsResolveCache: @unchecked Sendable {
  /// What identifies a cached answer.
  private struct Key: Hashable {
    let birthDate: CivilDate
    let convention: LeapDayConvention
    let phase: StudentPhase
  }

  /// The cached members.
  struct Members {
    /// `rights`: the entries as JSON.
    let rights: JSONValue
    /// `nextChange`, or nil when there is none (adult).
    let nextChange: JSONValue?
  }

  private let lock = NSLock()
  private var members: [Key: Members] = [:]
  /// Most keys kept at once.
  let capacity: Int

  /// A cache of at most `capacity` keys.
  init(capacity: Int = 4096) { self.capacity = capacity }

  /// The result object of `rights.resolve` for `birthDate` on `on`; throws (field `birthDate`)
  /// when the student is born after `on`. Equal to building it from `RightHolder.resolve`.
  func result(birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention) throws(RuleError) -> JSONValue {
    let age = try RightHolder.checkedAge(birthDate: birthDate, on: on, convention: convention)
    let key = Key(birthDate: birthDate, convention: convention, phase: StudentPhase(age: age))
    lock.lock()
    let cached = members[key]
    lock.unlock()
    let m: Members
    if let cached {
      m = cached
    } else {
      let r = try RightHolder.resolve(birthDate: birthDate, on: on, convention: convention)
      m = Members(
        rights: .array(r.rights.map(RulesJSON.entry)),
        nextChange: r.nextChange.map { next in
          ["on": RulesJSON.date(next.on), "age": .int(next.age), "description": .string(next.description)]
        })
      lock.lock()
      if members.count >= capacity { members.removeAll(keepingCapacity: true) }
      members[key] = m
      lock.unlock()
    }
    var o: JSONObject = ["age": .int(age), "on": RulesJSON.date(on), "rights": m.rights]
    if let next = m.nextChange { o["nextChange"] = next }
    return .object(o)
  }
}
