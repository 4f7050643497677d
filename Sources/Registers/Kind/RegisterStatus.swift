/// A register's statuses as a type: every status a record of the register can be in is a case,
/// and the wire value is the raw value. Declaring statuses this way is what lets a `Lifecycle`
/// table be checked by the compiler: a misspelt status is not a case and does not compile
/// (issue 13: a typo in a transition table must never fall back to the initial status).
public protocol RegisterStatus: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}
