import Wording

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

  /// The law's name, for the privacy statement; nil for `OTHER`, whose name is in the article text.
  public var text: Text? {
    switch self {
    case .WPO: Texts.Processing.lawWPO
    case .WVO2020: Texts.Processing.lawWVO2020
    case .WEC: Texts.Processing.lawWEC
    case .WEB: Texts.Processing.lawWEB
    case .LPW: Texts.Processing.lawLPW
    case .WRO: Texts.Processing.lawWRO
    case .WOT: Texts.Processing.lawWOT
    case .BW: Texts.Processing.lawBW
    case .FISCAL: Texts.Processing.lawFiscal
    case .ARCHIEFWET: Texts.Processing.lawArchiefwet
    case .OTHER: nil
    }
  }

  /// The law's Dutch name (the Dutch privacy statement), empty for `OTHER`.
  public var dutch: String { text?.nl ?? "" }
}
