/// The law behind a (c) or (e) basis, as a code (duties.md D2), with the article as free text
/// beside it: the codes keep the register searchable, the article keeps it exact.
public enum LawCode: String, Sendable, CaseIterable {
  /// Wet op het primair onderwijs.
  case WPO
  /// Wet voortgezet onderwijs 2020.
  case WVO2020
  /// Wet op de expertisecentra.
  case WEC
  /// Wet educatie en beroepsonderwijs.
  case WEB
  /// Leerplichtwet 1969.
  case LPW
  /// Wet register onderwijsdeelnemers.
  case WRO
  /// Wet op het onderwijstoezicht.
  case WOT
  /// Burgerlijk Wetboek.
  case BW
  /// Tax and social-security law (Wet op de loonbelasting, pension law).
  case FISCAL
  /// Archiefwet.
  case ARCHIEFWET
  /// Another law, named in the article text.
  case OTHER

  /// The law's Dutch name, for the privacy statement.
  public var dutch: String {
    switch self {
    case .WPO: return "Wet op het primair onderwijs"
    case .WVO2020: return "Wet voortgezet onderwijs 2020"
    case .WEC: return "Wet op de expertisecentra"
    case .WEB: return "Wet educatie en beroepsonderwijs"
    case .LPW: return "Leerplichtwet 1969"
    case .WRO: return "Wet register onderwijsdeelnemers"
    case .WOT: return "Wet op het onderwijstoezicht"
    case .BW: return "Burgerlijk Wetboek"
    case .FISCAL: return "fiscale en sociale wetgeving"
    case .ARCHIEFWET: return "Archiefwet"
    case .OTHER: return ""
    }
  }
}
