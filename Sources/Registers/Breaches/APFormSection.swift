/// The sections of the AP's notification form (Meldloket datalekken), in the form's own order
/// (Protocol/breaches.md, "The AP form"): a privacy officer fills the form top to bottom, so the
/// answers are grouped and ordered the same way.
public enum APFormSection: Int, Sendable, CaseIterable {
  /// 0: new notification, supplement or withdrawal; the earlier reference.
  case aboutNotification = 0
  /// 1: the board and its contact person.
  case contact
  /// 2: occurred, aware, ongoing, reasons for a late report.
  case timeline
  /// 3: what happened and the nature of the breach.
  case breach
  /// 4: the kinds of personal data and the number of records.
  case personalData
  /// 5: the number and groups of people, minors.
  case people
  /// 6: encryption and other measures in place before.
  case priorMeasures
  /// 7: the likely consequences and their severity.
  case consequences
  /// 8: telling the people, measures taken, cross-border aspects.
  case followUp
  /// 9: anything else.
  case other

  /// The section's title as the form shows it.
  public var title: String {
    switch self {
    case .aboutNotification: "Over deze melding"
    case .contact: "Contactgegevens en overige algemene informatie"
    case .timeline: "Tijdlijn"
    case .breach: "Gegevens over het datalek"
    case .personalData: "Persoonsgegevens die betrokken zijn bij het datalek"
    case .people: "De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek"
    case .priorMeasures: "Maatregelen die zijn getroffen voordat het datalek plaatsvond"
    case .consequences: "Gevolgen van het datalek"
    case .followUp: "Vervolgacties naar aanleiding van het datalek"
    case .other: "Overig"
    }
  }

  /// The title in English, for a reader who asks `language: en` (the values stay Dutch: the form takes Dutch).
  public var titleEN: String {
    switch self {
    case .aboutNotification: "About this notification"
    case .contact: "Contact details and other general information"
    case .timeline: "Timeline"
    case .breach: "About the breach"
    case .personalData: "Personal data involved in the breach"
    case .people: "The people whose personal data is involved"
    case .priorMeasures: "Measures taken before the breach"
    case .consequences: "Consequences of the breach"
    case .followUp: "Follow-up actions"
    case .other: "Other"
    }
  }
}
