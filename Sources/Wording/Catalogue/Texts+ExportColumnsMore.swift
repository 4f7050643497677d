/// Column headers of the register exports, continued (`Texts+ExportColumns.swift`).
extension Texts.Export {
  /// Column headers of the processor-agreement register (AVG art. 28).
  public enum Processors {
    /// The column of `supplier.name`.
    public static let supplier = Text(nl: "Leverancier", en: "Supplier")
    /// The column of `supplier.kvk`.
    public static let kvkNumber = Text(nl: "KvK-nummer", en: "KvK number")
    /// The column of `supplier.convenantStatus`.
    public static let convenantStatus = Text(nl: "Status convenant", en: "Convenant status")
    /// The column of `supplier.convenantCheckedOn`.
    public static let convenantCheckedOn = Text(nl: "Convenant gecontroleerd op", en: "Convenant checked on")
    /// The column of `agreement.model`.
    public static let model = Text.alike("Model")
    /// The column of `agreement.version`.
    public static let version = Text(nl: "Versie", en: "Version")
    /// The column of `agreement.signedBySchool.name`.
    public static let signedForTheSchoolBy = Text(nl: "Ondertekend namens school door", en: "Signed for the school by")
    /// The column of `agreement.signedBySchool.on`.
    public static let signedByTheSchoolOn = Text(nl: "Ondertekend door school op", en: "Signed by the school on")
    /// The column of `agreement.signedBySupplier.name`.
    public static let signedForTheSupplierBy = Text(nl: "Ondertekend namens leverancier door", en: "Signed for the supplier by")
    /// The column of `agreement.signedBySupplier.on`.
    public static let signedByTheSupplierOn = Text(nl: "Ondertekend door leverancier op", en: "Signed by the supplier on")
    /// The column of `agreement.effectiveFrom`.
    public static let effectiveFrom = Text(nl: "Ingangsdatum", en: "Effective from")
    /// The column of `agreement.endDate`.
    public static let endDate = Text(nl: "Einddatum", en: "End date")
    /// The column of `returnDeletion.requestedOn`.
    public static let returnDeletionRequestedOn = Text(nl: "Teruggave/verwijdering gevraagd op", en: "Return/deletion requested on")
    /// The column of `returnDeletion.confirmedOn`.
    public static let returnDeletionConfirmedOn = Text(nl: "Teruggave/verwijdering bevestigd op", en: "Return/deletion confirmed on")
    /// The column `Products`.
    public static let products = Text(nl: "Producten", en: "Products")
    /// The column `Outside the EEA`.
    public static let outsideTheEEA = Text(nl: "Buiten de EER", en: "Outside the EEA")
    /// The column `Sub-processors`.
    public static let subProcessors = Text(nl: "Subverwerkers", en: "Sub-processors")
  }

  /// Column headers of publications.
  public enum Consents {
    /// The column of `student.id`.
    public static let student = Text(nl: "Leerling", en: "Student")
    /// The column of `givenBy.relationship`.
    public static let givenByCapacity = Text(nl: "Gegeven door (hoedanigheid)", en: "Given by (capacity)")
    /// The column of `givenBy.name`.
    public static let givenBy = Text(nl: "Gegeven door", en: "Given by")
    /// The column of `givenOn`.
    public static let givenOn = Text(nl: "Gegeven op", en: "Given on")
    /// The column of `ageOnGiving`.
    public static let studentsAgeThen = Text(nl: "Leeftijd leerling toen", en: "Student's age then")
    /// The column of `scope`.
    public static let scope = Text(nl: "Reikwijdte", en: "Scope")
    /// The column of `purpose`.
    public static let purpose = Text(nl: "Doel", en: "Purpose")
    /// The column of `studentTakesOverOn`.
    public static let studentTakesOverOn = Text(nl: "Leerling beslist zelf vanaf", en: "Student takes over on")
    /// The column of `withdrawal.on`.
    public static let withdrawnOn = Text(nl: "Ingetrokken op", en: "Withdrawn on")
    /// The column of `withdrawal.by.relationship`.
    public static let withdrawnByCapacity = Text(nl: "Ingetrokken door (hoedanigheid)", en: "Withdrawn by (capacity)")
    /// The column of `channel`.
    public static let channel = Text(nl: "Kanaal", en: "Channel")
    /// The column of `validFrom`.
    public static let validFrom = Text(nl: "Geldig vanaf", en: "Valid from")
    /// The column of `validUntil`.
    public static let validUntil = Text(nl: "Geldig tot en met", en: "Valid until")
    /// The column of `suspension.on`.
    public static let suspendedOn = Text(nl: "Geschorst op (verzoek ouder na 16)", en: "Suspended on (parent's request after 16)")
  }

  /// Column headers of the publications register (AVG art. 5(2)).
  public enum Publications {
    /// The column of `channel`.
    public static let channel = Text(nl: "Kanaal", en: "Channel")
    /// The column of `publishedOn`.
    public static let publishedOn = Text(nl: "Gepubliceerd op", en: "Published on")
    /// The column of `description`.
    public static let description = Text(nl: "Wat", en: "What")
    /// The column of `location`.
    public static let location = Text(nl: "Waar", en: "Where")
    /// The column of `printed`.
    public static let printed = Text(nl: "Drukwerk", en: "Printed")
    /// The column of `takenDown.on`.
    public static let takenDownOn = Text(nl: "Verwijderd op", en: "Taken down on")
    /// The column `Students shown`.
    public static let studentsShown = Text(nl: "Leerlingen in beeld", en: "Students shown")
  }

  /// Column headers of the sharing register (AVG art. 6, 30(1)(d)).
  public enum Sharing {
    /// The column of `disclosedOn`.
    public static let disclosedOn = Text(nl: "Verstrekt op", en: "Disclosed on")
    /// The column of `recipient.name`.
    public static let recipient = Text(nl: "Ontvanger", en: "Recipient")
    /// The column of `recipient.role`.
    public static let recipientRole = Text(nl: "Rol ontvanger", en: "Recipient role")
    /// The column of `purpose`.
    public static let purpose = Text(nl: "Doel", en: "Purpose")
    /// The column of `legalBasis`.
    public static let legalBasis = Text(nl: "Grondslag", en: "Legal basis")
    /// The column of `specificLaw`.
    public static let specificLaw = Text(nl: "Wettelijk voorschrift", en: "Specific law")
    /// The column of `dataCategories`.
    public static let dataCategories = Text(nl: "Soort gegevens", en: "Data categories")
    /// The column of `consentIds`.
    public static let consents = Text(nl: "Toestemmingen", en: "Consents")
    /// The column of `parentsInformed`.
    public static let parentsInformed = Text(nl: "Ouders geïnformeerd", en: "Parents informed")
    /// The column of `parentsInformedOn`.
    public static let parentsInformedOn = Text(nl: "Ouders geïnformeerd op", en: "Parents informed on")
    /// The column of `informedHow`.
    public static let informedHow = Text(nl: "Wijze van informeren", en: "Informed how")
    /// The column of `studentInformedOn`.
    public static let studentInformedOn = Text(nl: "Leerling geïnformeerd op", en: "Student informed on")
    /// The column of `informingDue`.
    public static let stillToBeInformed = Text(nl: "Nog te informeren", en: "Still to be informed")
    /// The column `Students`.
    public static let students = Text(nl: "Leerlingen", en: "Students")
  }
}

extension Texts.Export {
  /// Column headers of the kept step-plan assessments (`sharing.assess`, `sharingAssessments.export`).
  public enum SharingAssessments {
    /// The column of `assessedOn`.
    public static let assessedOn = Text(nl: "Getoetst op", en: "Assessed on")
    /// The column of `recipient.name`.
    public static let recipient = Text(nl: "Ontvanger", en: "Recipient")
    /// The column of `recipient.role`.
    public static let recipientRole = Text(nl: "Rol ontvanger", en: "Recipient role")
    /// The column of `purpose`.
    public static let purpose = Text(nl: "Doel", en: "Purpose")
    /// The column of `legalBasis`.
    public static let legalBasis = Text(nl: "Grondslag", en: "Legal basis")
    /// The column of `specificLaw`.
    public static let specificLaw = Text(nl: "Specifieke wet", en: "Specific law")
    /// The column of `dataCategories`.
    public static let dataCategories = Text(nl: "Categorieën gegevens", en: "Data categories")
    /// The column of the students' ids.
    public static let students = Text(nl: "Leerlingen", en: "Students")
    /// The column of `outcome`.
    public static let outcome = Text(nl: "Uitkomst", en: "Outcome")
    /// The column of the steps and what each said.
    public static let steps = Text(nl: "Stappen", en: "Steps")
    /// The column of `registeredBy`.
    public static let registeredBy = Text(nl: "Geregistreerd door", en: "Registered by")
  }
}
