/// Texts of the filled-in AP form's pages (`breaches.apForm` as text or HTML, AVG art. 33): the
/// lines avgd writes around the AP's own questions, which stay Dutch as the Meldloket asks them.
/// Dutch by default; `language: "en"` gives these lines in English.
extension Texts {
  /// AP form page texts.
  public enum APFormPage {
    /// The page's first line, naming the breach.
    public static func title(_ id: String) -> Text {
      Text(
        nl: "Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor \(id)",
        en: "Data breach notification form (Autoriteit Persoonsgegevens): filling-in aid for \(id)")
    }
    /// The HTML page's title.
    public static func pageTitle(_ id: String) -> Text {
      Text(nl: "Meldformulier datalekken \(id)", en: "Data breach notification form \(id)")
    }
    /// The version of the AP's form the page follows.
    public static func formVersion(_ version: String) -> Text { Text(nl: "Formulier: \(version)", en: "Form: \(version)") }
    /// The kind of notification, with the AP's number of an earlier one.
    public static func notificationKind(_ kind: String, reference: String?) -> Text {
      Text(
        nl: "Soort melding: \(kind)" + (reference.map { " (meldingsnummer \($0))" } ?? ""),
        en: "Kind of notification: \(kind)" + (reference.map { " (notification number \($0))" } ?? ""))
    }
    /// The deadline of a new notification (AVG art. 33(1)).
    public static func reportBy(_ moment: String) -> Text {
      Text(
        nl: "Uiterlijk melden: \(moment) (72 uur na het moment van kennisname, art. 33 lid 1 AVG)",
        en: "Report by: \(moment) (72 hours after becoming aware, GDPR art. 33(1))")
    }
    /// A follow-up notification shows only what changed.
    public static func changesSince(_ moment: String) -> Text {
      Text(
        nl: "Alleen wat veranderde sinds de vorige melding van \(moment)",
        en: "Only what changed since the previous notification of \(moment)")
    }
    /// Every answer avgd can give is filled in.
    public static let allFilledIn = Text(nl: "Alles wat avgd kan invullen, is ingevuld.", en: "Everything avgd can fill in is filled in.")
    /// The heading of what still has to be found out.
    public static let stillToFindOut = Text(nl: "Nog uit te zoeken vóór het melden", en: "Still to find out before reporting")
    /// One question still open, with the method that records it.
    public static func fillInWith(_ question: String, _ method: String) -> Text {
      Text(nl: "\(question) (vul aan via \(method))", en: "\(question) (fill in with \(method))")
    }
    /// An answer avgd does not record.
    public static let notRecorded = Text(
      nl: "(niet vastgelegd in avgd: beantwoord dit in het formulier zelf)", en: "(not recorded in avgd: answer this in the form itself)")
    /// An answer avgd records but that is missing, with the method that records it.
    public static func missing(_ method: String) -> Text { Text(nl: "ONTBREEKT: vul aan via \(method)", en: "MISSING: fill in with \(method)") }
  }
}
