import Foundation
import JSON
import Synchronization
import JSONRPC
import Rules

/// The `rights` and `nextChange` members of `rights.resolve` results, built once per (birth date,
/// 29 February convention, phase) and shared by every later call with the same key.
///
/// They depend on nothing else: the entries follow from the phase and the 16th and 18th
/// birthdays (fixed by the birth date and convention), and so does the next change. A call then
/// costs the age check and a lookup instead of rebuilding eight entries with their legal-basis
/// texts. The encoding of those members is kept too, so a reply on the wire copies it instead of
/// encoding the ~3 KB of entries again (the aim of issue 4: no measurable cost over `service.info`
/// round trips). The cache is bounded: when full it starts over.
final class RightsResolveCache: @unchecked Sendable {
  /// What identifies a cached answer.
  private struct Key: Hashable {
    let birthDate: CivilDate
    let convention: LeapDayConvention
    let phase: StudentPhase
  }

  /// The cached members.
  struct Members: Sendable {
    /// `rights`: the entries as JSON.
    let rights: JSONValue
    /// `nextChange`, or nil when there is none (adult).
    let nextChange: JSONValue?
    /// The encoding of the result from `"rights"` to the closing brace: a call only writes its
    /// `age` and `on` in front of it.
    let tail: [UInt8]

    init(rights: JSONValue, nextChange: JSONValue?) {
      self.rights = rights
      self.nextChange = nextChange
      var o: JSONObject = ["rights": rights]
      if let nextChange { o["nextChange"] = nextChange }
      tail = Array(JSONWriter.bytes(.object(o)).dropFirst())
    }

    /// The result object for a student of `age` on `on`.
    func result(age: Int, on: CivilDate) -> JSONValue {
      var o: JSONObject = ["age": .int(age), "on": RulesJSON.date(on), "rights": rights]
      if let nextChange { o["nextChange"] = nextChange }
      return .object(o)
    }
  }

  /// The cached members by key; the mutex guards only this dictionary.
  private let members = Mutex<[Key: Members]>([:])
  /// Most keys kept at once.
  let capacity: Int

  /// A cache of at most `capacity` keys.
  init(capacity: Int = 4096) { self.capacity = capacity }

  /// One answer of `rights.resolve`: the age on the date and the shared members.
  struct Answer: Sendable {
    let age: Int
    let on: CivilDate
    let members: Members

    /// The result object.
    var value: JSONValue { members.result(age: age, on: on) }

    /// The result with its encoding: `age` and `on`, then the cached tail.
    var encoded: EncodedResult {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(members.tail.count + 32)
      bytes.append(contentsOf: #"{"age":"#.utf8)
      bytes.append(contentsOf: String(age).utf8)
      bytes.append(contentsOf: #","on":"#.utf8)
      JSONWriter.write(RulesJSON.date(on), into: &bytes)
      bytes.append(UInt8(ascii: ","))
      bytes.append(contentsOf: members.tail)
      let answer = self
      return EncodedResult(bytes: bytes) { answer.value }
    }
  }

  /// The answer of `rights.resolve` for `birthDate` on `on`; throws (field `birthDate`) when the
  /// student is born after `on`. Equal to building it from `RightHolder.resolve`.
  func answer(birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention) throws(RuleError) -> Answer {
    let age = try RightHolder.checkedAge(birthDate: birthDate, on: on, convention: convention)
    let key = Key(birthDate: birthDate, convention: convention, phase: StudentPhase(age: age))
    let cached = members.withLock { $0[key] }
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
      members.withLock { all in
        if all.count >= capacity { all.removeAll(keepingCapacity: true) }
        all[key] = m
      }
    }
    return Answer(age: age, on: on, members: m)
  }
}
