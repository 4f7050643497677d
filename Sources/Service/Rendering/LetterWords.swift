import Registers
import Rules

/// The plain words letters use for codes in the records: request types, who asks, who holds a
/// right, legal grounds (AVG art. 12(1): clear and plain language; duties.md §7).
enum LetterWords {
  /// What was asked, as a parent reads it.
  static func asked(_ t: RequestType?, _ c: LetterContext) -> String {
    switch t {
    case .access?: return c.t("inzage in en een kopie van de persoonsgegevens die de school verwerkt (AVG art. 15)", "access to and a copy of the personal data the school processes (GDPR art. 15)")
    case .rectification?: return c.t("correctie of aanvulling van persoonsgegevens (AVG art. 16)", "rectification or completion of personal data (GDPR art. 16)")
    case .erasure?: return c.t("verwijdering van persoonsgegevens (AVG art. 17)", "erasure of personal data (GDPR art. 17)")
    case .restriction?: return c.t("beperking van de verwerking (AVG art. 18)", "restriction of processing (GDPR art. 18)")
    case .objection?: return c.t("bezwaar tegen de verwerking (AVG art. 21)", "objection to the processing (GDPR art. 21)")
    case .portability?: return c.t("overdracht van gegevens (AVG art. 20)", "data portability (GDPR art. 20)")
    case .results?: return c.t("informatie over de vorderingen van uw kind", "information about your child's progress")
    case nil: return c.t("uw verzoek", "your request")
    }
  }

  /// The salutation for who asks.
  static func salutation(_ r: Requester?, _ c: LetterContext) -> String {
    switch r {
    case .student?: return c.t("Beste leerling,", "Dear student,")
    case .parent?, .guardian?, .parentWithoutAuthority?, .caregiver?: return c.t("Geachte ouder of verzorger,", "Dear parent or carer,")
    default: return c.t("Geachte heer, mevrouw,", "Dear Sir or Madam,")
    }
  }

  /// Who the request is about, from the requester's side.
  static func subjectOf(_ r: Requester?, _ c: LetterContext) -> String {
    r == .student ? c.t("uw eigen gegevens", "your own data") : c.t("de gegevens van uw kind", "your child's data")
  }

  /// Who holds the right, from the entitlement's holders.
  static func holders(_ holders: [String], _ c: LetterContext) -> String {
    if holders.contains("student") && holders.contains("parents") {
      return c.t("de leerling en de ouders met gezag", "the student and the parents with parental authority")
    }
    if holders.contains("student") { return c.t("de leerling zelf", "the student personally") }
    if holders.contains("parents") { return c.t("de ouders met gezag (of de voogd)", "the parents with parental authority (or the guardian)") }
    return c.t("niemand die dit verzoek kan doen", "no one who can make this request")
  }

  /// The ground in plain words, with its article.
  static func ground(_ code: String, _ c: LetterContext) -> String {
    guard let g = GroundCode(rawValue: code) else { return code }
    let words: String
    switch g {
    case .UAVG41_1i_PROTECT_DATA_SUBJECT: words = c.t("om de betrokkene zelf te beschermen", "to protect the person concerned")
    case .UAVG41_1i_RIGHTS_OF_OTHERS, .AVG15_4: words = c.t("om de rechten van anderen te beschermen", "to protect the rights of others")
    case .AVG12_5_UNFOUNDED: words = c.t("het verzoek is kennelijk ongegrond", "the request is manifestly unfounded")
    case .AVG12_5_EXCESSIVE: words = c.t("het verzoek is buitensporig, vooral door herhaling", "the request is excessive, in particular repetitive")
    case .AVG17_3b_LEGAL_OBLIGATION: words = c.t("de school moet de gegevens wettelijk bewaren", "the school must keep the data by law")
    case .NO_STANDING: words = c.t("u kunt dit recht niet zelf uitoefenen (leeftijd of gezag)", "you cannot exercise this right yourself (age or parental authority)")
    case .IDENTITY_NOT_ESTABLISHED: words = c.t("wij konden uw identiteit niet vaststellen", "we could not establish your identity")
    case .BW1_377C_CHILD_INTEREST:
      words = c.t("het geven van deze informatie is niet in het belang van het kind", "giving this information is not in the child's interest")
    }
    return "\(words) (\(g.article))"
  }

  /// The remedies against a refusal, by board type (duties.md §7.4; AVG art. 12(4), 77, 79).
  static func remedies(_ board: Remedies.Board, _ c: LetterContext) -> [String] {
    let ap = c.t(
      "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl), AVG art. 77.",
      "You can lodge a complaint with the Dutch Data Protection Authority, Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl), GDPR art. 77.")
    switch board {
    case .publicLaw:
      return [
        c.t("Deze beslissing is een besluit in de zin van de Algemene wet bestuursrecht (UAVG art. 34). U kunt binnen zes weken na de dag waarop deze brief is verstuurd bezwaar maken bij het schoolbestuur (Awb art. 6:7). Schrijf in uw bezwaarschrift uw naam en adres, de datum, ons kenmerk en waarom u het niet eens bent met de beslissing, en onderteken het.",
            "This decision is an order under the General Administrative Law Act (UAVG art. 34). You can object to the school board within six weeks of the day this letter was sent (Awb art. 6:7). State your name and address, the date, our reference and why you disagree, and sign it."),
        c.t("Na de beslissing op uw bezwaar kunt u in beroep gaan bij de bestuursrechter.", "After the decision on your objection you can appeal to the administrative court."),
        ap,
      ]
    case .private:
      return [
        c.t("U kunt binnen zes weken na ontvangst van deze brief de rechtbank vragen de school op te dragen uw verzoek alsnog toe te wijzen (UAVG art. 35). Daarvoor heeft u geen advocaat nodig.",
            "Within six weeks of receiving this letter you can ask the district court to order the school to grant your request (UAVG art. 35). You do not need a lawyer for this."),
        ap,
      ]
    }
  }

  /// The signer's role in the reader's words (a role, never a name: "noem geen namen").
  static func role(_ code: String, _ c: LetterContext) -> String {
    let words: [String: (String, String)] = [
      "director": ("directeur", "head teacher"), "bestuurder": ("bestuurder", "board member"),
      "boardMember": ("bestuurder", "board member"), "privacyOfficer": ("functionaris gegevensbescherming", "data protection officer"),
      "teamLeader": ("teamleider", "team leader"), "rector": ("rector", "head teacher"), "locationDirector": ("locatiedirecteur", "head of site"),
    ]
    return words[code].map { c.language == .nl ? $0.0 : $0.1 } ?? code
  }
}
