import JSON
import Rules

/// Who receives the art. 34 communication, as counts (the register keeps no identities, §3.5).
/// For a student under 16 the legal representatives are addressed; from 16 the student, and the
/// parents of a minor are informed too (rules.md §3.4, decision 34; UAVG art. 5(1), BW 1:233).
public struct NotificationAudience: Sendable, Equatable {
  /// Students whose legal representatives are addressed (student under 16).
  public var legalRepresentatives = 0
  /// Students addressed themselves (16 or older).
  public var students = 0
  /// Students aged 16–17 whose parents are informed as well.
  public var parentsInformed = 0
  /// Other people told (staff, parents as data subjects themselves).
  public var others = 0

  /// An empty audience.
  public init() {}

  /// The audience for affected students born on `birthDates`, ages taken on `on` (the Amsterdam
  /// date of the notification) by the Rules module. A birth date after `on` is refused, naming
  /// `studentBirthDates[i]`.
  public static func forStudents(
    birthDates: [CivilDate], on: CivilDate, convention: LeapDayConvention = .default
  ) throws(RegisterError) -> NotificationAudience {
    var a = NotificationAudience()
    for (i, birth) in birthDates.enumerated() {
      let years: Int
      do { years = try RightHolder.checkedAge(birthDate: birth, on: on, convention: convention) } catch {
        throw .invalid("studentBirthDates[\(i)]", error.reason)
      }
      switch StudentPhase(age: years) {
      case .under16: a.legalRepresentatives += 1
      case .sixteenToEighteen:
        a.students += 1
        a.parentsInformed += 1
      case .adult: a.students += 1
      }
    }
    return a
  }

  /// The sum of two audiences.
  public static func + (l: NotificationAudience, r: NotificationAudience) -> NotificationAudience {
    var a = l
    a.legalRepresentatives += r.legalRepresentatives
    a.students += r.students
    a.parentsInformed += r.parentsInformed
    a.others += r.others
    return a
  }

  /// `{legalRepresentatives, students, parentsInformed, others}`.
  public var json: JSONValue {
    [
      "legalRepresentatives": .int(legalRepresentatives), "students": .int(students),
      "parentsInformed": .int(parentsInformed), "others": .int(others),
    ]
  }
}
