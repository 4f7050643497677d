/// The deadlines of one data-subject request (AVG art. 12(3)), computed per Reg. 1182/71 art. 3.
///
/// The day of receipt does not count (3(1)); one month ends on the same date in the next month,
/// or on that month's last day (3(2)(c)); a Saturday, Sunday or Dutch public holiday moves the
/// end to the next working day (3(4)). The extension is three months counted from receipt
/// (rules.md decision 16), with the chained reading (first base due + 2 months) flagged.
public struct RequestDeadline: Sendable, Hashable {
  /// The Amsterdam date of receipt.
  public let receivedOn: CivilDate
  /// Receipt + 1 month, clamped to the month's end; not rolled. The recommended internal target.
  public let baseDueOn: CivilDate
  /// The legal due date: `baseDueOn` moved to the next working day when needed.
  public let dueOn: CivilDate
  /// The end of `dueOn` in Amsterdam (23:59:59 local).
  public let dueBy: Instant
  /// The days skipped to reach `dueOn`, with reasons (empty when none).
  public let rolledOver: [SkippedDay]
  /// Receipt + 3 months, clamped; not rolled.
  public let extendedBaseDueOn: CivilDate
  /// The legal due date after an extension (art. 12(3)), rolled like `dueOn`.
  public let extendedDueOn: CivilDate
  /// The end of `extendedDueOn` in Amsterdam.
  public let extendedDueBy: Instant
  /// The days skipped to reach `extendedDueOn`.
  public let extendedRolledOver: [SkippedDay]
  /// The chained alternative: `baseDueOn` + 2 months, clamped, not rolled (rules.md §2.2 table).
  /// It can be up to 2 days earlier than `extendedBaseDueOn` at month ends: the conservative target.
  public let chainedExtendedDueOn: CivilDate
  /// True when the chained reading ends earlier than `extendedBaseDueOn`.
  public let chainedIsEarlier: Bool

  /// A computed deadline (use `Deadlines.request`).
  public init(
    receivedOn: CivilDate, baseDueOn: CivilDate, dueOn: CivilDate, dueBy: Instant,
    rolledOver: [SkippedDay], extendedBaseDueOn: CivilDate, extendedDueOn: CivilDate,
    extendedDueBy: Instant, extendedRolledOver: [SkippedDay], chainedExtendedDueOn: CivilDate
  ) {
    self.receivedOn = receivedOn
    self.baseDueOn = baseDueOn
    self.dueOn = dueOn
    self.dueBy = dueBy
    self.rolledOver = rolledOver
    self.extendedBaseDueOn = extendedBaseDueOn
    self.extendedDueOn = extendedDueOn
    self.extendedDueBy = extendedDueBy
    self.extendedRolledOver = extendedRolledOver
    self.chainedExtendedDueOn = chainedExtendedDueOn
    self.chainedIsEarlier = chainedExtendedDueOn < extendedBaseDueOn
  }
}
