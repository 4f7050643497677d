/// Texts of `processing.check`: what the record of processing activities lacks, each finding
/// saying what is wrong, what to do and on which article it rests (AVG art. 6, 9, 28, 30, 35,
/// 44–46; duties.md D3–D6).
extension Texts {
  /// `processing.check` findings.
  public enum ProcessingCheck {
    /// Why a DPIA is required: the number of WP248 criteria.
    public static func criteriaApply(_ count: Int) -> Text {
      Text(nl: "\(count) criteria van WP248 rev.01 zijn van toepassing", en: "\(count) criteria of WP248 rev.01 apply")
    }
    /// Why a DPIA is required: the AP's list.
    public static func onAPList(_ types: String) -> Text {
      Text(nl: "de verwerking staat op de DPIA-lijst van de AP (\(types))", en: "the processing is on the AP's DPIA list (\(types))")
    }
    /// `dpiaRequired`.
    public static func dpiaRequired(_ why: Text) -> Text {
      Text(
        nl: "DPIA verplicht: \(why.nl) en er is geen DPIA vastgelegd. Voer een DPIA uit voordat de verwerking (verder) gaat (AVG art. 35 lid 1; WP248: twee of meer criteria).",
        en: "DPIA required: \(why.en) and no DPIA is recorded. Carry out a DPIA before the processing starts or goes on (AVG art. 35(1); WP248: two or more criteria).")
    }
    /// `dpiaAdvised`.
    public static func dpiaAdvised(_ criteria: String) -> Text {
      Text(
        nl: "Eén criterium van WP248 is van toepassing (\(criteria)): overweeg een DPIA, of leg vast waarom die niet nodig is (AVG art. 35, 5 lid 2).",
        en: "One WP248 criterion applies (\(criteria)): consider a DPIA, or record why none is needed (AVG art. 35, 5(2)).")
    }
    /// `dpiaReviewDue`: the DPIA is old.
    public static func dpiaOld(_ performed: String, months: Int) -> Text {
      Text(
        nl: "De DPIA van \(performed) is ouder dan \(months) maanden: beoordeel haar opnieuw (AVG art. 35 lid 11).",
        en: "The DPIA of \(performed) is older than \(months) months: review it (AVG art. 35(11)).")
    }
    /// `dpiaReviewDue`: the activity changed after the DPIA.
    public static func changedAfterDPIA(_ changed: String, performed: String) -> Text {
      Text(
        nl: "De verwerking is op \(changed) gewijzigd, na de DPIA van \(performed): beoordeel of de DPIA nog klopt (AVG art. 35 lid 11).",
        en: "The processing changed on \(changed), after the DPIA of \(performed): check whether the DPIA still holds (AVG art. 35(11)).")
    }
    /// `specialCategoryWithoutException`.
    public static func specialWithoutException(_ names: String) -> Text {
      Text(
        nl: "Bijzondere persoonsgegevens (\(names)) zonder uitzondering van AVG art. 9 lid 2 (bijvoorbeeld UAVG art. 30 voor begeleiding in verband met gezondheid): leg de uitzondering vast of verwerk deze gegevens niet.",
        en: "Special categories of personal data (\(names)) without an exception of AVG art. 9(2) (for example UAVG art. 30 for support related to health): record the exception or do not process these data.")
    }
    /// `processorUnknown`.
    public static func processorUnknown(_ id: String) -> Text {
      Text(
        nl: "Geen verwerkersovereenkomst \(id) in het register van verwerkers (AVG art. 28 lid 3).",
        en: "No processor agreement \(id) in the processor register (AVG art. 28(3)).")
    }
    /// `processorAgreementInvalid`, with why.
    public static func agreementInvalid(_ supplier: String, _ id: String, on: String, why: Text) -> Text {
      Text(
        nl: "\(supplier) (\(id)) heeft op \(on) geen geldige verwerkersovereenkomst: \(why.nl) (AVG art. 28 lid 3 en 9).",
        en: "\(supplier) (\(id)) has no valid processor agreement on \(on): \(why.en) (AVG art. 28(3) and 28(9)).")
    }
    /// Why not valid: not yet in force.
    public static func notYetInForce(_ from: String) -> Text {
      Text(nl: "zij gaat pas in op \(from)", en: "it takes effect only on \(from)")
    }
    /// Why not valid: ended.
    public static func ended(_ on: String) -> Text { Text(nl: "zij is geëindigd op \(on)", en: "it ended on \(on)") }
    /// Why not valid: ended, no date known.
    public static let endedEarlier = Text(nl: "zij is op een eerdere datum geëindigd", en: "it ended on an earlier date")
    /// Why not valid: the school did not sign.
    public static let unsignedBySchool = Text(nl: "de school heeft haar niet ondertekend", en: "the school has not signed it")
    /// Why not valid: the supplier did not sign.
    public static let unsignedBySupplier = Text(nl: "de leverancier heeft haar niet ondertekend", en: "the supplier has not signed it")
    /// `transferWithoutMechanism`.
    public static func transferWithoutMechanism(_ recipient: String, country: String) -> Text {
      Text(
        nl: "De doorgifte aan \(recipient) (\(country)) heeft geen doorgiftegrondslag (AVG art. 44–46).",
        en: "The transfer to \(recipient) (\(country)) has no transfer mechanism (AVG art. 44–46).")
    }
    /// `retentionPerSelectielijst`.
    public static let perSelectielijst = Text(
      nl: "Bewaard volgens de selectielijst (Archiefwet): wordt nooit automatisch vernietigd; leg vast welke selectielijst geldt.",
      en: "Kept per the selectielijst (Archiefwet): never destroyed automatically; record which selectielijst applies.")
    /// `retentionMissing`.
    public static let retentionMissing = Text(
      nl: "Geen bewaartermijn: leg vast hoe lang de gegevens worden bewaard en waar die termijn vandaan komt (AVG art. 5 lid 1 sub e, 13 lid 2 sub a, 30 lid 1 sub f).",
      en: "No retention period: record how long the data are kept and where that period comes from (AVG art. 5(1)(e), 13(2)(a), 30(1)(f)).")
    /// `disclosureNotCovered`.
    public static func disclosureNotCovered(_ id: String, recipient: String, on: String) -> Text {
      Text(
        nl: "Verstrekking \(id) aan \(recipient) op \(on) valt onder geen enkele verwerkingsactiviteit: voeg de ontvanger toe aan de activiteit waar zij bij hoort, of registreer die activiteit (AVG art. 30 lid 1 sub d).",
        en: "Disclosure \(id) to \(recipient) on \(on) falls under no processing activity: add the recipient to the activity it belongs to, or register that activity (AVG art. 30(1)(d)).")
    }
  }
}
