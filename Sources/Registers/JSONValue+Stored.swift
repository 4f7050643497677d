import JSON
import Rules

extension JSONValue {
  /// A date a register stored itself (`YYYY-MM-DD`), read back; nil when the member is absent.
  /// Every stored date was checked on its way in, so a value that does not parse can only be a
  /// damaged record, which reads as "no date" here (the store's hash chain reports the damage).
  /// One reader for every record view, instead of a `try? CivilDate.parse` at each member.
  public var storedDate: CivilDate? { stringValue.flatMap { try? CivilDate.parse($0) } }  // validated when written

  /// An instant a register stored itself (RFC 3339 with offset), read back; nil when absent.
  public var storedInstant: Instant? { stringValue.flatMap { try? Instant.parse($0) } }  // validated when written
}
