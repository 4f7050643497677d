import Rules

/// A topic staff are instructed on, with how long an instruction lasts and who needs it: the one
/// table of duties.md §6.3 (D21). AVG art. 32(4) asks the school to make sure anyone with access
/// to personal data processes it only on its instructions; art. 39(1)(b) makes awareness and
/// training part of the data protection officer's monitoring. No source fixes an interval: the
/// defaults are the sector's practice (a yearly refresher, two years for role topics).
public struct InstructionTopic: Sendable, Equatable {
  /// The code on the wire (`DATALEK_MELDEN`).
  public let code: String
  /// The Dutch label.
  public let label: String
  /// Months an instruction stays valid.
  public let months: Int
  /// The roles that need it; empty: every staff member.
  public let audience: [StaffRole]
  /// Why it is a topic (the law or the duty behind it).
  public let basis: String

  /// A topic.
  public init(_ code: String, _ label: String, months: Int, audience: [StaffRole] = [], basis: String) {
    self.code = code
    self.label = label
    self.months = months
    self.audience = audience
    self.basis = basis
  }

  /// True when a staff member with `roles` needs this topic.
  public func applies(to roles: [StaffRole]) -> Bool { audience.isEmpty || roles.contains(where: audience.contains) }

  /// The built-in topics (duties.md §6.3), in the order the school's instruction plan lists them.
  public static let all: [InstructionTopic] = [
    InstructionTopic("AVG_BASIS", "Wat persoonsgegevens zijn: doel, minimale gegevens, vertrouwelijkheid", months: 12, basis: "AVG art. 32 lid 4, 39 lid 1 sub b"),
    InstructionTopic("DATALEK_MELDEN", "Datalekken herkennen en direct melden", months: 12, basis: "AVG art. 33; meldplicht datalekken"),
    InstructionTopic("DELEN_GEGEVENS", "Gegevens delen: toestemming of informeren, geen lijsten aan andere ouders", months: 24, basis: "AVG art. 6; rules.md §5"),
    InstructionTopic("BEELDMATERIAAL", "Beeldmateriaal: toestemming per kanaal, pers, klassenfoto's", months: 12, basis: "AVG art. 6 lid 1 sub a; duties.md §5"),
    InstructionTopic("VERZOEKEN_HERKENNEN", "Een vraag van een ouder kan een AVG-verzoek zijn: dezelfde dag doorgeven", months: 24, basis: "AVG art. 12 lid 3"),
    InstructionTopic("WACHTWOORDEN_APPARATEN", "Wachtwoorden, MFA, phishing, apparaten, printen, clean desk", months: 12, basis: "AVG art. 32; Normenkader IBP"),
    InstructionTopic("COMMUNICATIE_NEUTRAAL", "Neutraal communiceren: geen namen, geen details", months: 24, audience: [.DIRECTIE, .LERAAR], basis: "rules.md #33"),
    InstructionTopic("MELDCODE_ZEDEN", "Meldcode en de plicht het bestuur te informeren", months: 12, basis: "Meldcode huiselijk geweld en kindermishandeling; WVO (oud) art. 3"),
    InstructionTopic("ROL_ADMINISTRATIE", "Rolinstructie leerlingadministratie", months: 24, audience: [.ADMINISTRATIE], basis: "Kennisnet Aanpak IBP, bewustwording"),
    InstructionTopic("ROL_ZORG", "Rolinstructie zorg en begeleiding", months: 24, audience: [.ZORG], basis: "Kennisnet Aanpak IBP, bewustwording"),
    InstructionTopic("ROL_HR", "Rolinstructie personeelszaken", months: 24, audience: [.HR], basis: "Kennisnet Aanpak IBP, bewustwording"),
    InstructionTopic("ROL_ICT", "Rolinstructie ICT en beheer", months: 24, audience: [.ICT], basis: "Kennisnet Aanpak IBP, bewustwording"),
    InstructionTopic("VP_VERTROUWELIJKHEID", "Geheimhouding van de vertrouwenspersoon", months: 24, audience: [.VERTROUWENSPERSOON], basis: "rules.md §7"),
  ]

  /// The topic with `code`, nil for none.
  public static func named(_ code: String) -> InstructionTopic? { all.first { $0.code == code } }

  /// The topic with `code`, or -32602 on `field` listing the codes.
  public static func lookup(_ code: String, field: String) throws(RegisterError) -> InstructionTopic {
    guard let t = named(code) else {
      throw .invalid(field, "onbekend onderwerp \"\(code)\"; bekend zijn: \(all.map(\.code).joined(separator: ", "))")
    }
    return t
  }

  /// The last day an instruction given on `on` is valid: `months` later (Reg. 1182/71 art. 3(2)(c)
  /// month counting, clamped to the month's end). It is due from the day after (D22).
  public func validThrough(instructedOn on: CivilDate) -> CivilDate { on.addingMonthsClamped(months) }
}
