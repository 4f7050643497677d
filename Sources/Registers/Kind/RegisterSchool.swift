import JSON

/// Where a register keeps the school its records belong to, declared once in its descriptor
/// (`RegisterKind.school`), so that a caller whose roles are granted for named schools reads and
/// writes only those schools' records (issue 18 §1; AVG art. 5(1)(f), 25, 32: access only for
/// whom the function needs it — the administration of one school does not see another's). The
/// ledger applies it to every read and write (`Register.scope`); no handler filters by hand.
public struct RegisterSchool: Sendable {
  /// How a record's schools must match the caller's.
  public enum Match: String, Sendable {
    /// One of the record's schools is enough (a staff member working at two schools).
    case any
    /// Every school the record names must be the caller's (an audit event of a read across schools).
    case every
  }

  /// The record member holding the school(s) (`school`, `schools`), or nil: the register keeps no
  /// school, its records are board-level.
  public let member: String?
  /// How a record's schools meet the caller's.
  public let match: Match
  /// True when scoped callers read every record anyway: registers without personal data that the
  /// public texts are written from (the privacy statement names the board's processing whichever
  /// school asks, AVG art. 13–14). Writes stay scoped.
  public let sharedReads: Bool
  private let extract: @Sendable (JSONObject) -> [String]

  /// A declaration; `extract` gives a record's schools (empty: board-level).
  public init(member: String?, match: Match = .any, sharedReads: Bool = false, _ extract: @escaping @Sendable (JSONObject) -> [String]) {
    self.member = member
    self.match = match
    self.sharedReads = sharedReads
    self.extract = extract
  }

  /// A register without a school: board-level records, seen and written only by unscoped callers.
  public static let board = RegisterSchool(member: nil) { _ in [] }
  /// A register without a school whose records every caller may read (the board's own settings and
  /// contracts, from which the public privacy statement is written); only unscoped callers write.
  public static let boardShared = RegisterSchool(member: nil, sharedReads: true) { _ in [] }
  /// Records naming one school in the string member `member` (absent: board-level).
  public static func single(_ member: String = "school", sharedReads: Bool = false) -> RegisterSchool {
    RegisterSchool(member: member, sharedReads: sharedReads) { r in r[member]?.stringValue.map { [$0] } ?? [] }
  }
  /// Records naming several schools in the array member `member`; one of them must be the caller's.
  public static func list(_ member: String, match: Match = .any) -> RegisterSchool {
    RegisterSchool(member: member, match: match) { r in (r[member]?.arrayValue ?? []).compactMap(\.stringValue) }
  }

  /// The schools `record` belongs to (empty: board-level).
  public func schools(of record: JSONObject) -> [String] { extract(record) }

  /// True when a caller scoped to `scope` (nil: the whole board) may see `record` in a read.
  public func mayRead(_ record: JSONObject, scope: [String]?) -> Bool {
    guard let scope, !sharedReads else { return true }
    return covers(record, scope)
  }

  /// True when a caller scoped to `scope` may write `record` (it must name one of the caller's schools).
  public func mayWrite(_ record: JSONObject, scope: [String]?) -> Bool {
    guard let scope else { return true }
    return covers(record, scope)
  }

  private func covers(_ record: JSONObject, _ scope: [String]) -> Bool {
    let own = extract(record)
    guard !own.isEmpty else { return false }
    switch match {
    case .any: return own.contains(where: scope.contains)
    case .every: return own.allSatisfy(scope.contains)
    }
  }
}
