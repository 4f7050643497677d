/// How a text addresses its reader, so one generator writes both the formal statement for parents
/// and staff ("u", "uw") and the informal one for students ("je", "jouw"), as Dutch schools do
/// (AVG art. 12(1): clear and plain language, in particular for a child). The words themselves
/// are in the catalogue (`Texts.Information`); English has one "you".
public enum Voice: Sendable, Equatable {
  /// Formal address, for parents and staff.
  case formal
  /// Informal address, for students.
  case informal

  /// True for the informal address.
  public var isInformal: Bool { self == .informal }
}
