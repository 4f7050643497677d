/// Texts of the information duty (AVG art. 12–14; duties.md §3–4): the settings the privacy
/// statement and rights notice are written from, their contact parts (controller, FG, how to make
/// a request, where to complain), dates, and the refusals of `information.*`. The statement's own
/// sections are in `Texts+InformationStatement.swift`, the rights in `Texts+InformationRights.swift`.
extension Texts {
  /// Information-duty texts.
  public enum Information {
    /// The Dutch forms of address: formal "u" for parents and staff, informal "je" for students
    /// (AVG art. 12(1), recital 58: plain enough for a child). English has one "you".
    struct Address {
      let you: String, You: String, your: String, AreYou: String, doYou: String
    }

    /// The Dutch forms for `informal` (students) or formal (parents, staff).
    static func address(_ informal: Bool) -> Address {
      informal
        ? Address(you: "je", You: "Je", your: "jouw", AreYou: "Ben je", doYou: "doe je")
        : Address(you: "u", You: "U", your: "uw", AreYou: "Bent u", doYou: "doet u")
    }

    /// The last join of a list ("a, b en c" / "a, b and c").
    public static let and = Text(nl: " en ", en: " and ")

    /// A date in words ("29 november 2026" / "29 November 2026"), in statements and notices.
    public static func date(day: Int, month: Int, year: Int) -> Text {
      let nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
      let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
      let m = max(0, min(11, month - 1))
      return Text(nl: "\(day) \(nl[m]) \(year)", en: "\(day) \(en[m]) \(year)")
    }

    // MARK: Gaps (D9: no placeholder is ever written)

    /// A gap: `information.configure` never ran.
    public static let gapSettings = Text(
      nl: "settings: voer information.configure uit (board, dpo, requestChannel, boardType)",
      en: "settings: run information.configure (board, dpo, requestChannel, boardType)")
    /// A gap: the FG's name or contact is missing.
    public static let gapDPO = Text(
      nl: "dpo: naam en contactgegevens van de functionaris voor gegevensbescherming (AVG art. 13(1)(b))",
      en: "dpo: the data protection officer's name and contact (AVG art. 13(1)(b))")
    /// A gap: no e-mail address for requests.
    public static let gapRequestEmail = Text(
      nl: "requestChannel.email: waar verzoeken binnenkomen (AVG art. 12(2))",
      en: "requestChannel.email: where requests go (AVG art. 12(2))")
    /// A gap: no activity concerns the audience on the date (`at` names the school, or is empty).
    public static func gapNoActivity(_ audience: String, on: String, school: String?) -> Text {
      let atNL = school.map { " bij \($0)" } ?? "", atEN = school.map { " at \($0)" } ?? ""
      return Text(
        nl: "processing: geen verwerking betreft \(audience) op \(on)\(atNL) (AVG art. 13(1)(c))",
        en: "processing: no activity concerns \(audience) on \(on)\(atEN) (AVG art. 13(1)(c))")
    }
    /// A gap: an activity has no retention.
    public static func gapRetention(_ id: String, name: String) -> Text {
      Text(
        nl: "processing \(id).retention: hoe lang \"\(name)\" gegevens bewaart (AVG art. 13(2)(a))",
        en: "processing \(id).retention: how long \"\(name)\" keeps data (AVG art. 13(2)(a))")
    }
    /// The 1006 refusal's reason beside `data.gaps`.
    public static let incomplete = Text(
      nl: "de tekst zou onvolledig zijn; vul eerst deze gaten (avgd publiceert nooit een tijdelijke invulling)",
      en: "the text would be incomplete; fill these gaps first (no placeholder is ever published)")

    // MARK: Refusals

    /// An e-mail address that is none.
    public static func notAnEmail(_ s: String) -> Text {
      Text(nl: "\"\(s)\" is geen e-mailadres", en: "\"\(s)\" is not an e-mail address")
    }
    /// `inForceFrom` before today.
    public static func inForceBeforeToday(_ from: String, today: String) -> Text {
      Text(
        nl: "\(from) ligt vóór vandaag (\(today)): een versie geldt op zijn vroegst vanaf de dag van publicatie",
        en: "\(from) is before today (\(today)): a version is in force from its publication at the earliest")
    }

    // MARK: Contact details

    /// A contact line: e-mail.
    public static func email(_ v: String) -> Text { Text(nl: "e-mail: \(v)", en: "email: \(v)") }
    /// A contact line: phone.
    public static func phone(_ v: String) -> Text { Text(nl: "telefoon: \(v)", en: "phone: \(v)") }
    /// A contact line: website.
    public static func website(_ v: String) -> Text { Text(nl: "website: \(v)", en: "on the web: \(v)") }
    /// A contact line: postal address.
    public static func postalAddress(_ v: String) -> Text { Text(nl: "adres: \(v)", en: "address: \(v)") }

    // MARK: Who is responsible, the FG

    /// The controller section's heading.
    public static func controllerHeading(informal: Bool) -> Text {
      let v = address(informal)
      return Text(nl: "Wie is verantwoordelijk voor \(v.your) gegevens?", en: "Who is responsible for your data?")
    }
    /// The board as controller (art. 13(1)(a)); `school` when the statement is a school's.
    public static func controller(board: String, school: String?) -> Text {
      let ofNL = school.map { " is het bevoegd gezag van \($0) en" } ?? ""
      let ofEN = school.map { ", the competent authority of \($0)," } ?? ""
      return Text(
        nl: "\(board)\(ofNL) is verantwoordelijk voor de verwerking van persoonsgegevens (verwerkingsverantwoordelijke in de zin van de AVG).",
        en: "\(board)\(ofEN) is responsible for the processing of personal data (the controller within the meaning of the AVG, the GDPR).")
    }
    /// The FG section's heading.
    public static let dpoHeading = Text(nl: "Functionaris voor gegevensbescherming", en: "Data protection officer")
    /// Who the FG is and what they do (art. 37(7), 38(4)).
    public static func dpo(_ name: String, informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "Wij hebben een functionaris voor gegevensbescherming (FG). De FG houdt onafhankelijk toezicht op hoe wij met persoonsgegevens omgaan. \(v.You) kunt de FG rechtstreeks benaderen met vragen over privacy: \(name).",
        en: "We have a data protection officer (in Dutch: FG). The data protection officer independently monitors how we handle personal data. You can contact the data protection officer directly with questions about privacy: \(name).")
    }

    // MARK: How to make a request (art. 12(2)–(6))

    /// The request section's heading.
    public static func requestHeading(informal: Bool) -> Text {
      let v = address(informal)
      return Text(nl: "Zo \(v.doYou) een verzoek", en: "How to make a request")
    }
    /// A request channel: e-mail.
    public static func byEmail(_ v: String) -> Text { Text(nl: "per e-mail: \(v)", en: "by email: \(v)") }
    /// A request channel: post.
    public static func byPost(_ v: String) -> Text { Text(nl: "per post: \(v)", en: "by post: \(v)") }
    /// A request channel: a web form.
    public static func byWebForm(_ v: String) -> Text { Text(nl: "via het formulier op \(v)", en: "through the form at \(v)") }
    /// Before the list of channels.
    public static func youCanAsk(informal: Bool) -> Text {
      let v = address(informal)
      return Text(nl: "\(v.You) kunt een verzoek doen:", en: "You can make a request:")
    }
    /// No form, free, ID only on doubt (art. 12(5), 12(6)).
    public static func noForm(informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "\(v.You) hoeft geen vast formulier te gebruiken en het kost niets. Wij vragen \(v.you) alleen om een identiteitsbewijs als wij twijfelen wie \(v.you) bent; stuur nooit ongevraagd een kopie van \(v.your) identiteitsbewijs.",
        en: "You do not need to use a set form and it costs nothing. We only ask you for proof of identity if we are unsure who you are; never send a copy of your identity document unless we ask for it.")
    }
    /// One month, the extension, the answer by e-mail (art. 12(3)).
    public static func oneMonth(informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "Wij beantwoorden \(v.your) verzoek binnen een maand na ontvangst (AVG art. 12 lid 3). Valt het einde van die maand op een zaterdag, zondag of feestdag, dan is de eerstvolgende werkdag de laatste dag. Is het verzoek ingewikkeld of krijgen wij veel verzoeken, dan mogen wij die termijn met twee maanden verlengen; dat laten wij \(v.you) dan binnen de eerste maand weten, met de reden. Op een verzoek per e-mail antwoorden wij ook per e-mail, tenzij \(v.you) iets anders vraagt.",
        en: "We answer your request within one month of receiving it (AVG art. 12 lid 3). If the end of that month falls on a Saturday, Sunday or public holiday, the next working day is the last day. If the request is complex or we receive many requests, we may extend that period by two months; we then tell you so within the first month, with the reason. We answer a request made by email by email too, unless you ask otherwise.")
    }
    /// The dated example of the term.
    public static func example(received: Text, due: Text) -> Text {
      Text(
        nl: "Voorbeeld: een verzoek dat op \(received.nl) binnenkomt, beantwoorden wij uiterlijk op \(due.nl).",
        en: "For example: a request received on \(received.en) is answered by \(due.en) at the latest.")
    }

    // MARK: Complaints (art. 77; UAVG art. 34–35)

    /// The complaint section's heading.
    public static let complaintHeading = Text(nl: "Een klacht indienen", en: "Making a complaint")
    /// School or FG first, with the complaints procedure where there is one.
    public static func complaintFirst(informal: Bool, procedure: String?) -> Text {
      let v = address(informal)
      let pNL = procedure.map { " Onze klachtenregeling staat op \($0)." } ?? ""
      let pEN = procedure.map { " Our complaints procedure is at \($0)." } ?? ""
      return Text(
        nl: "\(v.AreYou) het niet eens met hoe wij met persoonsgegevens omgaan, of met ons antwoord op \(v.your) verzoek? Neem dan eerst contact op met de school of met de functionaris voor gegevensbescherming; dan zoeken wij samen een oplossing.\(pNL)",
        en: "Do you disagree with how we handle personal data, or with our answer to your request? Then please contact the school or the data protection officer first, and we will look for a solution together.\(pEN)")
    }
    /// The AP, always (art. 77).
    public static func complaintAP(informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "\(v.You) mag ook altijd een klacht indienen bij de Autoriteit Persoonsgegevens, de toezichthouder op de privacywet (AVG art. 77): www.autoriteitpersoonsgegevens.nl.",
        en: "You may also always complain to the Autoriteit Persoonsgegevens, the Dutch data protection authority (AVG art. 77): www.autoriteitpersoonsgegevens.nl.")
    }
    /// A public-law board: an Awb objection (UAVG art. 34).
    public static func objection(informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "Ons besluit op een verzoek is een besluit in de zin van de Algemene wet bestuursrecht. \(v.You) kunt binnen zes weken nadat \(v.you) het besluit ontving bij ons bestuur bezwaar maken (UAVG art. 34).",
        en: "Our decision on a request is a decision within the meaning of the General Administrative Law Act (Awb). You can lodge an objection with our board within six weeks of receiving the decision (UAVG art. 34).")
    }
    /// A private-law board: the court (UAVG art. 35).
    public static func court(informal: Bool) -> Text {
      let v = address(informal)
      return Text(
        nl: "\(v.You) kunt binnen zes weken nadat \(v.you) ons antwoord op een verzoek ontving ook de rechter vragen ons een opdracht te geven (UAVG art. 35).",
        en: "Within six weeks of receiving our answer to a request, you can also ask the court to order us to act (UAVG art. 35).")
    }

    // MARK: Names

    /// The statement versions' register in errors.
    public static let statementVersion = Text(nl: "Versie van de privacyverklaring", en: "Privacy statement version")
    /// The settings' register in errors.
    public static let settings = Text(nl: "Instellingen", en: "Settings")
  }
}

extension Texts.Information {
  /// The export headers of the statement versions (`information.export`).
  public enum Columns {
    /// Header: id.
    public static let id = Text(nl: "Kenmerk", en: "Id")
    /// Header: audience.
    public static let audience = Text(nl: "Doelgroep", en: "Audience")
    /// Header: language.
    public static let language = Text(nl: "Taal", en: "Language")
    /// Header: in force from.
    public static let inForceFrom = Text(nl: "Geldig vanaf", en: "In force from")
    /// Header: change class.
    public static let changeClass = Text(nl: "Soort wijziging", en: "Change")
    /// Header: inform actively.
    public static let activelyInform = Text(nl: "Actief informeren", en: "Inform actively")
    /// Header: note.
    public static let note = Text(nl: "Toelichting", en: "Note")
    /// Header: published at.
    public static let publishedAt = Text(nl: "Gepubliceerd op", en: "Published at")
    /// Header: published by.
    public static let publishedBy = Text(nl: "Gepubliceerd door", en: "Published by")
  }
}
