import Rules

/// The parts of a statement and a notice that come from the settings: the controller, the data
/// protection officer, how to make a request and by when it is answered, and where to complain
/// (AVG art. 12(2)–(4), 13(1)(a)–(b), 13(2)(d), 77; UAVG art. 34–35; duties.md D12, D14).
public enum ContactText {
  /// The gaps that make a statement or notice incomplete (D9): no placeholder is ever written.
  public static func gaps(_ s: InformationSettings?) -> [String] {
    guard let s else { return ["settings: run information.configure (board, dpo, requestChannel, boardType)"] }
    var out: [String] = []
    if s.dpoName == nil || s.dpoContact.isEmpty { out.append("dpo: the data protection officer's name and contact (AVG art. 13(1)(b))") }
    if s.requestEmail == nil { out.append("requestChannel.email: where requests go (AVG art. 12(2))") }
    return out
  }

  /// "Wie is verantwoordelijk": the board as controller, with its contact details.
  public static func controller(to doc: inout TextDocument, _ s: InformationSettings, school: String?, _ v: Voice) {
    doc.heading(2, "Wie is verantwoordelijk voor \(v.your) gegevens?")
    let of = school.map { " is het bevoegd gezag van \($0) en" } ?? ""
    doc.paragraph("\(s.boardName)\(of) is verantwoordelijk voor de verwerking van persoonsgegevens (verwerkingsverantwoordelijke in de zin van de AVG).")
    doc.list(["adres: \(s.boardAddress)"] + s.boardContact)
  }

  /// "Functionaris voor gegevensbescherming": who the FG is and how to reach them (art. 37(7), 38(4)).
  public static func dpo(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice) {
    doc.heading(2, "Functionaris voor gegevensbescherming")
    doc.paragraph("Wij hebben een functionaris voor gegevensbescherming (FG). De FG houdt onafhankelijk toezicht op hoe wij met persoonsgegevens omgaan. \(v.You) kunt de FG rechtstreeks benaderen met vragen over privacy: \(s.dpoName ?? "").")
    doc.list(s.dpoContact)
  }

  /// "Hoe dient u een verzoek in": the channel, no form needed, free, one month (art. 12(3)), ID only on doubt (12(6)).
  public static func request(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice, level: Int = 2) {
    doc.heading(level, "Zo \(v.doYou) een verzoek")
    var channel: [String] = []
    if let e = s.requestEmail { channel.append("per e-mail: \(e)") }
    if let a = s.requestAddress { channel.append("per post: \(a)") }
    if let w = s.requestWebForm { channel.append("via het formulier op \(w)") }
    doc.paragraph("\(v.You) kunt een verzoek doen:")
    doc.list(channel)
    doc.paragraph("\(v.You) hoeft geen vast formulier te gebruiken en het kost niets. Wij vragen \(v.you) alleen om een identiteitsbewijs als wij twijfelen wie \(v.you) bent; stuur nooit ongevraagd een kopie van \(v.your) identiteitsbewijs.")
    doc.paragraph("Wij beantwoorden \(v.your) verzoek binnen een maand na ontvangst (AVG art. 12 lid 3). Valt het einde van die maand op een zaterdag, zondag of feestdag, dan is de eerstvolgende werkdag de laatste dag. Is het verzoek ingewikkeld of krijgen wij veel verzoeken, dan mogen wij die termijn met twee maanden verlengen; dat laten wij \(v.you) dan binnen de eerste maand weten, met de reden. Op een verzoek per e-mail antwoorden wij ook per e-mail, tenzij \(v.you) iets anders vraagt.")
  }

  /// The dated deadline for a request received on `on`, as the rules compute it.
  public static func example(to doc: inout TextDocument, on: CivilDate, _ v: Voice) {
    guard let d = try? Deadlines.request(receivedOn: on) else { return }
    doc.paragraph("Voorbeeld: een verzoek dat op \(dutch(on)) binnenkomt, beantwoorden wij uiterlijk op \(dutch(d.dueOn)).")
  }

  /// "Klacht": the school or FG first, always the Autoriteit Persoonsgegevens (art. 77), and the
  /// remedy after a decision by board type (D14).
  public static func complaint(to doc: inout TextDocument, _ s: InformationSettings, _ v: Voice, level: Int = 2) {
    doc.heading(level, "Een klacht indienen")
    let procedure = s.complaintsProcedure.map { " Onze klachtenregeling staat op \($0)." } ?? ""
    doc.paragraph("\(v.AreYou) het niet eens met hoe wij met persoonsgegevens omgaan, of met ons antwoord op \(v.your) verzoek? Neem dan eerst contact op met de school of met de functionaris voor gegevensbescherming; dan zoeken wij samen een oplossing.\(procedure)")
    doc.paragraph("\(v.You) mag ook altijd een klacht indienen bij de Autoriteit Persoonsgegevens, de toezichthouder op de privacywet (AVG art. 77): www.autoriteitpersoonsgegevens.nl.")
    if s.boardType.isPublicLaw {
      doc.paragraph("Ons besluit op een verzoek is een besluit in de zin van de Algemene wet bestuursrecht. \(v.You) kunt binnen zes weken nadat \(v.you) het besluit ontving bij ons bestuur bezwaar maken (UAVG art. 34).")
    } else {
      doc.paragraph("\(v.You) kunt binnen zes weken nadat \(v.you) ons antwoord op een verzoek ontving ook de rechter vragen ons een opdracht te geven (UAVG art. 35).")
    }
  }

  /// "29 november 2026".
  public static func dutch(_ d: CivilDate) -> String {
    let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    return "\(d.day) \(months[max(0, min(11, d.month - 1))]) \(d.year)"
  }
}
