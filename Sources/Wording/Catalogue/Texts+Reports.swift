/// Texts of the annual privacy report and the status overview (issue 16 §1, issue 17): section
/// titles, chart titles and legends, the figures' sentences and the attention points, in Dutch (the
/// board's language, AVG art. 12(1)) and English. Numbers and dates come in rendered as text, so a
/// report reads the same as before these texts moved here.
extension Texts {
  /// Report and overview texts.
  public enum Reports {
    /// Month names in full, for dates in letters and reports (`29 november 2026`).
    public static let months: [Text] = [
      Text(nl: "januari", en: "January"), Text(nl: "februari", en: "February"), Text(nl: "maart", en: "March"),
      Text(nl: "april", en: "April"), Text(nl: "mei", en: "May"), Text(nl: "juni", en: "June"),
      Text(nl: "juli", en: "July"), Text(nl: "augustus", en: "August"), Text(nl: "september", en: "September"),
      Text(nl: "oktober", en: "October"), Text(nl: "november", en: "November"), Text(nl: "december", en: "December"),
    ]
    /// Month names, short, for chart labels.
    public static let shortMonths: [Text] = [
      Text(nl: "jan", en: "Jan"), Text(nl: "feb", en: "Feb"), Text(nl: "mrt", en: "Mar"), Text(nl: "apr", en: "Apr"),
      Text(nl: "mei", en: "May"), Text(nl: "jun", en: "Jun"), Text(nl: "jul", en: "Jul"), Text(nl: "aug", en: "Aug"),
      Text(nl: "sep", en: "Sep"), Text(nl: "okt", en: "Oct"), Text(nl: "nov", en: "Nov"), Text(nl: "dec", en: "Dec"),
    ]
    /// AnnualReport: the registers not kept yet, named in the section "not in this report yet".
    public static func registersBeingSetUp(_ registers: [String]) -> Text {
      Text(
        nl: "De registers voor \(registers.joined(separator: " en ")) worden nog ingericht. Zodra ze bestaan, krijgen ze hier een eigen hoofdstuk.",
        en: "The registers for \(registers.joined(separator: " and ")) are being set up. Once they exist they get a section here.")
    }
    /// BreachesStatus: the hours left to report a data breach to the AP (AVG art. 33(1)).
    public static func hoursLeftToReport(_ hours: String, riskAssessed: Bool) -> Text {
      Text(
        nl: "Datalek: nog \(hours) uur om bij de AP te melden\(riskAssessed ? "" : " (risico nog niet beoordeeld)").",
        en: "Data breach: \(hours) hours left to report to the AP\(riskAssessed ? "" : " (risk not assessed yet)").")
    }
    /// SharingStatus: a disclosure the parents were not told of yet (AVG art. 14).
    public static func sharedParentsNotInformed(_ recipient: String?) -> Text {
      Text(
        nl: "Gegevens gedeeld met \(recipient ?? "een derde"); de ouders zijn nog niet geïnformeerd.",
        en: "Data shared with \(recipient ?? "a third party"); parents not informed yet.")
    }
    /// AnnualReport: "Annual privacy report (input.year)"
    public static func annualPrivacyReport(_ year: String) -> Text { Text(nl: "Privacyjaarverslag \(year)", en: "Annual privacy report \(year)") }
    /// AnnualReport: "consents for publishing photos and video"
    public static let imageConsentsRegister = Text(nl: "toestemmingen voor publicatie van beeldmateriaal", en: "consents for publishing photos and video")
    /// AnnualReport: "staff instruction"
    public static let staffInstructionRegister = Text(nl: "instructie van medewerkers", en: "staff instruction")
    /// AnnualReport: "Made on (input.language.long(now.year, now.month, now.day)) from avgd"
    public static func madeOn(_ value: String, _ value2: String) -> Text { Text(nl: "Opgesteld op \(value) uit de registers van avgd. Stand van de cijfers: \(value2).", en: "Made on \(value) from avgd's registers. Figures as of \(value2).") }
    /// AnnualReport: "Summary"
    public static let summary = Text(nl: "Samenvatting", en: "Summary")
    /// AnnualReport: "This report shows how the school handled the personal data of students"
    public static func summaryText(_ year: String) -> Text { Text(nl: "Dit verslag laat zien hoe de school in \(year) met persoonsgegevens van leerlingen, ouders en medewerkers is omgegaan: incidenten en datalekken, verzoeken van betrokkenen, verwerkersovereenkomsten, het delen van gegevens en de jaarcijfers van de vertrouwenspersoon. Het bestuur is verantwoordelijk; de functionaris voor gegevensbescherming rapporteert aan het bestuur (AVG art. 38 lid 3).", en: "This report shows how the school handled the personal data of students, parents and staff in \(year): incidents and breaches, data subject requests, processor agreements, sharing and the confidential counsellor's figures. The board is responsible; the data protection officer reports to the board (GDPR art. 38(3)).") }
    /// AnnualReport: "Needs attention"
    public static let needsAttention = Text(nl: "Aandachtspunten", en: "Needs attention")
    /// AnnualReport: "Nothing open."
    public static let nothingOpen = Text(nl: "Geen openstaande punten.", en: "Nothing open.")
    /// AnnualReport: "Not in this report yet"
    public static let notInThisReportYet = Text(nl: "Nog niet in dit verslag", en: "Not in this report yet")
    /// AnnualReport: "Made by avgd. Counts and register numbers only; no names of students, "
    public static let reportFooter = Text(nl: "Gemaakt door avgd. Alleen aantallen en registerkenmerken; geen namen van leerlingen, ouders of klagers.", en: "Made by avgd. Counts and register numbers only; no names of students, parents or complainants.")
    /// AnnualReport: "Needs attention"
    public static let sectionNeedsAttention = Text(nl: "Aandacht nodig", en: "Needs attention")
    /// BreachesReportSection: "Security incidents and data breaches"
    public static let breachesTitle = Text(nl: "Beveiligingsincidenten en datalekken", en: "Security incidents and data breaches")
    /// BreachesReportSection: "Events per month, by kind"
    public static let eventsPerMonthByKind = Text(nl: "Meldingen per maand, naar soort", en: "Events per month, by kind")
    /// BreachesReportSection: "Data breaches and the AP report"
    public static let breachesReportChart = Text(nl: "Datalekken en de melding bij de AP", en: "Data breaches and the AP report")
    /// BreachesReportSection: "reported in time"
    public static let reportedInTime = Text(nl: "op tijd gemeld", en: "reported in time")
    /// BreachesReportSection: "reported late"
    public static let reportedLate = Text(nl: "te laat gemeld", en: "reported late")
    /// BreachesReportSection: "not (yet) reported"
    public static let notYetReported = Text(nl: "niet (nog niet) gemeld", en: "not (yet) reported")
    /// BreachesReportSection: "no report needed"
    public static let noReportNeeded = Text(nl: "melding niet nodig", en: "no report needed")
    /// BreachesReportSection: "Hours from awareness to the AP report"
    public static let hoursToReportChart = Text(nl: "Uren van ontdekking tot melding bij de AP", en: "Hours from awareness to the AP report")
    /// BreachesReportSection: "72 hours (GDPR art. 33)"
    public static let seventyTwoHours = Text(nl: "72 uur (AVG art. 33)", en: "72 hours (GDPR art. 33)")
    /// BreachesReportSection: "In (input.year) (records.count) events were registered: (data.count"
    public static func breachesInYear(_ year: String, _ recordsCount: String, _ dataCount: String, _ value: String) -> Text { Text(nl: "In \(year) zijn \(recordsCount) meldingen geregistreerd: \(dataCount) datalek(ken), \(value) andere incident(en) of bijna-incident(en). De school moet een datalek binnen 72 uur na ontdekking bij de Autoriteit Persoonsgegevens (AP) melden, tenzij het waarschijnlijk geen risico geeft (AVG art. 33).", en: "In \(year) \(recordsCount) events were registered: \(dataCount) data breach(es), \(value) other incident(s) or near miss(es). A data breach must be reported to the Dutch DPA (AP) within 72 hours of awareness unless it is unlikely to result in a risk (GDPR art. 33).") }
    /// BreachesReportSection: "Reported to the AP: (reported.count), (late.count) of them late. For"
    public static func breachesReported(_ reportedCount: String, _ lateCount: String, _ notifiedCount: String, _ people: String, _ value: String) -> Text { Text(nl: "Bij de AP gemeld: \(reportedCount), waarvan \(lateCount) te laat. Bij \(notifiedCount) datalek(ken) zijn de betrokkenen zelf geïnformeerd (art. 34), in totaal \(people) personen; \(value) keer is een uitzondering van art. 34 lid 3 gebruikt.", en: "Reported to the AP: \(reportedCount), \(lateCount) of them late. For \(notifiedCount) data breach(es) the people affected were told (art. 34), \(people) people in all; an art. 34(3) exemption was used \(value) time(s).") }
    /// BreachesReportSection: "(r.id): not yet reported to the AP."
    public static func breachNotReported(_ id: String) -> Text { Text(nl: "\(id): nog niet bij de AP gemeld.", en: "\(id): not yet reported to the AP.") }
    /// BreachesReportSection: "(r.id): reported late; the reasons are in the register."
    public static func breachReportedLate(_ id: String) -> Text { Text(nl: "\(id): te laat gemeld; de redenen staan in het register.", en: "\(id): reported late; the reasons are in the register.") }
    /// BreachesReportSection: "(r.id): the people affected still have to be told (art. 34)."
    public static func breachPeopleNotTold(_ id: String) -> Text { Text(nl: "\(id): de betrokkenen moeten nog worden geïnformeerd (art. 34).", en: "\(id): the people affected still have to be told (art. 34).") }
    /// BreachesReportSection: "Number"
    public static let number = Text(nl: "Nummer", en: "Number")
    /// BreachesReportSection: "Aware"
    public static let aware = Text(nl: "Ontdekt", en: "Aware")
    /// BreachesReportSection: "Summary"
    public static let breachSummary = Text(nl: "Omschrijving", en: "Summary")
    /// BreachesReportSection: "Hours to report"
    public static let hoursToReport = Text(nl: "Uren tot melding", en: "Hours to report")
    /// BreachesReportSection: "People told"
    public static let peopleTold = Text(nl: "Betrokkenen geïnformeerd", en: "People told")
    /// BreachesReportSection: "yes"
    public static let yes = Text(nl: "ja", en: "yes")
    /// BreachesReportSection: "no"
    public static let no = Text(nl: "nee", en: "no")
    /// BreachesReportSection: "data breach"
    public static let dataBreach = Text(nl: "datalek", en: "data breach")
    /// BreachesReportSection: "security incident"
    public static let securityIncident = Text(nl: "beveiligingsincident", en: "security incident")
    /// BreachesReportSection: "near miss"
    public static let nearMiss = Text(nl: "bijna-incident", en: "near miss")
    /// ComplaintsReportSection: "Confidential counsellor: annual figures"
    public static let complaintsTitle = Text(nl: "Vertrouwenspersoon: jaarcijfers", en: "Confidential counsellor: annual figures")
    /// ComplaintsReportSection: "Dossiers opened per month"
    public static let dossiersOpenedPerMonth = Text(nl: "Dossiers geopend per maand", en: "Dossiers opened per month")
    /// ComplaintsReportSection: "The confidential counsellor opened (report.opened) dossier(s) in (in"
    public static func complaintsInYear(_ year: String, _ reportOpened: String, _ reportClosed: String, _ reportOpenAtYearEnd: String) -> Text { Text(nl: "De vertrouwenspersoon opende in \(year) \(reportOpened) dossier(s) en sloot er \(reportClosed); aan het eind van het jaar liepen er \(reportOpenAtYearEnd). Dit zijn alleen aantallen: geen namen of inhoud. Kleine aantallen kunnen in een kleine school toch naar een persoon wijzen; deel ze met dat in gedachten.", en: "The confidential counsellor opened \(reportOpened) dossier(s) in \(year) and closed \(reportClosed); \(reportOpenAtYearEnd) were open at the end of the year. Counts only: no names or contents. Small counts can still point to a person in a small school; share them with that in mind.") }
    /// ProcessorsReportSection: "valid"
    public static let valid = Text(nl: "geldig", en: "valid")
    /// ProcessorsReportSection: "expires within 90 days"
    public static let expiresWithin90Days = Text(nl: "verloopt binnen 90 dagen", en: "expires within 90 days")
    /// ProcessorsReportSection: "(partly) missing"
    public static let partlyMissing = Text(nl: "ontbreekt (deels)", en: "(partly) missing")
    /// ProcessorsReportSection: "expired"
    public static let expired = Text(nl: "verlopen", en: "expired")
    /// ProcessorsReportSection: "Processor agreements"
    public static let processorAgreements = Text(nl: "Verwerkersovereenkomsten", en: "Processor agreements")
    /// ProcessorsReportSection: "Products in use per supplier, by agreement state"
    public static let productsInUsePerSupplier = Text(nl: "Producten in gebruik per leverancier, naar stand van de overeenkomst", en: "Products in use per supplier, by agreement state")
    /// ProcessorsReportSection: "On (input.language.long(on.year, on.month, on.day)) (all.count) prod"
    public static func processorsOnDay(_ value: String, _ allCount: String, _ rowsCount: String, _ value2: String, _ value3: String, _ value4: String, _ value5: String) -> Text { Text(nl: "Op \(value) waren \(allCount) producten van \(rowsCount) leveranciers in gebruik. Voor \(value2) is de verwerkersovereenkomst met privacybijsluiter in orde; \(value3) verlopen binnen 90 dagen, bij \(value4) ontbreekt een handtekening of bijsluiter en \(value5) worden nog gebruikt na het einde van de overeenkomst (AVG art. 28).", en: "On \(value) \(allCount) products of \(rowsCount) suppliers were in use. For \(value2) the processor agreement with its annex is in order; \(value3) expire within 90 days, \(value4) lack a signature or annex and \(value5) are still used after the agreement ended (GDPR art. 28).") }
    /// ProcessorsReportSection: "Supplier"
    public static let supplier = Text(nl: "Leverancier", en: "Supplier")
    /// ProcessorsReportSection: "Product"
    public static let product = Text.alike("Product")
    /// ProcessorsReportSection: "State"
    public static let state = Text(nl: "Stand", en: "State")
    /// RequestsReportSection: "granted"
    public static let granted = Text(nl: "toegekend", en: "granted")
    /// RequestsReportSection: "partly granted"
    public static let partlyGranted = Text(nl: "deels toegekend", en: "partly granted")
    /// RequestsReportSection: "refused"
    public static let refused = Text(nl: "afgewezen", en: "refused")
    /// RequestsReportSection: "no standing"
    public static let noStanding = Text(nl: "geen recht", en: "no standing")
    /// RequestsReportSection: "for a fee"
    public static let forAFee = Text(nl: "tegen vergoeding", en: "for a fee")
    /// RequestsReportSection: "withdrawn"
    public static let withdrawn = Text(nl: "ingetrokken", en: "withdrawn")
    /// RequestsReportSection: "pending"
    public static let pending = Text(nl: "loopt nog", en: "pending")
    /// RequestsReportSection: "access"
    public static let access = Text(nl: "inzage", en: "access")
    /// RequestsReportSection: "rectification"
    public static let rectification = Text(nl: "correctie", en: "rectification")
    /// RequestsReportSection: "erasure"
    public static let erasure = Text(nl: "verwijdering", en: "erasure")
    /// RequestsReportSection: "restriction"
    public static let restriction = Text(nl: "beperking", en: "restriction")
    /// RequestsReportSection: "objection"
    public static let objection = Text(nl: "bezwaar", en: "objection")
    /// RequestsReportSection: "portability"
    public static let portability = Text(nl: "overdracht", en: "portability")
    /// RequestsReportSection: "progress"
    public static let progress = Text(nl: "voortgang", en: "progress")
    /// RequestsReportSection: "Data subject requests"
    public static let dataSubjectRequests = Text(nl: "Verzoeken van betrokkenen", en: "Data subject requests")
    /// RequestsReportSection: "Requests per type and outcome"
    public static let requestsPerTypeAndOutcome = Text(nl: "Verzoeken per soort en uitkomst", en: "Requests per type and outcome")
    /// RequestsReportSection: "Within the deadline?"
    public static let withinTheDeadline = Text(nl: "Binnen de termijn?", en: "Within the deadline?")
    /// RequestsReportSection: "answered in time"
    public static let answeredInTime = Text(nl: "op tijd beantwoord", en: "answered in time")
    /// RequestsReportSection: "extended"
    public static let extended = Text(nl: "verlengd", en: "extended")
    /// RequestsReportSection: "late"
    public static let late = Text(nl: "te laat", en: "late")
    /// RequestsReportSection: "In (input.year) (records.count) requests came in from parents, stude"
    public static func requestsInYear(_ year: String, _ recordsCount: String, _ answeredCount: String, _ inTimeCount: String, _ medianText: String, _ extendedCount: String) -> Text { Text(nl: "In \(year) kwamen \(recordsCount) verzoeken binnen van ouders, leerlingen of medewerkers die hun rechten uitoefenen (AVG art. 15–21). \(answeredCount) zijn beantwoord, \(inTimeCount) daarvan binnen de termijn; de mediaan van ontvangst tot antwoord is \(medianText) dagen. De termijn is één maand en mag één keer met twee maanden worden verlengd (art. 12 lid 3); dat gebeurde \(extendedCount) keer.", en: "In \(year) \(recordsCount) requests came in from parents, students or staff exercising their rights (GDPR art. 15–21). \(answeredCount) were answered, \(inTimeCount) of them in time; the median from receipt to answer is \(medianText) days. The deadline is one month, extendable once by two months (art. 12(3)); that happened \(extendedCount) time(s).") }
    /// RequestsReportSection: "(r.id): deadline passed, not answered yet."
    public static func deadlinePassedNotAnsweredYet(_ id: String) -> Text { Text(nl: "\(id): termijn verstreken, nog niet beantwoord.", en: "\(id): deadline passed, not answered yet.") }
    /// RequestsReportSection: "(r.id): answered late."
    public static func answeredLate(_ id: String) -> Text { Text(nl: "\(id): te laat beantwoord.", en: "\(id): answered late.") }
    /// SharingReportSection: "consent"
    public static let consent = Text(nl: "toestemming", en: "consent")
    /// SharingReportSection: "contract"
    public static let contract = Text(nl: "overeenkomst", en: "contract")
    /// SharingReportSection: "legal obligation"
    public static let legalObligation = Text(nl: "wettelijke plicht", en: "legal obligation")
    /// SharingReportSection: "vital interest"
    public static let vitalInterest = Text(nl: "vitaal belang", en: "vital interest")
    /// SharingReportSection: "public task"
    public static let publicTask = Text(nl: "publieke taak", en: "public task")
    /// SharingReportSection: "Data shared with third parties"
    public static let dataSharedWithThirdParties = Text(nl: "Gegevens gedeeld met derden", en: "Data shared with third parties")
    /// SharingReportSection: "Disclosures per legal basis"
    public static let disclosuresPerLegalBasis = Text(nl: "Verstrekkingen per grondslag", en: "Disclosures per legal basis")
    /// SharingReportSection: "In (input.year) data was disclosed to another organisation (records."
    public static func sharingInYear(_ year: String, _ recordsCount: String, _ students: String) -> Text { Text(nl: "In \(year) zijn \(recordsCount) keer gegevens aan een andere organisatie verstrekt, over \(students) leerling(en) in totaal. Elke verstrekking heeft een grondslag uit AVG art. 6 lid 1; bij een wettelijke plicht of publieke taak informeert de school de ouders, bij toestemming moet die vooraf gegeven zijn.", en: "In \(year) data was disclosed to another organisation \(recordsCount) time(s), about \(students) student(s) in all. Each disclosure has a basis in GDPR art. 6(1); under a legal obligation or public task the school informs the parents, under consent it must be given beforehand.") }
    /// SharingReportSection: "(r["id"]?.stringValue ?? ""): parents not informed yet."
    public static func parentsNotInformedYet(_ value: String) -> Text { Text(nl: "\(value): ouders nog niet geïnformeerd.", en: "\(value): parents not informed yet.") }
    /// BreachesStatus: "Data breach: the 72 hours for the AP report passed (hours) hours ago;"
    public static func breachReportOverdue(_ hours: String) -> Text { Text(nl: "Datalek: de 72 uur voor de melding bij de AP zijn \(hours) uur verstreken; meld zo snel mogelijk en leg de reden van de vertraging vast.", en: "Data breach: the 72 hours for the AP report passed \(hours) hours ago; report now and record why it is late.") }
    /// BreachesStatus: "High-risk breach: tell the people affected without undue delay (art. 3"
    public static let highRiskTellPeople = Text(nl: "Datalek met hoog risico: de betrokkenen moeten zonder onnodige vertraging worden geïnformeerd (art. 34).", en: "High-risk breach: tell the people affected without undue delay (art. 34).")
    /// ProcessorsStatus: "Processor agreement with (r.supplierName) ends on (end)."
    public static func processorAgreementEnds(_ supplierName: String, _ end: String) -> Text { Text(nl: "Verwerkersovereenkomst met \(supplierName) loopt af op \(end).", en: "Processor agreement with \(supplierName) ends on \(end).") }
    /// ProcessorsStatus: "Processor agreement with (r.supplierName): (errors.count) finding(s)"
    public static func processorAgreementFindings(_ supplierName: String, _ errorsCount: String) -> Text { Text(nl: "Verwerkersovereenkomst met \(supplierName): \(errorsCount) punt(en) uit de controle (processors.check).", en: "Processor agreement with \(supplierName): \(errorsCount) finding(s) of processors.check.") }
    /// RequestsStatus: "Request ((type)): deadline passed (days) day(s) ago, no answer sent."
    public static func requestOverdue(_ type: String, _ days: String) -> Text { Text(nl: "Verzoek (\(type)): termijn \(days) dag(en) verstreken, nog geen antwoord verstuurd.", en: "Request (\(type)): deadline passed \(days) day(s) ago, no answer sent.") }
    /// RequestsStatus: "Request ((type)): answer due in (days) day(s)."
    public static func requestDueSoon(_ type: String, _ days: String) -> Text { Text(nl: "Verzoek (\(type)): antwoord uiterlijk over \(days) dag(en).", en: "Request (\(type)): answer due in \(days) day(s).") }
    /// StatusOverview: "Overdue"
    public static let overdue = Text(nl: "Termijn verstreken", en: "Overdue")
    /// StatusOverview: "Due soon"
    public static let dueSoon = Text(nl: "Termijn loopt bijna af", en: "Due soon")
    /// StatusOverview: "To check"
    public static let toCheck = Text(nl: "Controleren", en: "To check")
    /// StatusOverview: "What needs attention now"
    public static let whatNeedsAttentionNow = Text(nl: "Wat vraagt nu aandacht", en: "What needs attention now")
    /// StatusOverview: "As of (input.language.long(d.year, d.month, d.day)), (Amsterdam.form"
    public static func statusAsOf(_ value: String, _ value2: String) -> Text { Text(nl: "Stand op \(value), \(value2) uur", en: "As of \(value), \(value2)") }
    /// StatusOverview: "Nothing is open."
    public static let nothingIsOpen = Text(nl: "Er staat niets open.", en: "Nothing is open.")
    /// StatusOverview: "What to do"
    public static let whatToDo = Text(nl: "Wat te doen", en: "What to do")
    /// StatusOverview: "Due"
    public static let due = Text(nl: "Termijn", en: "Due")
    /// StatusOverview: "Made by avgd from the registers."
    public static let statusFooter = Text(nl: "Gemaakt door avgd uit de registers.", en: "Made by avgd from the registers.")
  }
}
