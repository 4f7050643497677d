import Wording

/// Deadline arithmetic for requests (AVG art. 12(3) with Reg. 1182/71 art. 3) and breaches
/// (AVG art. 33(1)). Pure: the moment of receipt or awareness is always a parameter.
public enum Deadlines {
  /// The hours a controller has to notify the AP of a breach (AVG art. 33(1)).
  public static let breachHours: Int64 = 72

  /// The deadlines of a request received on `receivedOn` (an Amsterdam date).
  /// Throws (field `receivedOn`) when the receipt or a due date falls outside the holiday years
  /// 1900–2200.
  public static func request(receivedOn: CivilDate) throws(RuleError) -> RequestDeadline {
    guard DutchHolidays.supportedYears.contains(receivedOn.year) else {
      throw RuleError(field: "receivedOn", reason: Texts.Dates.yearOutside(receivedOn.year))
    }
    do {
      let base = receivedOn.addingMonthsClamped(1)
      let due = try DutchHolidays.rollForward(base)
      let extendedBase = receivedOn.addingMonthsClamped(3)
      let extended = try DutchHolidays.rollForward(extendedBase)
      return RequestDeadline(
        receivedOn: receivedOn, baseDueOn: base, dueOn: due.date,
        dueBy: Amsterdam.endOfDay(due.date), rolledOver: due.skipped,
        extendedBaseDueOn: extendedBase, extendedDueOn: extended.date,
        extendedDueBy: Amsterdam.endOfDay(extended.date), extendedRolledOver: extended.skipped,
        chainedExtendedDueOn: base.addingMonthsClamped(2))
    } catch {
      throw RuleError(field: "receivedOn", reason: Texts.Dates.dueOutside(receivedOn.description))
    }
  }

  /// The deadlines of a request received at `receivedAt`: its Amsterdam date counts
  /// (2026-03-14T23:30:00Z is received on 2026-03-15). Errors name field `receivedAt`.
  public static func request(receivedAt: Instant) throws(RuleError) -> RequestDeadline {
    do {
      return try request(receivedOn: Amsterdam.date(of: receivedAt))
    } catch {
      throw error.reported(as: "receivedAt")
    }
  }

  /// The latest moment to notify the AP: exactly 72 hours after `awareAt` (AVG art. 33(1)).
  ///
  /// Hours, not days: no weekend or holiday roll-over (1182/71 art. 3(4) covers only periods
  /// "expressed otherwise than in hours"), and elapsed time, so across a DST change the wall
  /// clock shows 71 or 73 hours later (aware 2026-10-24T10:00:00+02:00 → 2026-10-27T09:00:00+01:00).
  /// Format the result with `Amsterdam.format`.
  public static func breach(awareAt: Instant) -> Instant {
    awareAt.adding(hours: breachHours)
  }
}
