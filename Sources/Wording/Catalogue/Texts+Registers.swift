/// Texts shared by every register and the ledger: the names of records and registers, the
/// refusals of the shared reads (filters, cursors, corrections, required texts), retention
/// purges and what happened to the journal files, and the store's refusals.
extension Texts {
  /// Register and ledger texts.
  public enum Registers {
    // MARK: Records and registers (RegisterKind)

    /// A subject request's record and register.
    public static let request = Text(nl: "Verzoek", en: "Request")
    /// The requests register's title.
    public static let requestsTitle = Text(nl: "Verzoeken", en: "Subject requests")
    /// A breach's record.
    public static let breach = Text(nl: "Datalek", en: "Breach")
    /// The breaches register's title.
    public static let breachesTitle = Text(nl: "Datalekken en incidenten", en: "Breaches and incidents")
    /// An affected-people list.
    public static let affectedList = Text(nl: "Lijst van betrokkenen", en: "Affected-people list")
    /// The affected lists' title.
    public static let affectedTitle = Text(nl: "Betrokkenen", en: "Affected people")
    /// A processor agreement.
    public static let processorAgreement = Text(nl: "Verwerkersovereenkomst", en: "Processor agreement")
    /// The processors register's title.
    public static let processorsTitle = Text(nl: "Verwerkersovereenkomsten", en: "Processor agreements")
    /// A disclosure to a third party.
    public static let disclosure = Text(nl: "Verstrekking", en: "Disclosure")
    /// The sharing register's title.
    public static let disclosuresTitle = Text(nl: "Verstrekkingen", en: "Disclosures")
    /// A consent.
    public static let consent = Text(nl: "Toestemming", en: "Consent")
    /// The consents register's title.
    public static let consentsTitle = Text(nl: "Toestemmingen", en: "Consents")
    /// A confidential counsellor's dossier.
    public static let complaintDossier = Text(nl: "Klachtdossier", en: "Complaint dossier")
    /// The complaints register's title.
    public static let complaintsTitle = Text(nl: "Klachtdossiers", en: "Complaint dossiers")
    /// An audit event.
    public static let auditEvent = Text(nl: "Inzagegebeurtenis", en: "Audit event")
    /// The audit trail's title.
    public static let auditTitle = Text(nl: "Inzagelog", en: "Audit of reads")

    // MARK: Shared reads (-32602 data.reason)

    /// A filter the register does not keep.
    public static let notAFilter = Text(nl: "is geen filter van dit register", en: "is not a filter of this register")
    /// Filters on a register without facets.
    public static func keepsNoFacets(_ register: String) -> Text {
      Text(nl: "het register \(register) houdt geen filters bij", en: "the \(register) register keeps no facets")
    }
    /// A cursor this register did not give.
    public static let notACursor = Text(nl: "is geen cursor van dit register", en: "is not a cursor of this register")

    // MARK: Corrections

    /// `fields: {}`.
    public static func atLeastOneField(_ allowed: String) -> Text {
      Text(nl: "noem minstens één veld om te verbeteren: \(allowed)", en: "give at least one field to correct: \(allowed)")
    }
    /// A field that may not be corrected, and why.
    public static func mayNotBeCorrected(_ why: String) -> Text {
      Text(nl: "mag niet worden verbeterd: \(why)", en: "may not be corrected: \(why)")
    }
    /// A field that is not correctable.
    public static func notCorrectable(_ noun: String, allowed: String) -> Text {
      Text(
        nl: "is geen veld van \(noun) dat verbeterd kan worden; te verbeteren: \(allowed)",
        en: "is no field of \(noun) that can be corrected; correctable: \(allowed)")
    }
    /// A required free text left blank.
    public static let requiredText = Text(nl: "is verplicht en mag niet leeg zijn", en: "is required and must not be empty")

    // MARK: Retention

    /// The note of a purge event.
    public static func purged(_ noun: Text, _ id: String, closed: String, on: String, rule: String) -> Text {
      Text(
        nl: "\(noun.nl) \(id) gesloten op \(closed), verwijderd op \(on) volgens bewaarregel \(rule)",
        en: "\(noun.en) \(id) closed on \(closed), purged on \(on) under retention rule \(rule)")
    }
    /// A purge date after today.
    public static func purgeAfterToday(_ on: String, today: String) -> Text {
      Text(
        nl: "\(on) ligt na vandaag (\(today)): een record wordt pas verwijderd als de bewaartermijn voorbij is",
        en: "\(on) is after today (\(today)): a record is purged only once its retention has passed")
    }
    /// No purged records to erase from the files.
    public static let nothingToErase = Text(nl: "niets te wissen", en: "nothing to erase")
    /// The pending-erasure mark stayed.
    public static func markNotCleared(_ error: String) -> Text {
      Text(
        nl: "; de markering van de openstaande wissing kon niet worden verwijderd (\(error)); dat gebeurt opnieuw bij de volgende start",
        en: "; the pending-erasure mark could not be cleared (\(error)); it is redone at the next start")
    }
    /// Erased from the journal files.
    public static let erasedFromJournal = Text(
      nl: "de eerdere gebeurtenissen van de dossiers zijn uit de journaalbestanden gewist; hun verwijderregels blijven staan",
      en: "the dossiers' earlier events were erased from the journal files; their purge lines remain")
    /// A service in memory.
    public static let noJournalFiles = Text(
      nl: "een dienst in het geheugen houdt geen journaalbestanden bij", en: "an in-memory service keeps no journal files")
    /// Compaction failed.
    public static func compactionFailed(_ error: String) -> Text {
      Text(
        nl: "de journaalbestanden konden niet worden gecomprimeerd (\(error)); de dossiers zijn uit het register verwijderd, voer de verwijdering opnieuw uit om ze uit de bestanden te wissen",
        en: "the journal files could not be compacted (\(error)); the dossiers are removed from the register, run the purge again to erase them from the files")
    }

    // MARK: The store and the ledger

    /// The message of a change the store could not save (`storeFailure`).
    public static let storeFailure = Text(nl: "Opslag mislukt", en: "Store failure")
    /// The reason of a change the store could not save.
    public static func notSaved(_ error: String) -> Text {
      Text(
        nl: "de wijziging kon niet worden opgeslagen, dus er is niets gewijzigd: \(error)",
        en: "the change could not be saved, so nothing was changed: \(error)")
    }
    /// A backup of a service in memory.
    public static let noStoreToBackUp = Text(
      nl: "een dienst in het geheugen heeft geen opslag om te back-uppen", en: "an in-memory service keeps no store to back up")
    /// A register the ledger does not keep (a programming error).
    public static func noRegister(_ name: String) -> Text { Text(nl: "geen register \(name)", en: "no register \(name)") }
    /// The message of a refusal for lack of standing (`notEntitled`).
    public static let notEntitled = Text(nl: "Verzoeker niet gerechtigd", en: "Requester not entitled")
    /// The message of a refusal past a deadline (`tooLate`).
    public static let tooLate = Text(nl: "Te laat", en: "Too late")
  }
}
