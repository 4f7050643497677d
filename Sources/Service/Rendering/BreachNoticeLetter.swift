import JSON
import Registers
import Rules

/// The notice to the people affected by a data breach (AVG art. 34(2); duties.md §7.5): in
/// neutral words what happened, the likely consequences, the measures, what people can do
/// themselves (WP250) and the contact point. It states the kinds of data and people, never the
/// breach's own summary, names or details (S&V: "Noem geen details. Noem geen namen.").
enum BreachNoticeLetter {
  /// The reader's word for a data category code.
  static func dataWord(_ code: String, _ c: LetterContext) -> String {
    let words: [String: (String, String)] = [
      "name": ("naam", "name"), "grades": ("cijfers", "grades"), "absence": ("verzuim", "attendance"),
      "address": ("adres", "address"), "email": ("e-mailadres", "e-mail address"), "phone": ("telefoonnummer", "phone number"),
      "birthDate": ("geboortedatum", "date of birth"), "class": ("klas", "class"), "results": ("resultaten", "results"),
      "photo": ("foto's", "photos"), "credentials": ("inloggegevens", "login details"), "password": ("wachtwoord", "password"),
      "bsn": ("burgerservicenummer", "citizen service number"), "studentNumber": ("leerlingnummer", "student number"),
      "health": ("gezondheidsgegevens", "health data"), "support needs": ("ondersteuningsbehoefte", "support needs"),
    ]
    return words[code].map { c.language == .nl ? $0.0 : $0.1 } ?? code
  }

  /// What happened to the data, by the CIA types of the assessment.
  static func what(_ cia: [String], _ c: LetterContext) -> String {
    var parts: [String] = []
    if cia.contains("confidentiality") { parts.append(c.t("mogelijk bekend geworden bij mensen die ze niet mochten zien", "may have become known to people who should not see them")) }
    if cia.contains("integrity") { parts.append(c.t("mogelijk ten onrechte gewijzigd", "may have been changed without authority")) }
    if cia.contains("availability") { parts.append(c.t("een tijd niet beschikbaar geweest of verloren gegaan", "were unavailable for a time or lost")) }
    return parts.isEmpty ? c.t("niet goed beveiligd geweest", "were not properly protected") : parts.joined(separator: c.t(" en ", " and "))
  }

  /// The notice for breach `r`; refused for anything but a data breach.
  static func letter(_ r: BreachRecord, _ c: LetterContext) throws(LetterProblem) -> Letter {
    guard r.kind == .dataBreach else {
      throw LetterProblem(field: "kind", reason: "\(r.id) is not a data breach: an art. 34 notice is only for a personal data breach")
    }
    let a = r.json["assessment"]
    let data = (a?["dataCategories"]?.arrayValue ?? []).compactMap(\.stringValue)
    let cia = (a?["ciaTypes"]?.arrayValue ?? []).compactMap(\.stringValue)
    let people = (a?["subjectCategories"]?.arrayValue ?? []).compactMap(\.stringValue)
    var l = Letter(
      reference: r.id, date: c.long(c.today), subject: c.t("Informatie over een datalek bij de school", "Information about a data breach at the school"),
      salutation: c.t("Beste ouder, verzorger of leerling,", "Dear parent, carer or student,"), closing: c.closing(), labels: c.labels)
    let dataText = data.isEmpty ? c.t("persoonsgegevens", "personal data") : data.map { dataWord($0, c) }.joined(separator: ", ")
    let whose = people.contains("staff") && people.count == 1 ? c.t("medewerkers", "staff") : c.t("leerlingen", "students")
    l.blocks.append(.heading(c.t("Wat is er gebeurd?", "What happened?")))
    l.blocks.append(.paragraph(c.t(
      "Op \(c.long(r.json["awareAt"])) ontdekte de school een datalek. Gegevens van \(whose) (\(dataText)) zijn \(what(cia, c)). Uw gegevens of die van uw kind horen daarbij. Daarom informeren wij u persoonlijk (AVG art. 34).",
      "On \(c.long(r.json["awareAt"])) the school found a data breach. Data of \(whose) (\(dataText)) \(what(cia, c)). Your data or your child's data is among them, which is why we tell you personally (GDPR art. 34).")))
    l.blocks.append(.heading(c.t("Wat kunnen de gevolgen zijn?", "What could the consequences be?")))
    l.blocks.append(.paragraph(a?["consequences"]?.stringValue.map { c.t("Wij verwachten: ", "We expect: ") + $0 + "." }
      ?? c.t("Wij schatten in dat de gevolgen beperkt zijn, maar sluiten ze niet uit.", "We expect limited consequences but cannot rule them out.")))
    l.blocks.append(.heading(c.t("Wat heeft de school gedaan?", "What has the school done?")))
    let measures = (r.json["measures"]?.arrayValue ?? []).compactMap { $0["description"]?.stringValue }
    l.blocks.append(.list(measures.isEmpty ? [c.t("Wij onderzoeken het datalek en nemen maatregelen om herhaling te voorkomen.", "We are investigating and taking measures to prevent it happening again.")] : measures))
    if r.reportedAt != nil {
      l.blocks.append(.paragraph(c.t("Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens.", "We reported the breach to the Autoriteit Persoonsgegevens (Dutch DPA).")))
    }
    l.blocks.append(.heading(c.t("Wat kunt u zelf doen?", "What can you do?")))
    var advice = [c.t(
      "Wees alert op e-mails, berichten of telefoontjes die u niet verwacht en die naar de school of uw kind verwijzen. Geef nooit wachtwoorden of codes door.",
      "Be alert to e-mails, messages or calls you do not expect that mention the school or your child. Never pass on passwords or codes.")]
    if data.contains(where: { ["credentials", "password", "email"].contains($0) }) {
      advice.append(c.t("Verander uw wachtwoord, ook op andere plekken waar u hetzelfde wachtwoord gebruikt.", "Change your password, also wherever you use the same one."))
    }
    advice.append(c.t("Ziet u iets vreemds? Meld het ons, dan kijken wij met u mee.", "If you notice anything odd, tell us and we will help."))
    l.blocks.append(.list(advice))
    l.blocks.append(.paragraph(c.questions))
    return l
  }
}
