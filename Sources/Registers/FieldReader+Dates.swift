import JSON
import Rules
import Wording

/// Dates and instants for the one reader, written once where the rules are visible: dates are
/// `YYYY-MM-DD`, instants RFC 3339 whose missing offset means Europe/Amsterdam wall time (refused
/// at a DST gap or fold), fractional seconds kept exactly as written (1–9 digits, no rounding).
/// The wire (`Params`) and the registers (`InputReader`) both read through these.
extension FieldReader {
  /// A required date `YYYY-MM-DD`.
  public func date(_ name: String) throws(FieldError) -> CivilDate {
    try Self.date(try string(name), field: field(name))
  }

  /// An optional date.
  public func optionalDate(_ name: String) throws(FieldError) -> CivilDate? {
    has(name) ? try date(name) : nil
  }

  /// A required instant.
  public func instant(_ name: String) throws(FieldError) -> Instant {
    try Self.instant(try string(name), field: field(name))
  }

  /// An optional instant.
  public func optionalInstant(_ name: String) throws(FieldError) -> Instant? {
    has(name) ? try instant(name) : nil
  }

  /// The moment something is done: the instant given, or `now` (the service's clock) when left
  /// out (issue 16 §3: a step recorded as it happens needs no timestamp typed by hand).
  public func instant(_ name: String, orNow now: Instant) throws(FieldError) -> Instant {
    has(name) ? try instant(name) : now
  }

  /// The day something is done: the date given, or `today` when left out.
  public func date(_ name: String, orToday today: CivilDate) throws(FieldError) -> CivilDate {
    has(name) ? try date(name) : today
  }

  /// An optional date given as `YYYY-MM-DD` or as an instant; an instant counts by its
  /// Europe/Amsterdam date (issue 4: 2026-03-14T23:30:00Z is 2026-03-15).
  public func dateOrInstant(_ name: String) throws(FieldError) -> CivilDate? {
    guard let s = try optionalString(name) else { return nil }
    let b = Array(s.utf8)
    if b.count == 10 { return try Self.date(s, field: field(name)) }
    guard b.count > 10, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") else {
      throw invalid(name, Texts.Dates.neitherDateNorInstant(s))
    }
    return Amsterdam.date(of: try Self.instant(s, field: field(name)))
  }

  /// `text` as a date, refused on `field`.
  public static func date(_ text: String, field: String) throws(FieldError) -> CivilDate {
    do { return try CivilDate.parse(text) } catch { throw FieldError(field, error.reason) }
  }

  /// `text` as an instant (no offset = Amsterdam wall time), refused on `field`.
  public static func instant(_ text: String, field: String) throws(FieldError) -> Instant {
    do { return try Amsterdam.parseInstant(text) } catch { throw FieldError(field, error.reason) }
  }
}

extension FieldError {
  /// The register's refusal for this field (-32602 on the wire).
  public var registerError: RegisterError { .invalid(field, reason) }
}
