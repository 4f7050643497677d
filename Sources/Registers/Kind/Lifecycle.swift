/// A register's state machine over its typed statuses: which action each status allows and
/// where it leads. The table is keyed and valued by `Status` cases, so a transition to a status
/// that does not exist does not compile; actions are the method verbs (`decide`, `close`), checked
/// by the lifecycle tests against the methods that use them. Published in Protocol/ per register;
/// an action outside the table is refused with 1002 listing what is allowed (AVG art. 5(2): the
/// record's state only moves the way the school's procedure says).
public struct Lifecycle<Status: RegisterStatus>: Sendable {
  /// The status of a new record.
  public let initial: Status
  /// `status → action → next status`. A status missing from the table allows nothing (closed).
  public let table: [Status: [String: Status]]
  /// Statuses an action may lead to instead of the table's, chosen by the command from the facts
  /// (`decide` → `holderChanged` when the requester lost standing since receipt). Declared here so
  /// the lifecycle still names every move a record can make.
  public let alternatives: [String: Set<Status>]

  /// A lifecycle starting at `initial` with `table` and the command-chosen `alternatives`.
  public init(initial: Status, _ table: [Status: [String: Status]], alternatives: [String: Set<Status>] = [:]) {
    self.initial = initial
    self.table = table
    self.alternatives = alternatives
  }

  /// True when `action` may move a record from `from` to `to`: the table's target, or one of the
  /// action's declared alternatives where the table allows the action at all.
  public func allows(_ action: String, from: Status, to: Status) -> Bool {
    guard let target = table[from]?[action] else { return false }
    return target == to || alternatives[action]?.contains(to) == true
  }

  /// The actions allowed in `status`, sorted.
  public func allowed(in status: Status) -> [String] { (table[status] ?? [:]).keys.sorted() }

  /// The status after `action` from `status`, or the 1002 error listing what is allowed.
  public func next(after action: String, from status: Status) throws(RegisterError) -> Status {
    guard let next = table[status]?[action] else {
      throw RegisterError.transition(action: action, status: status.rawValue, allowed: allowed(in: status))
    }
    return next
  }

  /// The status after `action` from the stored value `raw`. A stored value that is no status of
  /// this register allows nothing (1002 with an empty `allowed`): never read as the initial status.
  public func next(after action: String, from raw: String) throws(RegisterError) -> Status {
    guard let status = Status(rawValue: raw) else {
      throw RegisterError.transition(action: action, status: raw, allowed: [])
    }
    return try next(after: action, from: status)
  }

  /// The statuses reachable from `initial` by some sequence of actions (the lifecycle tests check
  /// that this is every status: a status no action leads to is dead code or a typo).
  public var reachable: Set<Status> {
    var seen: Set<Status> = [initial]
    var queue = [initial]
    while let s = queue.popLast() {
      for (action, n) in table[s] ?? [:] {
        for next in [n] + (alternatives[action] ?? []) where seen.insert(next).inserted { queue.append(next) }
      }
    }
    return seen
  }

  /// The same table with the statuses as their wire values, for code that reads stored records
  /// and for publishing (`RegisterKind.lifecycle`).
  public var erased: StateMachine {
    StateMachine(
      Dictionary(uniqueKeysWithValues: Status.allCases.map { s in
        (s.rawValue, (table[s] ?? [:]).mapValues(\.rawValue))
      }),
      initial: initial.rawValue)
  }
}
