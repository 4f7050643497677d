/// The legal form of the school board (duties.md D13): it decides the remedy after a decision on
/// a request (D14): an Awb objection for public-law boards, a petition to the court (UAVG art. 35)
/// for private-law (bijzonder) boards.
public enum BoardType: String, Sendable, CaseIterable {
  /// A municipality runs the school.
  case gemeente
  /// An openbare rechtspersoon.
  case openbareRechtspersoon
  /// A stichting voor openbaar onderwijs.
  case stichtingOpenbaar
  /// A private-law board (bijzonder onderwijs; mbo institutions by default).
  case bijzonder

  /// True when decisions on requests are besluiten under the Awb (objection to the board).
  public var isPublicLaw: Bool { self != .bijzonder }
}
