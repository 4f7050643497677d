/// Texts of the corrections of consents, disclosures, complaint dossiers, image consents,
/// publications and staff (issue 16 §6; AVG art. 16 applied to avgd's own registers): why a field
/// may not be corrected, and the refusals of a correction itself.
extension Texts {
  /// Correction texts.
  public enum Corrections {
    /// Every value given equals the stored one.
    public static let nothingToCorrect = Text(
      nl: "elke gegeven waarde is gelijk aan de vastgelegde: er valt niets te verbeteren",
      en: "every value given equals the stored one: nothing to correct")

    /// A write that journaled nothing (never expected).
    public static let notJournaled = Text(nl: "er is niets vastgelegd", en: "nothing was journaled")

    /// What one record is called in a refusal of a correction.
    public enum Noun {
      /// A consent.
      public static let consent = Text(nl: "een toestemming", en: "a consent")
      /// A disclosure.
      public static let disclosure = Text(nl: "een verstrekking", en: "a disclosure")
      /// A complaint dossier.
      public static let dossier = Text(nl: "een klachtdossier", en: "a complaint dossier")
      /// An image consent.
      public static let imageConsent = Text(nl: "een beeldtoestemming", en: "an image consent")
      /// A publication.
      public static let publication = Text(nl: "een publicatie", en: "a publication")
      /// A staff member.
      public static let staffMember = Text(nl: "een medewerker", en: "a staff member")
    }

    /// Refused: the id.
    public static let id = Text(
      nl: "het nummer noemt het record in brieven, logboeken en de geschiedenis",
      en: "the id names the record in letters, logs and the history")

    /// Refused: the status.
    public static let status = Text(
      nl: "de status verandert alleen door de eigen handelingen van het register",
      en: "the status moves only by the register's own actions")

    /// Refused: a member derived from the facts.
    public static let derived = Text(
      nl: "wordt afgeleid: het wordt opnieuw berekend uit de verbeterde gegevens",
      en: "derived: it is recomputed from the corrected facts")

    /// Refused: the registration's or correction's own trace.
    public static let trace = Text(
      nl: "het eigen spoor van de registratie of verbetering",
      en: "the registration's or correction's own trace")

    /// Refused: a consent's withdrawal.
    public static let consentWithdrawal = Text(
      nl: "de intrekking is een eigen handeling (sharing.withdrawConsent) en blijft zoals vastgelegd",
      en: "the withdrawal is an act of its own (sharing.withdrawConsent) and stays as recorded")

    /// Refused: a disclosure's legal basis.
    public static let legalBasis = Text(
      nl: "een grondslag kan achteraf niet worden gewisseld: leg de verstrekking opnieuw vast met sharing.record",
      en: "a basis cannot be swapped afterwards: record the disclosure anew with sharing.record")

    /// Refused: whom the school told about a disclosure.
    public static let informed = Text(
      nl: "wie is geïnformeerd, is een eigen handeling (sharing.informed)",
      en: "whom the school told is an act of its own (sharing.informed)")

    /// Refused: the assessment a disclosure rests on.
    public static let assessment = Text(
      nl: "de toets hoort bij de verstrekking zoals die is beoordeeld; een nieuwe toets is sharing.assess",
      en: "the assessment belongs to the disclosure as assessed; a new one is sharing.assess")

    /// Refused: the complainant's explicit consent flag.
    public static let explicitConsent = Text(
      nl: "zonder uitdrukkelijke toestemming bestaat er geen dossier (besluit 47); wie of wanneer kan wel worden verbeterd",
      en: "without explicit consent there is no dossier (decision 47); who gave it and when can be corrected")

    /// Refused: whether the counsellor is staff.
    public static let counsellorIsStaff = Text(
      nl: "bepaalt de herinnering aan de meldplicht die bij het openen is gegeven; die blijft zoals gegeven",
      en: "decides the reminder of the reporting duty given at opening; it stays as given")

    /// Refused: a dossier's conversation reports.
    public static let reports = Text(
      nl: "elk gespreksverslag is een eigen handeling (complaints.addReport)",
      en: "each conversation report is an act of its own (complaints.addReport)")

    /// Refused: a dossier's outcome.
    public static let outcome = Text(
      nl: "de uitkomst is besloten en meegedeeld: die blijft zoals vastgelegd",
      en: "the outcome was decided and communicated: it stays as recorded")

    /// Refused: closedAt on an open dossier.
    public static let notClosed = Text(
      nl: "het dossier is nog niet gesloten; sluiten is complaints.close",
      en: "the dossier is not closed yet; closing is complaints.close")

    /// Refused: an image consent's withdrawal or suspension.
    public static let imageWithdrawal = Text(
      nl: "de intrekking of schorsing is een eigen handeling (publications.withdraw) en blijft zoals vastgelegd",
      en: "the withdrawal or suspension is an act of its own (publications.withdraw) and stays as recorded")

    /// Refused: a publication's take-down.
    public static let takenDown = Text(
      nl: "het verwijderen is een eigen handeling (publications.takeDown) en blijft zoals vastgelegd",
      en: "the take-down is an act of its own (publications.takeDown) and stays as recorded")

    /// Refused: activeTo of a staff member still in service.
    public static let notLeft = Text(
      nl: "de medewerker is nog in dienst; vertrek is staff.leave",
      en: "the staff member is still in service; leaving is staff.leave")

    /// A corrected disclosure date without the students' birth dates.
    public static let birthDatesNeeded = Text(
      nl: "geef bij een verbeterde datum ook students met hun geboortedatum: de leeftijd op de nieuwe datum wordt opnieuw berekend en avgd bewaart geen geboortedata",
      en: "with a corrected date give students with their birth dates too: the age on the new date is recomputed and avgd keeps no birth dates")

    /// A recorded act that would fall before a corrected date.
    public static func actBefore(_ act: String, on: String, corrected: String) -> Text {
      Text(
        nl: "\(corrected) ligt na \(act) op \(on): wat al is vastgelegd, kan niet vóór de verbeterde datum liggen",
        en: "\(corrected) is after \(act) on \(on): what was already recorded cannot lie before the corrected date")
    }
  }
}
