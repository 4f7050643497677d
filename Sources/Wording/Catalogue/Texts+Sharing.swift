/// Texts of the sharing and consent registers (rules.md §5): the refusals of `sharing.record`,
/// `sharing.informed`, `consents.record` and `sharing.withdrawConsent`, and the warning of a
/// disclosure whose people were not told (decision 41). The step plan of `sharing.assess` is in
/// `Texts.Assessment`.
extension Texts {
  /// Sharing and consent texts.
  public enum Sharing {
    // MARK: sharing.record

    /// No student named.
    public static let nameStudent = Text(nl: "noem ten minste één leerling", en: "name at least one student")
    /// No data category named.
    public static let nameDataCategory = Text(nl: "noem ten minste één categorie gegevens", en: "name at least one data category")
    /// A (c) or (e) disclosure without its law.
    public static func specificLawRequired(_ basis: String) -> Text {
      Text(
        nl: "een verstrekking op \(basis) moet de wet noemen die de plicht of taak regelt (AVG art. 6 lid 3), bijvoorbeeld \"WPO art. 42\"",
        en: "a disclosure on \(basis) must name the law that lays down the obligation or task (AVG art. 6(3)), e.g. \"WPO art. 42\"")
    }
    /// A consent named with another basis than consent.
    public static func consentOnlyOnConsent(_ basis: String) -> Text {
      Text(
        nl: "een toestemming is alleen de grondslag bij legalBasis AVG6_1a; bij \(basis) informeert de school in plaats daarvan (beslissing 41)",
        en: "a consent is only the basis with legalBasis AVG6_1a; with \(basis) the school informs instead (decision 41)")
    }
    /// `parentsInformedOn` without how.
    public static let sayHowInformed = Text(
      nl: "zeg hoe de ouders zijn geïnformeerd (brief, bericht in het ouderportaal, ...)",
      en: "say how the parents were informed (letter, portal message, ...)")
    /// `informedHow` without when.
    public static let requiredWithInformedHow = Text(nl: "is verplicht bij informedHow", en: "is required with informedHow")
    /// Both forms of informing given.
    public static let informOnce = Text(
      nl: "geef het informeren één keer: als informed [{whom: legalRepresentatives, on, how}] of als parentsInformedOn met informedHow, niet allebei",
      en: "give the informing once: as informed [{whom: legalRepresentatives, on, how}] or as parentsInformedOn with informedHow, not both")
    /// A birth date after the disclosure.
    public static func bornAfterDisclosure(_ birth: String, disclosedOn: String) -> Text {
      Text(
        nl: "de geboortedatum \(birth) ligt na disclosedOn \(disclosedOn)",
        en: "the birth date \(birth) is after disclosedOn \(disclosedOn)")
    }
    /// A birth date after today (`sharing.assess`).
    public static func bornAfterToday(_ birth: String, today: String) -> Text {
      Text(nl: "de geboortedatum \(birth) ligt na vandaag, \(today)", en: "the birth date \(birth) is after today, \(today)")
    }
    /// Only the parents of an adult student told.
    public static func adultParentsOnly(_ student: String, age: Int) -> Text {
      Text(
        nl: "leerling \(student) is \(age): een meerderjarige wordt zelf geïnformeerd; alleen de ouders informeren is zelf een verstrekking die een eigen grondslag nodig heeft (AVG art. 6; BW 1:233)",
        en: "student \(student) is \(age): an adult is informed personally; telling only the parents is itself a disclosure that needs its own basis (AVG art. 6; BW 1:233)")
    }
    /// The warning of a (c)/(e) disclosure whose people were not (all) told.
    public static func uninformed(nobody: Bool, missing: String) -> Text {
      let nl = nobody ? "Niemand is" : "Nog niet iedereen die het moet weten is"
      let en = nobody ? "Nobody has been" : "Not everyone who must know has been"
      return Text(
        nl: "\(nl) geïnformeerd over deze verstrekking zonder toestemming (AVG art. 6 lid 1 onder c/e; S&V: niet zonder toestemming óf informeren). Informeer de wettelijke vertegenwoordigers van een leerling onder 16 en de leerling zelf vanaf 16, en leg dat vast met sharing.informed. Nog te informeren: \(missing).",
        en: "\(en) informed of this disclosure without consent (AVG art. 6(1)(c)/(e); S&V: without consent, or informing). Inform the legal representatives of a student under 16 and the student from 16, and record it with sharing.informed. Still to inform: \(missing).")
    }

    // MARK: Consent on a disclosure

    /// No consent for a student on a consent basis.
    public static func consentNeeded(_ index: Int) -> Text {
      Text(
        nl: "een verstrekking op toestemming (AVG6_1a) heeft de toestemming van iedere leerling nodig: consentId, of students[\(index)].consentId",
        en: "a disclosure on consent (AVG6_1a) needs the consent of every student: consentId, or students[\(index)].consentId")
    }
    /// A consent about another student.
    public static func consentOtherStudent(_ id: String, owner: String, student: String) -> Text {
      Text(
        nl: "\(id) is een toestemming voor leerling \(owner), niet voor \(student): een toestemming geldt alleen voor de leerling voor wie zij is gegeven",
        en: "\(id) is a consent for student \(owner), not for \(student): a consent covers only the student it was given for")
    }
    /// The same, without naming whose consent it is (issue 14, item 9).
    public static func consentNotAboutStudent(_ field: String) -> Text {
      Text(
        nl: "de toestemming in \(field) gaat niet over deze leerling: een toestemming geldt alleen voor de leerling voor wie zij is gegeven",
        en: "the consent named in \(field) is not about this student: a consent covers only the student it was given for")
    }
    /// A consent given after the disclosure.
    public static func consentGivenLater(_ id: String, given: String, disclosedOn: String) -> Text {
      Text(
        nl: "\(id) is gegeven op \(given), na de verstrekking op \(disclosedOn)",
        en: "\(id) was given on \(given), after the disclosure on \(disclosedOn)")
    }
    /// A consent withdrawn by the disclosure date.
    public static func consentWithdrawn(_ id: String, on: String) -> Text {
      Text(
        nl: "\(id) is ingetrokken op \(on): vanaf die dag geen verstrekking meer op deze toestemming (AVG art. 7 lid 3)",
        en: "\(id) was withdrawn on \(on): no disclosure on it from that day (AVG art. 7(3))")
    }
    /// A consent for another purpose.
    public static func consentOtherPurpose(_ id: String, given: String, asked: String) -> Text {
      Text(
        nl: "\(id) is gegeven voor \"\(given)\", niet voor \"\(asked)\": een toestemming geldt alleen voor haar eigen doel (AVG art. 6 lid 1 sub a)",
        en: "\(id) was given for \"\(given)\", not for \"\(asked)\": consent covers only its specific purpose (AVG art. 6(1)(a))")
    }
    /// A consent not covering a data category.
    public static func consentOtherData(_ id: String, scope: String, category: String) -> Text {
      Text(nl: "\(id) geldt voor \(scope), niet voor \"\(category)\"", en: "\(id) covers \(scope), not \"\(category)\"")
    }

    // MARK: consents.record and sharing.withdrawConsent

    /// A consent without scope.
    public static let nameScope = Text(
      nl: "noem ten minste één categorie gegevens waarvoor de toestemming geldt",
      en: "name at least one data category the consent covers")
    /// Withdrawn twice.
    public static func alreadyWithdrawn(_ id: String, on: String) -> Text {
      Text(nl: "\(id) is al ingetrokken op \(on)", en: "\(id) was already withdrawn on \(on)")
    }
    /// Withdrawn before it was given.
    public static func withdrawnBeforeGiven(_ on: String, given: String) -> Text {
      Text(nl: "\(on) ligt vóór de dag waarop de toestemming is gegeven, \(given)", en: "\(on) is before the consent was given, \(given)")
    }

    // MARK: The assessment a disclosure rests on

    /// What one kept assessment is called (errors).
    public static let assessmentRecordName = Text(nl: "Toets gegevensuitwisseling", en: "Sharing assessment")
    /// The register's title.
    public static let assessmentsTitle = Text(nl: "Toetsen gegevensuitwisseling", en: "Sharing assessments")
    /// The assessment said stop.
    public static func assessmentSaidStop(_ id: String, why: String) -> Text {
      Text(
        nl: "\(id) zei stop, dus deze verstrekking mag niet plaatsvinden: \(why)",
        en: "\(id) said stop, so this disclosure must not happen: \(why)")
    }
    /// The assessment was about another recipient.
    public static func assessedOtherRecipient(_ id: String, assessed: String, given: String) -> Text {
      Text(
        nl: "\(id) toetste een verstrekking aan \"\(assessed)\", niet aan \"\(given)\"",
        en: "\(id) assessed a disclosure to \"\(assessed)\", not to \"\(given)\"")
    }
    /// The assessment was about another purpose.
    public static func assessedOtherPurpose(_ id: String, assessed: String, given: String) -> Text {
      Text(nl: "\(id) toetste het doel \"\(assessed)\", niet \"\(given)\"", en: "\(id) assessed the purpose \"\(assessed)\", not \"\(given)\"")
    }
    /// The assessment was about another basis.
    public static func assessedOtherBasis(_ id: String, assessed: String, given: String) -> Text {
      Text(nl: "\(id) toetste de grondslag \(assessed), niet \(given)", en: "\(id) assessed the basis \(assessed), not \(given)")
    }
    /// The assessment left out a student.
    public static func notAssessedStudent(_ id: String, student: String) -> Text {
      Text(nl: "\(id) toetste leerling \(student) niet", en: "\(id) did not assess student \(student)")
    }
    /// A record not in its register, in a step's explanation.
    public static func notInRegister(_ id: String, register: String) -> Text {
      Text(nl: "\(id) staat niet in het register \(register)", en: "\(id) is not in the \(register) register")
    }
    /// An action not allowed in a status, in a step's explanation.
    public static func notAllowedIn(_ action: String, status: String) -> Text {
      Text(nl: "\(action) is niet toegestaan in status \(status)", en: "\(action) is not allowed in status \(status)")
    }

    // MARK: Schools (issue 18 §1)

    /// Whose a record without a school is, in the two refusals below.
    public static let wholeBoard = Text(nl: "het hele bestuur (geen school)", en: "the whole board (no school)")
    /// A disclosure (or assessment) of one school resting on a consent of another, or of the whole board.
    public static func consentOtherSchool(_ id: String, consent: String?, disclosure: String?) -> Text {
      Text(
        nl: "\(id) is een toestemming van \(consent ?? wholeBoard.nl), deze verstrekking is van \(disclosure ?? wholeBoard.nl): een verstrekking rust alleen op een toestemming van haar eigen school",
        en: "\(id) is a consent of \(consent ?? wholeBoard.en), this disclosure is of \(disclosure ?? wholeBoard.en): a disclosure rests only on a consent of its own school")
    }
    /// A request of one school deciding on a student's consent given to another, or to the whole board.
    public static func requestConsentOtherSchool(_ id: String, consent: String?, request: String?) -> Text {
      Text(
        nl: "\(id) is een toestemming van \(consent ?? wholeBoard.nl), dit verzoek is van \(request ?? wholeBoard.nl): de leerling gaf die toestemming aan een andere school",
        en: "\(id) is a consent of \(consent ?? wholeBoard.en), this request is of \(request ?? wholeBoard.en): the student gave that consent to another school")
    }
    /// A disclosure of one school citing the assessment of another, or of the whole board.
    public static func assessedOtherSchool(_ id: String, assessed: String?, given: String?) -> Text {
      Text(
        nl: "\(id) toetste een verstrekking van \(assessed ?? wholeBoard.nl), deze verstrekking is van \(given ?? wholeBoard.nl)",
        en: "\(id) assessed a disclosure of \(assessed ?? wholeBoard.en), this disclosure is of \(given ?? wholeBoard.en)")
    }
  }
}
