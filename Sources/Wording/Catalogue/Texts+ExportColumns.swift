/// Column headers of the register exports (issue 16 §2), English and Dutch: `language: "nl"` gives
/// the Dutch ones, as a Dutch school office and the AP read them. The headers shared by every
/// register (`Texts.Export.id`, ...) are in `Texts+Export.swift`.
extension Texts.Export {
  /// Column headers of the breach register (the AP's meldformulier, rules.md §3.3).
  public enum Breaches {
    /// The column of `kind`.
    public static let kind = Text(nl: "Soort", en: "Kind")
    /// The column of `authorityReport.reference`.
    public static let apReference = Text(nl: "Meldnummer AP", en: "AP reference")
    /// The column of `assessment.assessedBy.name`.
    public static let assessedBy = Text(nl: "Beoordeeld door", en: "Assessed by")
    /// The column of `assessment.assessedBy.role`.
    public static let assessorsRole = Text(nl: "Functie beoordelaar", en: "Assessor's role")
    /// The column of `occurredAt`.
    public static let occurredAt = Text(nl: "Datum en tijd datalek", en: "Occurred at")
    /// The column of `discoveredAt`.
    public static let discoveredAt = Text(nl: "Datum en tijd ontdekking", en: "Discovered at")
    /// The column of `awareAt`.
    public static let awareAt = Text(nl: "Datum en tijd kennisname", en: "Aware at")
    /// The column of `breachAwareAt`.
    public static let breachAwareAt = Text(nl: "Kennisname datalek (na herclassificatie)", en: "Aware of the data breach at (reclassified)")
    /// The column of `reportBy`.
    public static let reportBy = Text(nl: "Melden bij AP uiterlijk (72 uur)", en: "Report to AP by (72 h)")
    /// The column of `authorityReport.reportedAt`.
    public static let reportedToAPAt = Text(nl: "Gemeld bij AP op", en: "Reported to AP at")
    /// The column of `authorityReport.lateReason`.
    public static let reasonForLateReport = Text(nl: "Reden late melding", en: "Reason for late report")
    /// The column of `summary`.
    public static let summary = Text(nl: "Samenvatting", en: "Summary")
    /// The column of `assessment.ciaTypes`.
    public static let natureCIA = Text(nl: "Aard (BIV)", en: "Nature (CIA)")
    /// The column of `source`.
    public static let source = Text(nl: "Bron", en: "Source")
    /// The column of `assessment.dataCategories`.
    public static let personalData = Text(nl: "Soort persoonsgegevens", en: "Personal data")
    /// The column of `assessment.specialCategories`.
    public static let specialCategories = Text(nl: "Bijzondere persoonsgegevens", en: "Special categories")
    /// The column of `assessment.recordsAffected.min`.
    public static let recordsMin = Text(nl: "Aantal records (min)", en: "Records (min)")
    /// The column of `assessment.recordsAffected.max`.
    public static let recordsMax = Text(nl: "Aantal records (max)", en: "Records (max)")
    /// The column of `assessment.subjectsAffected.min`.
    public static let peopleMin = Text(nl: "Aantal betrokkenen (min)", en: "People (min)")
    /// The column of `assessment.subjectsAffected.max`.
    public static let peopleMax = Text(nl: "Aantal betrokkenen (max)", en: "People (max)")
    /// The column of `assessment.subjectCategories`.
    public static let groupsOfPeople = Text(nl: "Categorieën betrokkenen", en: "Groups of people")
    /// The column of `assessment.includesMinors`.
    public static let includesMinors = Text(nl: "Minderjarigen betrokken", en: "Includes minors")
    /// The column of `assessment.preBreachMeasures`.
    public static let preBreachMeasures = Text(nl: "Maatregelen vóór het lek", en: "Measures before the breach")
    /// The column of `assessment.consequences`.
    public static let likelyConsequences = Text(nl: "Gevolgen", en: "Likely consequences")
    /// The column of `assessment.risk`.
    public static let risk = Text(nl: "Risico", en: "Risk")
    /// The column of `assessment.riskRationale`.
    public static let riskRationale = Text(nl: "Onderbouwing risico", en: "Risk rationale")
    /// The column of `authorityReportRequired`.
    public static let apReportRequired = Text(nl: "Melding AP verplicht", en: "AP report required")
    /// The column of `subjectsNotificationRequired`.
    public static let peopleMustBeTold = Text(nl: "Betrokkenen informeren verplicht", en: "People must be told")
    /// The column of `assessment.exemption.ground`.
    public static let exemption = Text(nl: "Uitzondering art. 34 lid 3", en: "Art. 34(3) exemption")
    /// The column of `assessment.exemption.justification`.
    public static let exemptionJustification = Text(nl: "Onderbouwing uitzondering", en: "Exemption justification")
    /// The column of `assessment.exemption.publicCommunication`.
    public static let publicCommunication = Text(nl: "Openbare mededeling", en: "Public communication")
    /// The column of `authorityReport.subjectsNotToldReason`.
    public static let peopleNotToldReason = Text(nl: "Reden betrokkenen niet geïnformeerd (melding AP)", en: "Why people were not told (AP report)")
    /// The column of `closedAt`.
    public static let closedAt = Text(nl: "Afgesloten op", en: "Closed at")
    /// The column of `lessonsLearned`.
    public static let lessonsLearned = Text(nl: "Geleerde lessen", en: "Lessons learned")
    /// The column of `retainUntil`.
    public static let retainUntil = Text(nl: "Bewaren tot", en: "Retain until")
    /// The column `Follow-ups`.
    public static let followUps = Text(nl: "Vervolgmeldingen", en: "Follow-ups")
    /// The column `Withdrawn`.
    public static let withdrawn = Text(nl: "Ingetrokken", en: "Withdrawn")
    /// The column `People told at`.
    public static let peopleToldAt = Text(nl: "Betrokkenen geïnformeerd op", en: "People told at")
    /// The column `Channel`.
    public static let channel = Text(nl: "Kanaal", en: "Channel")
    /// The column `Notice: contact point`.
    public static let noticeContactPoint = Text(nl: "Mededeling: contactpunt", en: "Notice: contact point")
    /// The column `Notice: likely consequences`.
    public static let noticeLikelyConsequences = Text(nl: "Mededeling: gevolgen", en: "Notice: likely consequences")
    /// The column `Notice: measures`.
    public static let noticeMeasures = Text(nl: "Mededeling: maatregelen", en: "Notice: measures")
    /// The column `Audience`.
    public static let audience = Text(nl: "Ontvangers", en: "Audience")
    /// The column `Measures`.
    public static let measures = Text(nl: "Maatregelen", en: "Measures")
  }

  /// Column headers of the counsellor's complaint dossiers.
  public enum Complaints {
    /// The column of `openedAt`.
    public static let openedAt = Text(nl: "Geopend op", en: "Opened at")
    /// The column of `complainant.name`.
    public static let complainant = Text(nl: "Klager", en: "Complainant")
    /// The column of `complainant.role`.
    public static let complainantsRole = Text(nl: "Rol klager", en: "Complainant's role")
    /// The column of `accused.name`.
    public static let accused = Text(nl: "Aangeklaagde", en: "Accused")
    /// The column of `accused.role`.
    public static let accusedsRole = Text(nl: "Rol aangeklaagde", en: "Accused's role")
    /// The column of `category`.
    public static let category = Text(nl: "Categorie", en: "Category")
    /// The column of `description`.
    public static let description = Text(nl: "Omschrijving", en: "Description")
    /// The column of `consent.givenBy`.
    public static let consentGivenBy = Text(nl: "Toestemming gegeven door", en: "Consent given by")
    /// The column of `consent.givenAt`.
    public static let consentGivenAt = Text(nl: "Toestemming gegeven op", en: "Consent given at")
    /// The column of `counsellor.name`.
    public static let counsellor = Text(nl: "Vertrouwenspersoon", en: "Counsellor")
    /// The column of `counsellor.isStaff`.
    public static let counsellorIsStaff = Text(nl: "Vertrouwenspersoon in dienst", en: "Counsellor is staff")
    /// The column of `closedAt`.
    public static let closedAt = Text(nl: "Afgesloten op", en: "Closed at")
    /// The column of `outcome`.
    public static let outcome = Text(nl: "Uitkomst", en: "Outcome")
    /// The column of `retainUntil`.
    public static let retainUntil = Text(nl: "Bewaren tot", en: "Retain until")
    /// The column of `retentionRule`.
    public static let retentionRule = Text(nl: "Bewaarregel", en: "Retention rule")
    /// The column `Special categories`.
    public static let specialCategories = Text(nl: "Bijzondere persoonsgegevens", en: "Special categories")
    /// The column `Conversation reports`.
    public static let conversationReports = Text(nl: "Gespreksverslagen", en: "Conversation reports")
  }

  /// Column headers of the record of processing activities (AVG art. 30(1)).
  public enum Processing {
    /// The column of `name`.
    public static let activity = Text(nl: "Verwerkingsactiviteit", en: "Activity")
    /// The column of `purpose`.
    public static let purpose = Text(nl: "Doel", en: "Purpose")
    /// The column of `owner`.
    public static let owner = Text(nl: "Eigenaar", en: "Owner")
    /// The column of `legalBasis.letter`.
    public static let basis = Text(nl: "Grondslag (art. 6 lid 1)", en: "Basis (art. 6(1))")
    /// The column of `legalBasis.law`.
    public static let law = Text(nl: "Wet", en: "Law")
    /// The column of `legalBasis.article`.
    public static let article = Text(nl: "Artikel", en: "Article")
    /// The column of `subjectCategories`.
    public static let dataSubjects = Text(nl: "Betrokkenen", en: "Data subjects")
    /// The column of `art9Exception`.
    public static let art9Exception = Text(nl: "Uitzondering art. 9", en: "Art. 9 exception")
    /// The column of `processors`.
    public static let processors = Text(nl: "Verwerkers", en: "Processors")
    /// The column of `retention.source`.
    public static let retentionSource = Text(nl: "Bron bewaartermijn", en: "Retention source")
    /// The column of `retention.sourceText`.
    public static let retentionSourceText = Text(nl: "Toelichting bewaartermijn", en: "Retention source text")
    /// The column of `securityMeasures`.
    public static let securityMeasures = Text(nl: "Beveiligingsmaatregelen", en: "Security measures")
    /// The column of `securityPolicy`.
    public static let securityPolicy = Text(nl: "Beveiligingsbeleid", en: "Security policy")
    /// The column of `dpia.criteria`.
    public static let wp248Criteria = Text(nl: "DPIA-criteria (WP248)", en: "WP248 criteria")
    /// The column of `dpia.apListTypes`.
    public static let apDPIAList = Text(nl: "DPIA-lijst AP", en: "AP DPIA list")
    /// The column of `dpia.performedOn`.
    public static let dpiaPerformedOn = Text(nl: "DPIA uitgevoerd op", en: "DPIA performed on")
    /// The column of `dpia.outcome`.
    public static let dpiaOutcome = Text(nl: "Uitkomst DPIA", en: "DPIA outcome")
    /// The column of `endedOn`.
    public static let endedOn = Text(nl: "Beëindigd op", en: "Ended on")
    /// The column `Data categories`.
    public static let dataCategories = Text(nl: "Categorieën persoonsgegevens", en: "Data categories")
    /// The column `Recipients`.
    public static let recipients = Text(nl: "Ontvangers", en: "Recipients")
    /// The column `Transfers outside the EEA`.
    public static let transfers = Text(nl: "Doorgifte buiten de EER", en: "Transfers outside the EEA")
    /// The column `Retention`.
    public static let retention = Text(nl: "Bewaartermijn", en: "Retention")
    /// The column `DPIA needed`.
    public static let dpiaNeeded = Text(nl: "DPIA nodig", en: "DPIA needed")
  }
}
