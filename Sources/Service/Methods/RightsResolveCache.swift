import Foundation
import JSON
import JSONRPC
import Rules
import Wording

/// The encoded `rights` and `nextChange` members of `rights.resolve` results, kept as one template
/// per (29 February convention, phase, language) with the two birthdays left open.
///
/// Those members depend on nothing but the phase and the 16th and 18th birthdays (rules.md §1; the
/// entries' `since`/`until` and the next change are those birthdays, the texts follow the phase).
/// So a call computes the age and the two birthdays and writes them into the template's gaps: it
/// copies ~2.7 KB instead of building eight entries with their legal-basis texts and encoding them,
/// whatever the birth date. An earlier cache kept the finished members per birth date; with the
/// birth dates of a whole school board (issue 13 §4: 10,000 of them) it started over every few
/// thousand and most calls paid the full build. The templates are six per language, all made
/// when the cache is, so there is nothing to bound and nothing to lock. A template is accepted only when it gives, for a second birth date of the same phase,
/// exactly the bytes the writer makes of that answer; otherwise (a text that happened to contain a
/// birthday) that key is built the ordinary way on every call.
final class RightsResolveCache: Sendable {
  /// What a template is kept for.
  private struct Key: Hashable {
    let convention: LeapDayConvention
    let phase: StudentPhase
    /// The language of the legal-basis sentences and the next change (issue 16 §1): a template
    /// holds rendered text, so each language has its own.
    let language: Language
  }

  /// Which birthday fills a gap.
  private enum Birthday: Sendable {
    case sixteen, eighteen
  }

  /// The tail of a result (from `"rights"` to the closing brace) with gaps where a birthday goes.
  private struct Template: Sendable {
    /// The bytes between the gaps: `pieces.count == gaps.count + 1`.
    let pieces: [[UInt8]]
    /// The birthday of each gap, written as a quoted `YYYY-MM-DD`.
    let gaps: [Birthday]

    /// Cuts `tail` at every quoted occurrence of the two birthdays.
    init(tail: [UInt8], sixteen: CivilDate, eighteen: CivilDate) {
      let s16 = Array("\"\(sixteen)\"".utf8), s18 = Array("\"\(eighteen)\"".utf8)
      var pieces: [[UInt8]] = [], gaps: [Birthday] = [], current: [UInt8] = []
      var k = 0
      while k < tail.count {
        if tail[k] == UInt8(ascii: "\""), let (gap, length) = Self.match(tail, k, s16, s18) {
          pieces.append(current)
          current = []
          gaps.append(gap)
          k += length
        } else {
          current.append(tail[k])
          k += 1
        }
      }
      pieces.append(current)
      self.pieces = pieces
      self.gaps = gaps
    }

    private static func match(_ tail: [UInt8], _ k: Int, _ s16: [UInt8], _ s18: [UInt8]) -> (Birthday, Int)? {
      for (gap, s) in [(Birthday.sixteen, s16), (.eighteen, s18)] where k + s.count <= tail.count {
        if tail[k..<(k + s.count)].elementsEqual(s) { return (gap, s.count) }
      }
      return nil
    }

    /// The tail for a student with these birthdays.
    func render(sixteen: CivilDate, eighteen: CivilDate, into bytes: inout [UInt8]) {
      let s16 = Array("\"\(sixteen)\"".utf8), s18 = Array("\"\(eighteen)\"".utf8)
      for (k, gap) in gaps.enumerated() {
        bytes.append(contentsOf: pieces[k])
        bytes.append(contentsOf: gap == .sixteen ? s16 : s18)
      }
      bytes.append(contentsOf: pieces[gaps.count])
    }
  }

  /// Templates by key, all made when the cache is; `nil` marks a key whose template did not check
  /// out (built the ordinary way on every call). Immutable, so calls read it without a lock: with 32
  /// clients on two cores a lock taken by every call made the threads queue behind whichever one
  /// was preempted while holding it (BENCHMARKS.md, issue 13 §4).
  private let templates: [Key: Template?]

  /// How many of the twelve keys have a checked template (the rest are built on every call).
  var checkedTemplates: Int { templates.values.filter { $0 != nil }.count }

  /// Sample students, one per phase, on a fixed date: a template depends on the phase alone.
  private static let samples: [(phase: StudentPhase, birthDate: CivilDate, on: CivilDate)] = [
    (StudentPhase.under16, 2016), (.sixteenToEighteen, 2009), (.adult, 2000),
  ].compactMap { phase, year in
    guard let born = CivilDate(year: year, month: 3, day: 10), let on = CivilDate(year: 2026, month: 6, day: 15) else { return nil }
    return (phase, born, on)
  }

  /// Every template: each 29 February convention, phase and language (twelve).
  init() {
    var made: [Key: Template?] = [:]
    for convention in LeapDayConvention.allCases {
      for language in Language.allCases {
        for s in Self.samples {
          let age = (try? RightHolder.checkedAge(birthDate: s.birthDate, on: s.on, convention: convention)) ?? -1  // -1: no template, built per call
          guard StudentPhase(age: age) == s.phase else { continue }
          made[Key(convention: convention, phase: s.phase, language: language)] = language.bound {
            (try? Self.checkedTemplate(birthDate: s.birthDate, on: s.on, convention: convention, age: age)) ?? nil  // nil: built per call
          }
        }
      }
    }
    templates = made
  }

  /// One answer of `rights.resolve`: the age on the date and the encoded rest.
  struct Answer: Sendable {
    let age: Int
    let on: CivilDate
    let birthDate: CivilDate
    let convention: LeapDayConvention
    /// The language the tail was written in; `value` renders the same.
    let language: Language
    /// The encoding of the result from `"rights"` to the closing brace.
    let tail: [UInt8]

    /// The result object, built from the rules (for in-process callers; the wire uses `encoded`).
    var value: JSONValue {
      // nil is unreachable: `answer` checked the same dates before making this Answer.
      guard let r = try? RightHolder.resolve(birthDate: birthDate, on: on, convention: convention) else {  // unreachable
        return .null
      }
      return language.bound { RightsResolveCache.result(r) }
    }

    /// The result with its encoding: `age` and `on`, then the tail.
    var encoded: EncodedResult {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(tail.count + 32)
      bytes.append(contentsOf: #"{"age":"#.utf8)
      bytes.append(contentsOf: String(age).utf8)
      bytes.append(contentsOf: #","on":"#.utf8)
      JSONWriter.write(RulesJSON.date(on), into: &bytes)
      bytes.append(UInt8(ascii: ","))
      bytes.append(contentsOf: tail)
      let answer = self
      return EncodedResult(bytes: bytes) { answer.value }
    }
  }

  /// The result object of `rights.resolve` for a resolution, members in the published order.
  static func result(_ r: RightsResolution) -> JSONValue {
    var o: JSONObject = ["age": .int(r.age), "on": RulesJSON.date(r.on), "rights": .array(r.rights.map(RulesJSON.entry))]
    if let next = r.nextChange {
      o["nextChange"] = ["on": RulesJSON.date(next.on), "age": .int(next.age), "description": .string(next.description)]
    }
    return .object(o)
  }

  /// The tail built and encoded the ordinary way.
  private static func freshTail(birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention) throws(RuleError)
    -> [UInt8]
  {
    let r = try RightHolder.resolve(birthDate: birthDate, on: on, convention: convention)
    var o: JSONObject = ["rights": .array(r.rights.map(RulesJSON.entry))]
    if let next = r.nextChange {
      o["nextChange"] = ["on": RulesJSON.date(next.on), "age": .int(next.age), "description": .string(next.description)]
    }
    return Array(JSONWriter.bytes(.object(o)).dropFirst())
  }

  /// The answer of `rights.resolve` for `birthDate` on `on`; throws (field `birthDate`) when the
  /// student is born after `on`. Equal, byte for byte, to building it from `RightHolder.resolve`.
  func answer(birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention) throws(RuleError) -> Answer {
    let age = try RightHolder.checkedAge(birthDate: birthDate, on: on, convention: convention)
    let key = Key(convention: convention, phase: StudentPhase(age: age), language: Language.current)
    let sixteen = anniversary(of: birthDate, years: 16, convention: convention)
    let eighteen = anniversary(of: birthDate, years: 18, convention: convention)
    let tail: [UInt8]
    if let template = templates[key] ?? nil {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(3_072)
      template.render(sixteen: sixteen, eighteen: eighteen, into: &bytes)
      tail = bytes
    } else {
      tail = try Self.freshTail(birthDate: birthDate, on: on, convention: convention)
    }
    return Answer(age: age, on: on, birthDate: birthDate, convention: convention, language: Language.current, tail: tail)
  }

  /// A template cut from this answer, accepted only when it also gives the fresh bytes for a
  /// student one week older evaluated one week later (same age and phase, other birthdays); nil
  /// when it does not (or no such second student exists), so the key is built on every call.
  private static func checkedTemplate(birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention, age: Int)
    throws(RuleError) -> Template?
  {
    let tail = try freshTail(birthDate: birthDate, on: on, convention: convention)
    let template = Template(
      tail: tail, sixteen: anniversary(of: birthDate, years: 16, convention: convention),
      eighteen: anniversary(of: birthDate, years: 18, convention: convention))
    for shift in [-7, -30, -200] {
      let b2 = birthDate.adding(days: shift), on2 = on.adding(days: shift)
      // A cache check: a second student that cannot be built only means this shift is not tried.
      guard let age2 = try? RightHolder.checkedAge(birthDate: b2, on: on2, convention: convention), age2 == age,  // cache check
        let fresh = try? freshTail(birthDate: b2, on: on2, convention: convention)  // cache check
      else { continue }
      var rendered: [UInt8] = []
      template.render(
        sixteen: anniversary(of: b2, years: 16, convention: convention),
        eighteen: anniversary(of: b2, years: 18, convention: convention), into: &rendered)
      return rendered == fresh ? template : nil
    }
    return nil
  }
}
