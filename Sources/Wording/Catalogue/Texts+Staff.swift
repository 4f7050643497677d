/// Texts of staff instruction (duties.md §6, D21–D23; AVG art. 32(4), 39(1)(b)): the instruction
/// topics' titles and what they rest on, the lines of `staff.due`, and the refusals of `staff.*`.
extension Texts {
  /// Staff-instruction texts.
  public enum Staff {
    /// A topic's basis that is only a citation: the same in both languages.
    static func citation(_ s: String) -> Text { Text(nl: s, en: s) }

    /// Topic AVG_BASIS.
    public static let avgBasis = Text(
      nl: "Wat persoonsgegevens zijn: doel, minimale gegevens, vertrouwelijkheid",
      en: "What personal data is: purpose, minimal data, confidentiality")
    /// Topic DATALEK_MELDEN.
    public static let datalekMelden = Text(nl: "Datalekken herkennen en direct melden", en: "Recognising data breaches and reporting them at once")
    /// Topic DELEN_GEGEVENS.
    public static let delenGegevens = Text(
      nl: "Gegevens delen: toestemming of informeren, geen lijsten aan andere ouders",
      en: "Sharing data: consent or informing, no lists to other parents")
    /// Topic BEELDMATERIAAL.
    public static let beeldmateriaal = Text(
      nl: "Beeldmateriaal: toestemming per kanaal, pers, klassenfoto's", en: "Images: consent per channel, the press, class photos")
    /// Topic VERZOEKEN_HERKENNEN.
    public static let verzoekenHerkennen = Text(
      nl: "Een vraag van een ouder kan een AVG-verzoek zijn: dezelfde dag doorgeven",
      en: "A parent's question can be an AVG request: pass it on the same day")
    /// Topic WACHTWOORDEN_APPARATEN.
    public static let wachtwoordenApparaten = Text(
      nl: "Wachtwoorden, MFA, phishing, apparaten, printen, clean desk", en: "Passwords, MFA, phishing, devices, printing, clear desk")
    /// Topic COMMUNICATIE_NEUTRAAL.
    public static let communicatieNeutraal = Text(
      nl: "Neutraal communiceren: geen namen, geen details", en: "Communicating neutrally: no names, no details")
    /// Topic MELDCODE_ZEDEN.
    public static let meldcodeZeden = Text(
      nl: "Meldcode en de plicht het bestuur te informeren", en: "The reporting code and the duty to inform the board")
    /// Topic ROL_ADMINISTRATIE.
    public static let rolAdministratie = Text(nl: "Rolinstructie leerlingadministratie", en: "Role instruction: student administration")
    /// Topic ROL_ZORG.
    public static let rolZorg = Text(nl: "Rolinstructie zorg en begeleiding", en: "Role instruction: pupil care and guidance")
    /// Topic ROL_HR.
    public static let rolHR = Text(nl: "Rolinstructie personeelszaken", en: "Role instruction: human resources")
    /// Topic ROL_ICT.
    public static let rolICT = Text(nl: "Rolinstructie ICT en beheer", en: "Role instruction: IT and system management")
    /// Topic VP_VERTROUWELIJKHEID.
    public static let vpVertrouwelijkheid = Text(nl: "Geheimhouding van de vertrouwenspersoon", en: "The confidential adviser's duty of secrecy")

    /// Basis of AVG_BASIS.
    public static let basisAVG = citation("AVG art. 32 lid 4, 39 lid 1 sub b")
    /// Basis of DATALEK_MELDEN.
    public static let basisBreach = Text(nl: "AVG art. 33; meldplicht datalekken", en: "AVG art. 33; duty to report data breaches")
    /// Basis of DELEN_GEGEVENS.
    public static let basisSharing = citation("AVG art. 6; rules.md §5")
    /// Basis of BEELDMATERIAAL.
    public static let basisImages = citation("AVG art. 6 lid 1 sub a; duties.md §5")
    /// Basis of VERZOEKEN_HERKENNEN.
    public static let basisRequests = citation("AVG art. 12 lid 3")
    /// Basis of WACHTWOORDEN_APPARATEN.
    public static let basisSecurity = Text(nl: "AVG art. 32; Normenkader IBP", en: "AVG art. 32; Normenkader IBP (the sector's security standards)")
    /// Basis of COMMUNICATIE_NEUTRAAL.
    public static let basisNeutral = citation("rules.md #33")
    /// Basis of MELDCODE_ZEDEN.
    public static let basisMeldcode = Text(
      nl: "Meldcode huiselijk geweld en kindermishandeling; WVO (oud) art. 3",
      en: "Reporting code for domestic violence and child abuse (Meldcode); WVO (old) art. 3")
    /// Basis of the role topics.
    public static let basisRole = Text(nl: "Kennisnet Aanpak IBP, bewustwording", en: "Kennisnet Aanpak IBP, awareness")
    /// Basis of VP_VERTROUWELIJKHEID.
    public static let basisConfidential = citation("rules.md §7")

    // MARK: staff.due

    /// Due: the last instruction expired.
    public static func expired(_ topic: Text, on: String, months: Int) -> Text {
      Text(
        nl: "Instructie \"\(topic.nl)\" van \(on) is verlopen (geldig \(months) maanden); herhalen.",
        en: "Instruction \"\(topic.en)\" of \(on) has expired (valid for \(months) months); repeat it.")
    }
    /// Due: never instructed.
    public static func missing(_ topic: Text, since: String) -> Text {
      Text(
        nl: "Nog geen instructie \"\(topic.nl)\" geregistreerd; nodig sinds \(since).",
        en: "No instruction \"\(topic.en)\" recorded yet; needed since \(since).")
    }

    // MARK: Refusals

    /// An unknown topic code.
    public static func unknownTopic(_ code: String, known: String) -> Text {
      Text(nl: "onbekend onderwerp \"\(code)\"; bekend zijn: \(known)", en: "unknown topic \"\(code)\"; known: \(known)")
    }
    /// An unknown role code.
    public static func unknownRole(_ known: String) -> Text {
      Text(nl: "onbekende rol; kies uit: \(known)", en: "unknown role; expected one of: \(known)")
    }
    /// No role.
    public static let noRole = Text(nl: "noem minstens één rol", en: "name at least one role")
    /// No school.
    public static let noSchool = Text(nl: "noem minstens één school (of \"bestuur\")", en: "name at least one school (or \"bestuur\" for the board)")
    /// No staff member.
    public static let noStaff = Text(nl: "noem minstens één medewerker", en: "name at least one staff member")
    /// A date in the future.
    public static func inFuture(_ date: String, today: String) -> Text {
      Text(nl: "\(date) ligt in de toekomst (vandaag is \(today))", en: "\(date) is in the future (today is \(today))")
    }
    /// An attendee twice.
    public static func twice(_ id: String) -> Text { Text(nl: "\(id) staat er twee keer in", en: "\(id) is listed twice") }
    /// Role or school missing for someone not yet registered.
    public static let neededForNew = Text(
      nl: "is verplicht voor een medewerker die nog niet geregistreerd is", en: "is required for a staff member not yet registered")
    /// Leaving before the start.
    public static func beforeStart(_ on: String, from: String) -> Text {
      Text(nl: "\(on) ligt vóór de start van de medewerker op \(from)", en: "\(on) is before the staff member started on \(from)")
    }

    // MARK: Names and columns

    /// A staff member, in errors.
    public static let staffMember = Text(nl: "Medewerker", en: "Staff member")
  }
}

extension Texts.Staff {
  /// The export headers of the staff register (`staff.export`).
  public enum Columns {
    /// Header: staff id.
    public static let id = Text(nl: "Personeelsnummer", en: "Staff id")
    /// Header: roles.
    public static let roles = Text(nl: "Rollen", en: "Roles")
    /// Header: schools.
    public static let schools = Text(nl: "Scholen", en: "Schools")
    /// Header: in service from.
    public static let activeFrom = Text(nl: "In dienst vanaf", en: "In service from")
    /// Header: left on.
    public static let activeTo = Text(nl: "Uit dienst op", en: "Left on")
    /// Header: instructions.
    public static let instructions = Text(nl: "Instructies", en: "Instructions")
  }
}
