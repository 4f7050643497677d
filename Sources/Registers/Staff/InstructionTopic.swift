import Rules
import Wording

/// A topic staff are instructed on, with how long an instruction lasts and who needs it: the one
/// table of duties.md §6.3 (D21). AVG art. 32(4) asks the school to make sure anyone with access
/// to personal data processes it only on its instructions; art. 39(1)(b) makes awareness and
/// training part of the data protection officer's monitoring. No source fixes an interval: the
/// defaults are the sector's practice (a yearly refresher, two years for role topics).
public struct InstructionTopic: Sendable, Equatable {
  /// The code on the wire (`DATALEK_MELDEN`).
  public let code: String
  /// The topic's title, in both languages (the catalogue's).
  public let label: Text
  /// Months an instruction stays valid.
  public let months: Int
  /// The roles that need it; empty: every staff member.
  public let audience: [StaffRole]
  /// Why it is a topic (the law or the duty behind it).
  public let basis: Text

  /// A topic.
  public init(_ code: String, _ label: Text, months: Int, audience: [StaffRole] = [], basis: Text) {
    self.code = code
    self.label = label
    self.months = months
    self.audience = audience
    self.basis = basis
  }

  /// True when a staff member with `roles` needs this topic.
  public func applies(to roles: [StaffRole]) -> Bool { audience.isEmpty || roles.contains(where: audience.contains) }

  /// The built-in topics (duties.md §6.3), in the order the school's instruction plan lists them.
  /// The titles and bases are the catalogue's (`Texts.Staff`), so `staff.topics` and `staff.due`
  /// say them in the call's language.
  public static let all: [InstructionTopic] = [
    InstructionTopic("AVG_BASIS", T.avgBasis, months: 12, basis: T.basisAVG),
    InstructionTopic("DATALEK_MELDEN", T.datalekMelden, months: 12, basis: T.basisBreach),
    InstructionTopic("DELEN_GEGEVENS", T.delenGegevens, months: 24, basis: T.basisSharing),
    InstructionTopic("BEELDMATERIAAL", T.beeldmateriaal, months: 12, basis: T.basisImages),
    InstructionTopic("VERZOEKEN_HERKENNEN", T.verzoekenHerkennen, months: 24, basis: T.basisRequests),
    InstructionTopic("WACHTWOORDEN_APPARATEN", T.wachtwoordenApparaten, months: 12, basis: T.basisSecurity),
    InstructionTopic("COMMUNICATIE_NEUTRAAL", T.communicatieNeutraal, months: 24, audience: [.DIRECTIE, .LERAAR], basis: T.basisNeutral),
    InstructionTopic("MELDCODE_ZEDEN", T.meldcodeZeden, months: 12, basis: T.basisMeldcode),
    InstructionTopic("ROL_ADMINISTRATIE", T.rolAdministratie, months: 24, audience: [.ADMINISTRATIE], basis: T.basisRole),
    InstructionTopic("ROL_ZORG", T.rolZorg, months: 24, audience: [.ZORG], basis: T.basisRole),
    InstructionTopic("ROL_HR", T.rolHR, months: 24, audience: [.HR], basis: T.basisRole),
    InstructionTopic("ROL_ICT", T.rolICT, months: 24, audience: [.ICT], basis: T.basisRole),
    InstructionTopic("VP_VERTROUWELIJKHEID", T.vpVertrouwelijkheid, months: 24, audience: [.VERTROUWENSPERSOON], basis: T.basisConfidential),
  ]

  /// The catalogue's staff texts.
  typealias T = Texts.Staff

  /// The topic with `code`, nil for none.
  public static func named(_ code: String) -> InstructionTopic? { all.first { $0.code == code } }

  /// The topic with `code`, or -32602 on `field` listing the codes.
  public static func lookup(_ code: String, field: String) throws(RegisterError) -> InstructionTopic {
    guard let t = named(code) else {
      throw .invalid(field, T.unknownTopic(code, known: all.map(\.code).joined(separator: ", ")).string)
    }
    return t
  }

  /// The last day an instruction given on `on` is valid: `months` later (Reg. 1182/71 art. 3(2)(c)
  /// month counting, clamped to the month's end). It is due from the day after (D22).
  public func validThrough(instructedOn on: CivilDate) -> CivilDate { on.addingMonthsClamped(months) }
}
