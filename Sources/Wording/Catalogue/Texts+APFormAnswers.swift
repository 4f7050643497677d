/// The answers avgd writes into the AP's notification form (AVG art. 33(3)). The form takes Dutch,
/// so `breaches.apForm` always gives these values in Dutch (`.nl`), whatever the call's language;
/// the English is for a reader of this catalogue and for the English questionnaire's user.
extension Texts {
  /// The AP form's answer values and the form's own name.
  public enum APFormAnswers {
    /// The form version the question table follows (shown in the call's language).
    public static let formVersion = Text(
      nl: "Meldformulier datalekken van de Autoriteit Persoonsgegevens, versie in gebruik sinds mei 2021",
      en: "Data breach notification form of the Autoriteit Persoonsgegevens, version in use since May 2021")

    /// The `source` of a question avgd does not keep (answered in the form itself).
    public static let notRecorded = Text(nl: "(niet vastgelegd)", en: "(not recorded)")

    /// Yes.
    public static let yes = Text(nl: "Ja", en: "Yes")
    /// No.
    public static let no = Text(nl: "Nee", en: "No")
    /// Not told yet, but they will be (art. 34(1)).
    public static let noButWillTell = Text(nl: "Nee, maar dat ga ik wel doen", en: "No, but I will")

    /// Another organisation involved: a processor.
    public static func processorInvolved(_ processor: String) -> Text {
      Text(nl: "Ja, een verwerker: \(processor)", en: "Yes, a processor: \(processor)")
    }

    /// Kinds of data the form has no option for.
    public static func otherData(_ words: String) -> Text {
      Text(nl: "Overige gegevens, namelijk: \(words)", en: "Other data, namely: \(words)")
    }

    /// Special categories the form has no option for.
    public static func otherSpecial(_ words: String) -> Text {
      Text(nl: "Overige bijzondere gegevens: \(words)", en: "Other special data: \(words)")
    }

    /// Groups of people the form has no option for.
    public static func otherGroups(_ words: String) -> Text {
      Text(nl: "Anders, namelijk: \(words)", en: "Other, namely: \(words)")
    }

    /// Severity for risk level `unlikely`.
    public static let severityMinor = Text(nl: "Gering", en: "Minor")
    /// Severity for risk level `risk`.
    public static let severityModerate = Text(nl: "Gemiddeld", en: "Moderate")
    /// Severity for risk level `high`.
    public static let severitySevere = Text(nl: "Ernstig", en: "Severe")

    /// Section 9: the register's own reference, and the school if known.
    public static func registerReference(_ id: String, school: String?) -> Text {
      Text(
        nl: "Kenmerk in het datalekregister van het bestuur: \(id)\(school.map { " (school: \($0))" } ?? "").",
        en: "Reference in the board's breach register: \(id)\(school.map { " (school: \($0))" } ?? "").")
    }

    /// Section 0: a new notification.
    public static let newNotification = Text(nl: "Nieuwe melding", en: "New notification")
    /// Section 0: a supplement.
    public static let supplement = Text(nl: "Aanvulling op een eerdere melding", en: "Supplement to an earlier notification")
    /// Section 0: a withdrawal.
    public static let withdrawal = Text(nl: "Intrekking van een eerdere melding", en: "Withdrawal of an earlier notification")

    /// An approximate count as a range.
    public static func range(_ lo: Int, _ hi: Int) -> Text {
      Text(nl: "minimaal \(lo), maximaal \(hi)", en: "at least \(lo), at most \(hi)")
    }

    /// Who was told: the legal representatives of students under 16 (rules.md §3.4).
    public static func toldRepresentatives(_ n: Int) -> Text {
      Text(
        nl: "de wettelijk vertegenwoordigers van \(n) leerling(en) jonger dan 16",
        en: "the legal representatives of \(n) student(s) under 16")
    }

    /// Who was told: students of 16 or older themselves.
    public static func toldStudents(_ n: Int) -> Text {
      Text(nl: "\(n) leerling(en) van 16 jaar of ouder zelf", en: "\(n) student(s) aged 16 or older themselves")
    }

    /// Who was told: also the parents of minor students of 16 or 17.
    public static func toldParentsToo(_ n: Int) -> Text {
      Text(
        nl: "ook de ouders van \(n) minderjarige leerling(en) van 16 of 17",
        en: "also the parents of \(n) minor student(s) aged 16 or 17")
    }

    /// Who was told: others (staff, ...).
    public static func toldOthers(_ n: Int) -> Text {
      Text(nl: "\(n) andere betrokkene(n)", en: "\(n) other person(s) affected")
    }

    /// One communication: when, by which channel, to whom (`who` already joined, may be empty).
    public static func toldLine(at: String, channel: String, who: String) -> Text {
      Text(
        nl: "\(at), via \(channel)" + (who.isEmpty ? "" : ": \(who)"),
        en: "\(at), by \(channel)" + (who.isEmpty ? "" : ": \(who)"))
    }

    /// Not told under art. 34(3)(a).
    public static let groundEncrypted = Text(
      nl: "De gegevens waren onbegrijpelijk voor onbevoegden (art. 34 lid 3 onder a AVG)",
      en: "The data was unintelligible to unauthorised persons (AVG art. 34(3)(a))")
    /// Not told under art. 34(3)(b).
    public static let groundSubsequentMeasures = Text(
      nl: "Door maatregelen achteraf is het hoge risico niet langer waarschijnlijk (art. 34 lid 3 onder b AVG)",
      en: "Subsequent measures mean the high risk is no longer likely (AVG art. 34(3)(b))")
    /// Not told under art. 34(3)(c).
    public static let groundDisproportionateEffort = Text(
      nl: "Ieder afzonderlijk informeren vergt een onevenredige inspanning; er komt een openbare mededeling (art. 34 lid 3 onder c AVG)",
      en: "Telling each person would take disproportionate effort; there is a public communication (AVG art. 34(3)(c))")

    /// Not told: no high risk (art. 34(1)), with the rationale.
    public static func noHighRisk(_ rationale: String) -> Text {
      Text(
        nl: "Het datalek leidt naar verwachting niet tot een hoog risico voor de betrokkenen (art. 34 lid 1 AVG): \(rationale)",
        en: "The breach is not expected to result in a high risk to the people (AVG art. 34(1)): \(rationale)")
    }
  }
}
