/// Texts of the register of processor agreements (AVG art. 28): the findings of
/// `processors.check` (rules.md §6) and the refusals of `processors.register`, `.update`,
/// `.addProduct` and `.end`.
extension Texts {
  /// Processor-register texts.
  public enum Processors {
    // MARK: processors.check

    /// `schoolSignatureMissing`.
    public static let schoolSignatureMissing = Text(
      nl: "Geen handtekening van de school vastgelegd: de overeenkomst moet schriftelijk zijn en beide partijen binden (AVG art. 28 lid 3 en 9).",
      en: "No signature for the school recorded: the agreement must be in writing and binding on both parties (AVG art. 28(3), 28(9)).")
    /// `supplierSignatureMissing`.
    public static let supplierSignatureMissing = Text(
      nl: "Geen handtekening van de leverancier vastgelegd: de verwerker moet aan de overeenkomst gebonden zijn (AVG art. 28 lid 3 en 9).",
      en: "No signature for the supplier recorded: the processor must be bound by the agreement (AVG art. 28(3), 28(9)).")
    /// `olderModel`.
    public static func olderModel(_ model: String) -> Text {
      Text(
        nl: "Getekend op \(model): geldig tot een nieuwe versie is getekend; overweeg over te stappen op model 4.0 van het Privacyconvenant.",
        en: "Signed on \(model): still valid until a new version is signed; consider upgrading to model 4.0 of the Privacy Convenant.")
    }
    /// `annexMissing`.
    public static func annexMissing(_ product: String) -> Text {
      Text(
        nl: "Geen privacybijsluiter vastgelegd voor \"\(product)\": ieder product heeft een eigen bijsluiter nodig die de verwerking beschrijft (Kennisnet; AVG art. 28 lid 3).",
        en: "No privacybijsluiter recorded for \"\(product)\": every product needs its own annex describing its processing (Kennisnet; AVG art. 28(3)).")
    }
    /// `transferWithoutMechanism` for a product.
    public static func productTransfer(_ product: String) -> Text {
      Text(
        nl: "\"\(product)\" wordt buiten de EER verwerkt zonder doorgiftegrondslag (AVG art. 44–46): leg adequacy, dpf, scc of bcr vast, of stop de doorgifte.",
        en: "\"\(product)\" is processed outside the EEA without a transfer mechanism (AVG art. 44–46): record adequacy, dpf, scc or bcr, or stop the transfer.")
    }
    /// `transferWithoutMechanism` for a sub-processor.
    public static func subProcessorTransfer(_ sub: String, country: String, product: String) -> Text {
      Text(
        nl: "Subverwerker \"\(sub)\" (\(country)) van \"\(product)\" zit buiten de EER zonder doorgiftegrondslag (AVG art. 28 lid 4, 44–46): maak bezwaar, of leg de grondslag vast.",
        en: "Sub-processor \"\(sub)\" (\(country)) of \"\(product)\" is outside the EEA without a transfer mechanism (AVG art. 28(4), 44–46): object, or record the mechanism.")
    }
    /// `endedWithActiveProduct`.
    public static func endedWithActiveProduct(_ endDate: String, product: String) -> Text {
      Text(
        nl: "De overeenkomst is geëindigd op \(endDate), maar \"\(product)\" is nog in gebruik: stop het gebruik of teken een nieuwe overeenkomst; vraag om teruggave of verwijdering van de gegevens (AVG art. 28 lid 3 sub g).",
        en: "The agreement ended on \(endDate) but \"\(product)\" is still active: stop using it or sign a new agreement; ask for return or deletion (AVG art. 28(3)(g)).")
    }

    // MARK: Refusals

    /// A KvK number that is not 8 digits.
    public static func kvkDigits(_ kvk: String) -> Text {
      Text(nl: "een KvK-nummer heeft 8 cijfers, niet \"\(kvk)\"", en: "a KvK number has 8 digits, got \"\(kvk)\"")
    }
    /// A date before another one it may not precede (`endDate` before `effectiveFrom`, ...).
    public static func before(_ date: String, _ other: String, _ otherDate: String) -> Text {
      Text(nl: "\(date) ligt vóór \(other) \(otherDate)", en: "\(date) is before \(other) \(otherDate)")
    }
    /// An objection deadline without the notice it runs from.
    public static let objectionNeedsNotice = Text(
      nl: "noticeOn ontbreekt: een bezwaartermijn loopt vanaf de aankondiging van de verwerker (art. 28 lid 2)",
      en: "needs noticeOn: an objection deadline runs from the processor's notice (art. 28(2))")
    /// A product already on the agreement (`addProduct`).
    public static func productExists(_ id: String, product: String) -> Text {
      Text(
        nl: "\(id) noemt al een product \"\(product)\"; wijzig het met processors.update",
        en: "\(id) already lists a product \"\(product)\"; change it with processors.update")
    }
    /// A product listed twice.
    public static func productTwice(_ product: String) -> Text {
      Text(nl: "\"\(product)\" staat er twee keer in; één vermelding per product", en: "\"\(product)\" is listed twice; one entry per product")
    }
  }
}
