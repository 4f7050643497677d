import Rules

/// The rights part of the privacy statement and of the rights notice, in plain Dutch, written
/// from the same rules that answer `rights.resolve` (`RightHolder.resolve`, rules.md §1.3): who
/// holds which right under 16, at 16 and 17, and from 18 is read from the rules, never restated
/// here, so the notice and `rights.resolve` cannot disagree (AVG art. 12(1), 13(2)(b)).
public enum RightsText {
  /// The three age bands and, for each, the rules' answer for a student of that age on `on`.
  public static func bands(on: CivilDate, convention: LeapDayConvention) -> [(phase: StudentPhase, resolution: RightsResolution)] {
    [(StudentPhase.under16, 15), (.sixteenToEighteen, 16), (.adult, 18)].compactMap { phase, age in
      let birth = on.addingMonthsClamped(-12 * (age + (age == 15 ? 1 : 0))).adding(days: age == 15 ? 1 : 0)
      guard let r = try? RightHolder.resolve(birthDate: birth, on: on, convention: convention) else { return nil }
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

  /// The right's name in Dutch.
  public static func name(_ right: Right) -> String {
    switch right {
    case .access: return "Inzage"
    case .rectification: return "Correctie en aanvulling"
    case .erasure: return "Verwijdering"
    case .restriction: return "Beperking"
    case .objection: return "Bezwaar"
    case .portability: return "Overdraagbaarheid"
    case .consent: return "Toestemming geven en intrekken"
    case .results: return "Informatie over resultaten en vorderingen"
    }
  }

  /// The article in Dutch citation style (the rules' `Right.article` is written in English).
  public static func article(_ right: Right) -> String {
    switch right {
    case .consent: return "AVG art. 6 lid 1 sub a en art. 7"
    case .results: return "WPO art. 11, WVO 2020 art. 2.97, WEC art. 20"
    default: return right.article
    }
  }

  /// One line per right: its name, what it means in plain words, and the article.
  public static func line(_ right: Right, _ v: Voice, about: String) -> String {
    let text: String
    switch right {
    case .access: text = "\(v.You) mag zien welke gegevens wij over \(about) hebben, waarvoor wij ze gebruiken en aan wie wij ze geven, en \(v.you) krijgt gratis een kopie."
    case .rectification: text = "Klopt een gegeven niet of ontbreekt er iets, dan passen wij het aan. Gaat het om een mening of beoordeling, dan voegen wij \(v.your) reactie toe."
    case .erasure: text = "\(v.You) kunt vragen gegevens te wissen. Wat wij volgens de wet moeten bewaren, wissen wij pas na de bewaartermijn."
    case .restriction: text = "\(v.You) kunt vragen de gegevens niet te gebruiken zolang wij een correctie of bezwaar onderzoeken."
    case .objection: text = "\(v.You) kunt bezwaar maken tegen het gebruik van gegevens voor onze taak als school; wij wegen dan \(v.your) persoonlijke situatie af."
    case .portability: text = "\(v.You) kunt gegevens die wij met toestemming of voor een overeenkomst digitaal verwerken, in een gangbaar bestandsformaat krijgen of laten doorsturen."
    case .consent: text = "\(v.You) kunt een toestemming (bijvoorbeeld voor foto's op de website) altijd weer intrekken, net zo makkelijk als \(v.you) haar gaf. Wat eerder met toestemming gebeurde, blijft rechtmatig."
    case .results: text = "De school informeert over de vorderingen en resultaten van de leerling, zoals de onderwijswetten voorschrijven."
    }
    return "\(name(right)) (\(article(right))): \(text.prefix(1).lowercased() + text.dropFirst())"
  }

  /// The rights section for `audience`: every band, or only `band` (a rights notice for one
  /// student), each told from the rules' holders.
  public static func append(
    to doc: inout TextDocument, audience: Audience, flags: ActivityFlags, bands: [(phase: StudentPhase, resolution: RightsResolution)],
    only band: StudentPhase? = nil, level: Int = 2
  ) {
    let v = audience.voice
    let rights = listed(flags, audience: audience)
    if audience == .staff {
      doc.paragraph("\(v.You) oefent deze rechten zelf uit:")
      doc.list(rights.map { line($0, v, about: "u") })
      return
    }
    let about = audience == .parents ? "uw kind en over u" : "jou"
    doc.paragraph("Dit zijn de rechten die de AVG en de onderwijswetten geven:")
    doc.list(rights.map { line($0, v, about: about) })
    for (phase, resolution) in bands where band == nil || band == phase {
      doc.heading(level + 1, bandTitle(phase, audience))
      let own = audience == .parents ? Holder.parents : Holder.student
      let held = rights.filter { r in resolution.entry(r)?.holders.contains(own) == true }
      let others = rights.filter { r in !held.contains(r) }
      doc.paragraph(bandSentence(phase, audience, held: held, others: others, resolution: resolution))
    }
    if audience == .parents {
      doc.paragraph("Over uw eigen gegevens als ouder, zoals uw adres of de verslagen van gesprekken met u, oefent u deze rechten altijd zelf uit.")
      doc.paragraph("Heeft u geen ouderlijk gezag? Dan kunt u de rechten van uw kind niet uitoefenen, maar u kunt de school wel om informatie over uw kind vragen (Burgerlijk Wetboek, artikel 1:377c). De school geeft die informatie, tenzij dat niet in het belang van uw kind is.")
    } else {
      doc.paragraph("Over je eigen gegevens mag je de school altijd vragen stellen. Ben je jonger dan 16 en doe je zelf een verzoek, dan betrekt de school je ouders of voogd.")
    }
  }

  /// "Uw kind is jonger dan 16 jaar", "Je bent 16 of 17 jaar", ...
  public static func bandTitle(_ phase: StudentPhase, _ audience: Audience) -> String {
    let who = audience == .parents ? "Uw kind is" : "Je bent"
    switch phase {
    case .under16: return "\(who) jonger dan 16 jaar"
    case .sixteenToEighteen: return "\(who) 16 of 17 jaar"
    case .adult: return "\(who) 18 jaar of ouder"
    }
  }

  /// Who exercises what in `phase`, from the rules' holders.
  static func bandSentence(_ phase: StudentPhase, _ audience: Audience, held: [Right], others: [Right], resolution: RightsResolution) -> String {
    let names = { (rs: [Right]) in lowerList(rs.map(name)) }
    let consentOnly = resolution.entry(.results)?.parentsWithStudentConsent == true
    if audience == .parents {
      if others.isEmpty { return "U oefent als ouder met gezag of als voogd alle rechten van uw kind uit: \(names(held))." }
      if held.isEmpty {
        let tail = consentOnly ? " Informatie over resultaten en vorderingen krijgt u alleen als uw kind daar toestemming voor geeft." : ""
        return "Uw kind oefent alle rechten zelf uit.\(tail)"
      }
      return "Uw kind oefent deze rechten zelf uit: \(names(others)). U blijft wel ontvangen: \(names(held)), tot uw kind 18 jaar wordt."
    }
    if held.isEmpty { return "Je ouders of voogd oefenen de rechten voor je uit: \(names(others))." }
    if others.isEmpty {
      let tail = consentOnly ? " Je ouders krijgen alleen informatie over je resultaten als jij daar toestemming voor geeft." : ""
      let parentsToo = resolution.entry(.results)?.holders.contains(.parents) == true ? " Tot je 18e krijgen je ouders ook informatie over je vorderingen en resultaten." : ""
      return "Je oefent deze rechten zelf uit: \(names(held)).\(parentsToo)\(tail)"
    }
    return "Je oefent zelf uit: \(names(held)). Je ouders of voogd: \(names(others))."
  }

  /// "a, b en c", lower-cased.
  static func lowerList(_ items: [String]) -> String {
    joined(items.map { $0.prefix(1).lowercased() + $0.dropFirst() })
  }

  /// "a, b en c" as given.
  public static func joined(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " en " + (items.last ?? "")
  }
}
