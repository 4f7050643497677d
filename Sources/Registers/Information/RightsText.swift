import Rules
import Wording

/// The rights part of the privacy statement and of the rights notice, in plain words, written
/// from the same rules that answer `rights.resolve` (`RightHolder.resolve`, rules.md §1.3): who
/// holds which right under 16, at 16 and 17, and from 18 is read from the rules, never restated
/// here, so the notice and `rights.resolve` cannot disagree (AVG art. 12(1), 13(2)(b)).
///
/// The words are the catalogue's (`Texts.Information.Rights`), in the call's language.
public enum RightsText {
  /// The catalogue's rights texts.
  typealias T = Texts.Information.Rights

  /// The three age bands and, for each, the rules' answer for a student of that age on `on`.
  public static func bands(on: CivilDate, convention: LeapDayConvention) -> [(phase: StudentPhase, resolution: RightsResolution)] {
    [(StudentPhase.under16, 15), (.sixteenToEighteen, 16), (.adult, 18)].compactMap { phase, age in
      let birth = on.addingMonthsClamped(-12 * (age + (age == 15 ? 1 : 0))).adding(days: age == 15 ? 1 : 0)
      // Cannot throw: `birth` is at least 15 years before `on` (resolve refuses only a later birth).
      guard let r = try? RightHolder.resolve(birthDate: birth, on: on, convention: convention) else { return nil }  // cannot throw
      return (phase, r)
    }
  }

  /// The rights this audience is told about, in `Right` order (D12).
  public static func listed(_ flags: ActivityFlags, audience: Audience) -> [Right] {
    Right.allCases.filter { right in
      switch right {
      case .access, .rectification, .erasure, .restriction: return true
      case .objection: return flags.objectable
      case .portability: return flags.consent || flags.contract
      case .consent: return flags.consent
      case .results: return audience != .staff
      }
    }
  }

  /// The right's name.
  public static func name(_ right: Right) -> Text {
    switch right {
    case .access: return T.accessName
    case .rectification: return T.rectificationName
    case .erasure: return T.erasureName
    case .restriction: return T.restrictionName
    case .objection: return T.objectionName
    case .portability: return T.portabilityName
    case .consent: return T.consentName
    case .results: return T.resultsName
    }
  }

  /// The article in Dutch citation style (the rules' `Right.article` is written in English).
  public static func article(_ right: Right) -> Text {
    switch right {
    case .consent: return T.consentArticle
    case .results: return Text(nl: T.resultsArticle, en: T.resultsArticle)
    default: return Text(nl: right.article, en: right.article)
    }
  }

  /// What `right` means in plain words, for `audience`.
  static func meaning(_ right: Right, _ audience: Audience) -> Text {
    let informal = audience.voice.isInformal
    switch right {
    case .access: return T.access(informal: informal, parents: audience == .parents)
    case .rectification: return T.rectification(informal: informal)
    case .erasure: return T.erasure(informal: informal)
    case .restriction: return T.restriction(informal: informal)
    case .objection: return T.objection(informal: informal)
    case .portability: return T.portability(informal: informal)
    case .consent: return T.consent(informal: informal)
    case .results: return T.results
    }
  }

  /// One line per right: its name, what it means in plain words, and the article.
  public static func line(_ right: Right, _ audience: Audience) -> String {
    let text = meaning(right, audience).string
    return "\(name(right)) (\(article(right))): \(text.prefix(1).lowercased() + text.dropFirst())"
  }

  /// The rights section for `audience`: every band, or only `band` (a rights notice for one
  /// student), each told from the rules' holders.
  public static func append(
    to doc: inout TextDocument, audience: Audience, flags: ActivityFlags, bands: [(phase: StudentPhase, resolution: RightsResolution)],
    only band: StudentPhase? = nil, level: Int = 2
  ) {
    let rights = listed(flags, audience: audience)
    if audience == .staff {
      doc.paragraph(T.staffExercise.string)
      doc.list(rights.map { line($0, audience) })
      return
    }
    doc.paragraph(T.theseAreTheRights.string)
    doc.list(rights.map { line($0, audience) })
    for (phase, resolution) in bands where band == nil || band == phase {
      doc.heading(level + 1, bandTitle(phase, audience).string)
      let own = audience == .parents ? Holder.parents : Holder.student
      let held = rights.filter { r in resolution.entry(r)?.holders.contains(own) == true }
      let others = rights.filter { r in !held.contains(r) }
      doc.paragraph(bandSentence(phase, audience, held: held, others: others, resolution: resolution).string)
    }
    if audience == .parents {
      doc.paragraph(T.parentsOwnData.string)
      doc.paragraph(T.noAuthority.string)
    } else {
      doc.paragraph(T.studentsAsk.string)
    }
  }

  /// "Uw kind is jonger dan 16 jaar", "Je bent 16 of 17 jaar", ...
  public static func bandTitle(_ phase: StudentPhase, _ audience: Audience) -> Text {
    let parents = audience == .parents
    switch phase {
    case .under16: return T.under16(parents: parents)
    case .sixteenToEighteen: return T.sixteenOr17(parents: parents)
    case .adult: return T.adult(parents: parents)
    }
  }

  /// Who exercises what in `phase`, from the rules' holders.
  static func bandSentence(_ phase: StudentPhase, _ audience: Audience, held: [Right], others: [Right], resolution: RightsResolution) -> Text {
    let names = { (rs: [Right]) in lowerList(rs.map(name)) }
    let consentOnly = resolution.entry(.results)?.parentsWithStudentConsent == true
    if audience == .parents {
      if others.isEmpty { return T.parentsAll(names(held)) }
      if held.isEmpty { return T.childAll(consentOnly: consentOnly) }
      return T.childSome(names(others), parents: names(held))
    }
    if held.isEmpty { return T.parentsForYou(names(others)) }
    if others.isEmpty {
      let parentsToo = resolution.entry(.results)?.holders.contains(.parents) == true
      return T.youAll(names(held), parentsToo: parentsToo, consentOnly: consentOnly)
    }
    return T.youSome(names(held), parents: names(others))
  }

  /// "a, b en c", lower-cased.
  static func lowerList(_ items: [Text]) -> Text {
    let lower = { (s: String) in s.prefix(1).lowercased() + s.dropFirst() }
    return joined(items.map { Text(nl: lower($0.nl), en: lower($0.en)) })
  }

  /// "a, b en c" ("a, b and c") as given.
  public static func joined(_ items: [Text]) -> Text {
    guard let last = items.last else { return Text(nl: "", en: "") }
    guard items.count > 1 else { return last }
    return Text.joined(Array(items.dropLast()), separator: ", ") + Texts.Information.and + last
  }

  /// "a, b en c" ("a, b and c") of names that are the same in both languages.
  public static func joined(_ items: [String]) -> Text { joined(items.map { Text(nl: $0, en: $0) }) }
}
