/// Texts of the letters avgd drafts (issue 16 §1, issue 17): the answers to subject requests
/// (AVG art. 12–22), the notice of a data breach (art. 34) and the parents' information letter, in
/// Dutch (u-vorm, as a school office writes) and English. Names, dates and numbers come in rendered
/// as text, so a letter reads the same as before these texts moved here.
extension Texts {
  /// Letter texts.
  public enum Letters {
    /// BreachNoticeLetter: the reader's words for the data category codes of a breach.
    public static let dataWords: [String: Text] = [
      "name": Text(nl: "naam", en: "name"),
      "grades": Text(nl: "cijfers", en: "grades"),
      "absence": Text(nl: "verzuim", en: "attendance"),
      "address": Text(nl: "adres", en: "address"),
      "email": Text(nl: "e-mailadres", en: "e-mail address"),
      "phone": Text(nl: "telefoonnummer", en: "phone number"),
      "birthDate": Text(nl: "geboortedatum", en: "date of birth"),
      "class": Text(nl: "klas", en: "class"),
      "results": Text(nl: "resultaten", en: "results"),
      "photo": Text(nl: "foto's", en: "photos"),
      "credentials": Text(nl: "inloggegevens", en: "login details"),
      "password": Text(nl: "wachtwoord", en: "password"),
      "bsn": Text(nl: "burgerservicenummer", en: "citizen service number"),
      "studentNumber": Text(nl: "leerlingnummer", en: "student number"),
      "health": Text(nl: "gezondheidsgegevens", en: "health data"),
      "support needs": Text(nl: "ondersteuningsbehoefte", en: "support needs"),
    ]
    /// A letter asked for a record that is no data breach (`data.reason` of -32602).
    public static func notADataBreach(_ id: String) -> Text {
      Text(
        nl: "\(id) is geen datalek: een mededeling volgens art. 34 is alleen voor een datalek met persoonsgegevens",
        en: "\(id) is not a data breach: an art. 34 notice is only for a personal data breach")
    }
    /// The information letter asked for a request not made by a parent without authority.
    public static func notFromParentWithoutAuthority(_ id: String) -> Text {
      Text(
        nl: "\(id) komt niet van een ouder zonder gezag (legalChannel BW_377C): gebruik kind decision",
        en: "\(id) is not from a parent without authority (legalChannel BW_377C): use kind decision")
    }
    /// The extension notice asked for a request that was not extended.
    public static func notExtended(_ id: String) -> Text {
      Text(
        nl: "\(id) is niet verlengd: leg de verlenging eerst vast met requests.extend (AVG art. 12 lid 3)",
        en: "\(id) is not extended: record the extension with requests.extend first (AVG art. 12(3))")
    }
    /// The decision letter asked for a request without a decision.
    public static func notDecided(_ id: String) -> Text {
      Text(
        nl: "\(id) heeft nog geen besluit: leg het eerst vast met requests.decide",
        en: "\(id) has no decision yet: record it with requests.decide first")
    }
    /// A refusal letter without the board type its remedies depend on.
    public static let refusalNeedsBoard = Text(
      nl: "een afwijzing noemt de rechtsmiddelen, en die hangen af van het bestuur: geef board publicLaw of private (duties.md §7.4)",
      en: "a refusal must name the remedies, which depend on the board: give board publicLaw or private (duties.md §7.4)")
    /// LetterWords: the signer's role in the reader's words (a role, never a name).
    public static let roles: [String: Text] = [
      "director": Text(nl: "directeur", en: "head teacher"),
      "bestuurder": Text(nl: "bestuurder", en: "board member"),
      "boardMember": Text(nl: "bestuurder", en: "board member"),
      "privacyOfficer": Text(nl: "functionaris gegevensbescherming", en: "data protection officer"),
      "teamLeader": Text(nl: "teamleider", en: "team leader"),
      "rector": Text(nl: "rector", en: "head teacher"),
      "locationDirector": Text(nl: "locatiedirecteur", en: "head of site"),
    ]
    /// LetterContext: "the school's data protection officer (DPO), through the school office"
    public static let theSchoolSDataProtection = Text(nl: "de functionaris voor gegevensbescherming (FG) van de school, via de administratie van de school", en: "the school's data protection officer (DPO), through the school office")
    /// LetterContext: "Our reference"
    public static let ourReference = Text(nl: "Ons kenmerk", en: "Our reference")
    /// LetterContext: "Date"
    public static let date = Text(nl: "Datum", en: "Date")
    /// LetterContext: "Kind regards,"
    public static let kindRegards = Text(nl: "Met vriendelijke groet,", en: "Kind regards,")
    /// LetterContext: "The school"
    public static let theSchool = Text(nl: "De school", en: "The school")
    /// LetterContext: "Questions about this letter? Contact (contactPoint), quoting our refe"
    public static func questionsAboutThisLetterContact(_ contactPoint: String) -> Text { Text(nl: "Heeft u vragen over deze brief? Neem dan contact op met \(contactPoint). Noem daarbij ons kenmerk.", en: "Questions about this letter? Contact \(contactPoint), quoting our reference.") }
    /// LetterWords: "access to and a copy of the personal data the school processes (GDPR a"
    public static let accessToAndACopy = Text(nl: "inzage in en een kopie van de persoonsgegevens die de school verwerkt (AVG art. 15)", en: "access to and a copy of the personal data the school processes (GDPR art. 15)")
    /// LetterWords: "rectification or completion of personal data (GDPR art. 16)"
    public static let rectificationOrCompletionOfPersonal = Text(nl: "correctie of aanvulling van persoonsgegevens (AVG art. 16)", en: "rectification or completion of personal data (GDPR art. 16)")
    /// LetterWords: "erasure of personal data (GDPR art. 17)"
    public static let erasureOfPersonalDataGdpr = Text(nl: "verwijdering van persoonsgegevens (AVG art. 17)", en: "erasure of personal data (GDPR art. 17)")
    /// LetterWords: "restriction of processing (GDPR art. 18)"
    public static let restrictionOfProcessingGdprArt = Text(nl: "beperking van de verwerking (AVG art. 18)", en: "restriction of processing (GDPR art. 18)")
    /// LetterWords: "objection to the processing (GDPR art. 21)"
    public static let objectionToTheProcessingGdpr = Text(nl: "bezwaar tegen de verwerking (AVG art. 21)", en: "objection to the processing (GDPR art. 21)")
    /// LetterWords: "data portability (GDPR art. 20)"
    public static let dataPortabilityGdprArt20 = Text(nl: "overdracht van gegevens (AVG art. 20)", en: "data portability (GDPR art. 20)")
    /// LetterWords: "information about your child's progress"
    public static let informationAboutYourChildS = Text(nl: "informatie over de vorderingen van uw kind", en: "information about your child's progress")
    /// LetterWords: "your request"
    public static let yourRequest = Text(nl: "uw verzoek", en: "your request")
    /// LetterWords: "Dear student,"
    public static let dearStudent = Text(nl: "Beste leerling,", en: "Dear student,")
    /// LetterWords: "Dear parent or carer,"
    public static let dearParentOrCarer = Text(nl: "Geachte ouder of verzorger,", en: "Dear parent or carer,")
    /// LetterWords: "Dear Sir or Madam,"
    public static let dearSirOrMadam = Text(nl: "Geachte heer, mevrouw,", en: "Dear Sir or Madam,")
    /// LetterWords: "your own data"
    public static let yourOwnData = Text(nl: "uw eigen gegevens", en: "your own data")
    /// LetterWords: "your child's data"
    public static let yourChildSData = Text(nl: "de gegevens van uw kind", en: "your child's data")
    /// LetterWords: "the student and the parents with parental authority"
    public static let theStudentAndTheParents = Text(nl: "de leerling en de ouders met gezag", en: "the student and the parents with parental authority")
    /// LetterWords: "the student personally"
    public static let theStudentPersonally = Text(nl: "de leerling zelf", en: "the student personally")
    /// LetterWords: "the parents with parental authority (or the guardian)"
    public static let theParentsWithParentalAuthority = Text(nl: "de ouders met gezag (of de voogd)", en: "the parents with parental authority (or the guardian)")
    /// LetterWords: "no one who can make this request"
    public static let noOneWhoCanMake = Text(nl: "niemand die dit verzoek kan doen", en: "no one who can make this request")
    /// LetterWords: "to protect the person concerned"
    public static let toProtectThePersonConcerned = Text(nl: "om de betrokkene zelf te beschermen", en: "to protect the person concerned")
    /// LetterWords: "to protect the rights of others"
    public static let toProtectTheRightsOf = Text(nl: "om de rechten van anderen te beschermen", en: "to protect the rights of others")
    /// LetterWords: "the request is manifestly unfounded"
    public static let theRequestIsManifestlyUnfounded = Text(nl: "het verzoek is kennelijk ongegrond", en: "the request is manifestly unfounded")
    /// LetterWords: "the request is excessive, in particular repetitive"
    public static let theRequestIsExcessiveIn = Text(nl: "het verzoek is buitensporig, vooral door herhaling", en: "the request is excessive, in particular repetitive")
    /// LetterWords: "the school must keep the data by law"
    public static let theSchoolMustKeepThe = Text(nl: "de school moet de gegevens wettelijk bewaren", en: "the school must keep the data by law")
    /// LetterWords: "you cannot exercise this right yourself (age or parental authority)"
    public static let youCannotExerciseThisRight = Text(nl: "u kunt dit recht niet zelf uitoefenen (leeftijd of gezag)", en: "you cannot exercise this right yourself (age or parental authority)")
    /// LetterWords: "we could not establish your identity"
    public static let weCouldNotEstablishYour = Text(nl: "wij konden uw identiteit niet vaststellen", en: "we could not establish your identity")
    /// LetterWords: "giving this information is not in the child's interest"
    public static let givingThisInformationIsNot = Text(nl: "het geven van deze informatie is niet in het belang van het kind", en: "giving this information is not in the child's interest")
    /// LetterWords: "You can lodge a complaint with the Dutch Data Protection Authority, Au"
    public static let youCanLodgeAComplaint = Text(nl: "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl), AVG art. 77.", en: "You can lodge a complaint with the Dutch Data Protection Authority, Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl), GDPR art. 77.")
    /// LetterWords: "This decision is an order under the General Administrative Law Act (UA"
    public static let thisDecisionIsAnOrder = Text(nl: "Deze beslissing is een besluit in de zin van de Algemene wet bestuursrecht (UAVG art. 34). U kunt binnen zes weken na de dag waarop deze brief is verstuurd bezwaar maken bij het schoolbestuur (Awb art. 6:7). Schrijf in uw bezwaarschrift uw naam en adres, de datum, ons kenmerk en waarom u het niet eens bent met de beslissing, en onderteken het.", en: "This decision is an order under the General Administrative Law Act (UAVG art. 34). You can object to the school board within six weeks of the day this letter was sent (Awb art. 6:7). State your name and address, the date, our reference and why you disagree, and sign it.")
    /// LetterWords: "After the decision on your objection you can appeal to the administrat"
    public static let afterTheDecisionOnYour = Text(nl: "Na de beslissing op uw bezwaar kunt u in beroep gaan bij de bestuursrechter.", en: "After the decision on your objection you can appeal to the administrative court.")
    /// LetterWords: "Within six weeks of receiving this letter you can ask the district cou"
    public static let withinSixWeeksOfReceiving = Text(nl: "U kunt binnen zes weken na ontvangst van deze brief de rechtbank vragen de school op te dragen uw verzoek alsnog toe te wijzen (UAVG art. 35). Daarvoor heeft u geen advocaat nodig.", en: "Within six weeks of receiving this letter you can ask the district court to order the school to grant your request (UAVG art. 35). You do not need a lawyer for this.")
    /// BreachNoticeLetter: "may have become known to people who should not see them"
    public static let mayHaveBecomeKnownTo = Text(nl: "mogelijk bekend geworden bij mensen die ze niet mochten zien", en: "may have become known to people who should not see them")
    /// BreachNoticeLetter: "may have been changed without authority"
    public static let mayHaveBeenChangedWithout = Text(nl: "mogelijk ten onrechte gewijzigd", en: "may have been changed without authority")
    /// BreachNoticeLetter: "were unavailable for a time or lost"
    public static let wereUnavailableForATime = Text(nl: "een tijd niet beschikbaar geweest of verloren gegaan", en: "were unavailable for a time or lost")
    /// BreachNoticeLetter: "were not properly protected"
    public static let wereNotProperlyProtected = Text(nl: "niet goed beveiligd geweest", en: "were not properly protected")
    /// BreachNoticeLetter: " and "
    public static let and = Text(nl: " en ", en: " and ")
    /// BreachNoticeLetter: "Information about a data breach at the school"
    public static let informationAboutADataBreach = Text(nl: "Informatie over een datalek bij de school", en: "Information about a data breach at the school")
    /// BreachNoticeLetter: "Dear parent, carer or student,"
    public static let dearParentCarerOrStudent = Text(nl: "Beste ouder, verzorger of leerling,", en: "Dear parent, carer or student,")
    /// BreachNoticeLetter: "personal data"
    public static let personalData = Text(nl: "persoonsgegevens", en: "personal data")
    /// BreachNoticeLetter: "staff"
    public static let staff = Text(nl: "medewerkers", en: "staff")
    /// BreachNoticeLetter: "students"
    public static let students = Text(nl: "leerlingen", en: "students")
    /// BreachNoticeLetter: "What happened?"
    public static let whatHappened = Text(nl: "Wat is er gebeurd?", en: "What happened?")
    /// BreachNoticeLetter: "On (c.long(r.json["awareAt"])) the school found a data breach. Data o"
    public static func onTheSchoolFoundA(_ value: String, _ whose: String, _ dataText: String, _ value2: String) -> Text { Text(nl: "Op \(value) ontdekte de school een datalek. Gegevens van \(whose) (\(dataText)) zijn \(value2). Uw gegevens of die van uw kind horen daarbij. Daarom informeren wij u persoonlijk (AVG art. 34).", en: "On \(value) the school found a data breach. Data of \(whose) (\(dataText)) \(value2). Your data or your child's data is among them, which is why we tell you personally (GDPR art. 34).") }
    /// BreachNoticeLetter: "What could the consequences be?"
    public static let whatCouldTheConsequencesBe = Text(nl: "Wat kunnen de gevolgen zijn?", en: "What could the consequences be?")
    /// BreachNoticeLetter: "We expect: "
    public static let weExpect = Text(nl: "Wij verwachten: ", en: "We expect: ")
    /// BreachNoticeLetter: "We expect limited consequences but cannot rule them out."
    public static let weExpectLimitedConsequencesBut = Text(nl: "Wij schatten in dat de gevolgen beperkt zijn, maar sluiten ze niet uit.", en: "We expect limited consequences but cannot rule them out.")
    /// BreachNoticeLetter: "What has the school done?"
    public static let whatHasTheSchoolDone = Text(nl: "Wat heeft de school gedaan?", en: "What has the school done?")
    /// BreachNoticeLetter: "We are investigating and taking measures to prevent it happening again"
    public static let weAreInvestigatingAndTaking = Text(nl: "Wij onderzoeken het datalek en nemen maatregelen om herhaling te voorkomen.", en: "We are investigating and taking measures to prevent it happening again.")
    /// BreachNoticeLetter: "We reported the breach to the Autoriteit Persoonsgegevens (Dutch DPA)."
    public static let weReportedTheBreachTo = Text(nl: "Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens.", en: "We reported the breach to the Autoriteit Persoonsgegevens (Dutch DPA).")
    /// BreachNoticeLetter: "What can you do?"
    public static let whatCanYouDo = Text(nl: "Wat kunt u zelf doen?", en: "What can you do?")
    /// BreachNoticeLetter: "Be alert to e-mails, messages or calls you do not expect that mention "
    public static let beAlertToEMails = Text(nl: "Wees alert op e-mails, berichten of telefoontjes die u niet verwacht en die naar de school of uw kind verwijzen. Geef nooit wachtwoorden of codes door.", en: "Be alert to e-mails, messages or calls you do not expect that mention the school or your child. Never pass on passwords or codes.")
    /// BreachNoticeLetter: "Change your password, also wherever you use the same one."
    public static let changeYourPasswordAlsoWherever = Text(nl: "Verander uw wachtwoord, ook op andere plekken waar u hetzelfde wachtwoord gebruikt.", en: "Change your password, also wherever you use the same one.")
    /// BreachNoticeLetter: "If you notice anything odd, tell us and we will help."
    public static let ifYouNoticeAnythingOdd = Text(nl: "Ziet u iets vreemds? Meld het ons, dan kijken wij met u mee.", en: "If you notice anything odd, tell us and we will help.")
    /// ParentInformationLetter: "Information about your child"
    public static let informationAboutYourChild = Text(nl: "Informatie over uw kind", en: "Information about your child")
    /// ParentInformationLetter: "Dear parent,"
    public static let dearParent = Text(nl: "Geachte ouder,", en: "Dear parent,")
    /// ParentInformationLetter: "On (c.long(r.json["receivedOn"])) you asked us for information about "
    public static func onYouAskedUsFor(_ value: String) -> Text { Text(nl: "Op \(value) vroeg u ons om informatie over uw kind. Een ouder zonder gezag heeft recht op informatie over belangrijke feiten en omstandigheden die uw kind of de verzorging en opvoeding van uw kind betreffen (Burgerlijk Wetboek, artikel 1:377c).", en: "On \(value) you asked us for information about your child. A parent without parental authority is entitled to information about important facts and circumstances concerning the child or the child's care and upbringing (Dutch Civil Code, article 1:377c).") }
    /// ParentInformationLetter: "Our decision"
    public static let ourDecision = Text(nl: "Onze beslissing", en: "Our decision")
    /// ParentInformationLetter: "We do not give you this information now. The law allows that only if w"
    public static let weDoNotGiveYou = Text(nl: "Wij geven u deze informatie nu niet. De wet staat dat alleen toe als wij de informatie ook niet op dezelfde manier aan de ouder met gezag zouden geven, of als het belang van uw kind zich ertegen verzet.", en: "We do not give you this information now. The law allows that only if we would not give it in the same way to the parent with authority, or if your child's interest opposes it.")
    /// ParentInformationLetter: "Our reasons: "
    public static let ourReasons = Text(nl: "Onze afweging: ", en: "Our reasons: ")
    /// ParentInformationLetter: "The information you receive"
    public static let theInformationYouReceive = Text(nl: "Welke informatie u krijgt", en: "The information you receive")
    /// ParentInformationLetter: "You receive the same information as the parent with authority, at the "
    public static let youReceiveTheSameInformation = Text(nl: "U krijgt dezelfde informatie als de ouder met gezag, op hetzelfde niveau:", en: "You receive the same information as the parent with authority, at the same level:")
    /// ParentInformationLetter: "your child's reports and progress"
    public static let yourChildSReportsAnd = Text(nl: "de rapporten en de vorderingen van uw kind", en: "your child's reports and progress")
    /// ParentInformationLetter: "attendance"
    public static let attendance = Text(nl: "het verzuim", en: "attendance")
    /// ParentInformationLetter: "notable events at school concerning your child"
    public static let notableEventsAtSchoolConcerning = Text(nl: "bijzondere gebeurtenissen op school die uw kind betreffen", en: "notable events at school concerning your child")
    /// ParentInformationLetter: "We do not pass on any address or other contact details of your child o"
    public static let weDoNotPassOn = Text(nl: "Wij geven geen adres of andere contactgegevens van uw kind of van de andere ouder door.", en: "We do not pass on any address or other contact details of your child or the other parent.")
    /// ParentInformationLetter: "If you disagree"
    public static let ifYouDisagree = Text(nl: "Bent u het niet eens?", en: "If you disagree")
    /// ParentInformationLetter: "You can complain to the complaints committee the school belongs to (fo"
    public static let youCanComplainToThe = Text(nl: "U kunt een klacht indienen bij de klachtencommissie waarbij de school is aangesloten (bijvoorbeeld Onderwijsgeschillen).", en: "You can complain to the complaints committee the school belongs to (for example Onderwijsgeschillen).")
    /// ParentInformationLetter: "You can ask the court to decide (Dutch Civil Code, article 1:377c)."
    public static let youCanAskTheCourt = Text(nl: "U kunt de rechter vragen hierover te beslissen (Burgerlijk Wetboek, artikel 1:377c).", en: "You can ask the court to decide (Dutch Civil Code, article 1:377c).")
    /// RequestLetters: "Acknowledgement of your request"
    public static let acknowledgementOfYourRequest = Text(nl: "Ontvangstbevestiging van uw verzoek", en: "Acknowledgement of your request")
    /// RequestLetters: "We received your request on (c.long(r.json["receivedOn"])). You ask f"
    public static func weReceivedYourRequestOn(_ value: String, _ value2: String, _ value3: String) -> Text { Text(nl: "Op \(value) hebben wij uw verzoek ontvangen. U vraagt om \(value2); het gaat om \(value3).", en: "We received your request on \(value). You ask for \(value2); it concerns \(value3).") }
    /// RequestLetters: "On the day we received it, this right could be exercised by (LetterWo"
    public static func onTheDayWeReceived(_ value: String) -> Text { Text(nl: "Dit recht kan op de dag van ontvangst worden uitgeoefend door \(value).", en: "On the day we received it, this right could be exercised by \(value).") }
    /// RequestLetters: "We first check whether you can make this request yourself. On the day "
    public static func weFirstCheckWhetherYou(_ value: String) -> Text { Text(nl: "Wij bekijken eerst of u dit verzoek zelf kunt doen. Het recht ligt op de dag van ontvangst bij \(value). U hoort van ons wat dat voor uw verzoek betekent.", en: "We first check whether you can make this request yourself. On the day we received it the right lay with \(value). We will tell you what that means for your request.") }
    /// RequestLetters: "When will you hear from us?"
    public static let whenWillYouHearFrom = Text(nl: "Wanneer krijgt u antwoord?", en: "When will you hear from us?")
    /// RequestLetters: "You will have our answer by (c.long(r.json["dueOn"])) at the latest: "
    public static func youWillHaveOurAnswer(_ value: String) -> Text { Text(nl: "U krijgt ons antwoord uiterlijk op \(value). Dat is binnen één maand na ontvangst (AVG art. 12 lid 3). Als uw verzoek ingewikkeld is of als er veel verzoeken zijn, mogen wij die termijn één keer met twee maanden verlengen. Dat laten wij u dan vóór \(value) weten, met de reden.", en: "You will have our answer by \(value) at the latest: within one month of receipt (GDPR art. 12(3)). If the request is complex or there are many requests we may extend this once by two months; we would tell you before \(value), with the reason.") }
    /// RequestLetters: "If we have reasonable doubts about who you are we will ask for additio"
    public static let ifWeHaveReasonableDoubts = Text(nl: "Als wij redelijke twijfel hebben over wie u bent, vragen wij u om aanvullende gegevens (AVG art. 12 lid 6). Wij maken geen kopie van uw identiteitsbewijs.", en: "If we have reasonable doubts about who you are we will ask for additional information (GDPR art. 12(6)). We do not keep a copy of your identity document.")
    /// RequestLetters: "Your request is free of charge (GDPR art. 12(5))."
    public static let yourRequestIsFreeOf = Text(nl: "Uw verzoek is kosteloos (AVG art. 12 lid 5).", en: "Your request is free of charge (GDPR art. 12(5)).")
    /// RequestLetters: "We need more time for your request"
    public static let weNeedMoreTimeFor = Text(nl: "Wij hebben meer tijd nodig voor uw verzoek", en: "We need more time for your request")
    /// RequestLetters: "On (c.long(r.json["receivedOn"])) we received your request for (Lett"
    public static func onWeReceivedYourRequest(_ value: String, _ value2: String, _ value3: String) -> Text { Text(nl: "Op \(value) ontvingen wij uw verzoek om \(value2). Wij moesten u uiterlijk op \(value3) antwoorden. Het lukt ons niet om dat zorgvuldig te doen binnen die termijn.", en: "On \(value) we received your request for \(value2). Our answer was due by \(value3). We cannot answer it carefully within that time.") }
    /// RequestLetters: "Why"
    public static let why = Text(nl: "Waarom", en: "Why")
    /// RequestLetters: "The reason: "
    public static let theReason = Text(nl: "De reden: ", en: "The reason: ")
    /// RequestLetters: "New date"
    public static let newDate = Text(nl: "Nieuwe datum", en: "New date")
    /// RequestLetters: "You will have our answer by (c.long(r.json["extendedDueOn"])) at the "
    public static func youWillHaveOurAnswer2(_ value: String) -> Text { Text(nl: "U krijgt ons antwoord uiterlijk op \(value). De wet staat ons toe de termijn één keer met ten hoogste twee maanden te verlengen als een verzoek ingewikkeld is of als er veel verzoeken zijn (AVG art. 12 lid 3). Als wij eerder klaar zijn, krijgt u eerder antwoord.", en: "You will have our answer by \(value) at the latest. The law allows one extension of at most two months when a request is complex or there are many requests (GDPR art. 12(3)). If we are ready sooner, you will hear sooner.") }
    /// RequestLetters: "If you disagree with this extension you can complain to the Autoriteit"
    public static let ifYouDisagreeWithThis = Text(nl: "Bent u het niet eens met deze verlenging? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.", en: "If you disagree with this extension you can complain to the Autoriteit Persoonsgegevens (Dutch DPA).")
    /// RequestLetters: "The ($0) (for the school board)"
    public static func theForTheSchoolBoard(_ value: String) -> Text { Text(nl: "De \(value) (namens het schoolbestuur)", en: "The \(value) (for the school board)") }
    /// RequestLetters: "Decision on your request"
    public static let decisionOnYourRequest = Text(nl: "Beslissing op uw verzoek", en: "Decision on your request")
    /// RequestLetters: "On (c.long(r.json["receivedOn"])) we received your request for (Lett"
    public static func onWeReceivedYourRequest2(_ value: String, _ value2: String) -> Text { Text(nl: "Op \(value) ontvingen wij uw verzoek om \(value2). In deze brief leest u onze beslissing.", en: "On \(value) we received your request for \(value2). This letter gives our decision.") }
    /// RequestLetters: "We grant your request."
    public static let weGrantYourRequest = Text(nl: "Wij wijzen uw verzoek toe.", en: "We grant your request.")
    /// RequestLetters: "We grant your request in part."
    public static let weGrantYourRequestIn = Text(nl: "Wij wijzen uw verzoek gedeeltelijk toe.", en: "We grant your request in part.")
    /// RequestLetters: "We refuse your request."
    public static let weRefuseYourRequest = Text(nl: "Wij wijzen uw verzoek af.", en: "We refuse your request.")
    /// RequestLetters: "We cannot handle your request because you cannot exercise this right y"
    public static let weCannotHandleYourRequest = Text(nl: "Wij kunnen uw verzoek niet in behandeling nemen, omdat u dit recht niet zelf kunt uitoefenen.", en: "We cannot handle your request because you cannot exercise this right yourself.")
    /// RequestLetters: "Your request is manifestly unfounded or excessive. We do act on it, fo"
    public static func yourRequestIsManifestlyUnfounded(_ euros: String) -> Text { Text(nl: "Uw verzoek is kennelijk ongegrond of buitensporig. Wij voldoen er wel aan, tegen een redelijke vergoeding van \(euros) voor de administratieve kosten (AVG art. 12 lid 5 onder a).", en: "Your request is manifestly unfounded or excessive. We do act on it, for a reasonable fee of \(euros) covering the administrative costs (GDPR art. 12(5)(a)).") }
    /// RequestLetters: "What is enclosed"
    public static let whatIsEnclosed = Text(nl: "Wat u bij deze brief ontvangt", en: "What is enclosed")
    /// RequestLetters: "a copy of the data asked for"
    public static let aCopyOfTheData = Text(nl: "een kopie van de gevraagde gegevens", en: "a copy of the data asked for")
    /// RequestLetters: "The copy comes with an overview of the purposes, the kinds of data, th"
    public static let theCopyComesWithAn = Text(nl: "Bij de kopie hoort een overzicht van de doelen, de soorten gegevens, de ontvangers, hoe lang wij de gegevens bewaren, waar ze vandaan komen en uw rechten: correctie, verwijdering, beperking en bezwaar (AVG art. 15 lid 1). De eerste kopie is kosteloos.", en: "The copy comes with an overview of the purposes, the kinds of data, the recipients, how long we keep the data, where it comes from and your rights: rectification, erasure, restriction and objection (GDPR art. 15(1)). The first copy is free.")
    /// RequestLetters: "Why we do not give (part of) it"
    public static let whyWeDoNotGive = Text(nl: "Waarom wij (een deel) niet geven", en: "Why we do not give (part of) it")
    /// RequestLetters: "a personal working note, not part of the file"
    public static let aPersonalWorkingNoteNot = Text(nl: "persoonlijke werkaantekening, geen onderdeel van het dossier", en: "a personal working note, not part of the file")
    /// RequestLetters: "see below"
    public static let seeBelow = Text(nl: "zie hieronder", en: "see below")
    /// RequestLetters: "The ground: "
    public static let theGround = Text(nl: "De grond: ", en: "The ground: ")
    /// RequestLetters: "We weighed your interest against the interest the law protects. Our ba"
    public static func weWeighedYourInterestAgainst(_ balancing: String) -> Text { Text(nl: "Wij hebben uw belang afgewogen tegen het belang dat de wet beschermt. Onze afweging: \(balancing).", en: "We weighed your interest against the interest the law protects. Our balancing: \(balancing).") }
    /// RequestLetters: "As a parent without parental authority you can ask the school for info"
    public static let asAParentWithoutParental = Text(nl: "Als ouder zonder gezag kunt u de school wel om informatie over belangrijke feiten en omstandigheden van uw kind vragen (BW 1:377c). Wij sturen u daarover een aparte brief.", en: "As a parent without parental authority you can ask the school for information about important facts and circumstances concerning your child (Dutch Civil Code 1:377c). We will write to you separately about that.")
    /// RequestLetters: "If you disagree with this decision"
    public static let ifYouDisagreeWithThis2 = Text(nl: "Bent u het niet eens met deze beslissing?", en: "If you disagree with this decision")
  }
}
