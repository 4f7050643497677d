/// The sections of the AP's notification form (Meldloket datalekken), in the form's own order
/// (Protocol/breaches.md, "The AP form"): a privacy officer fills the form top to bottom, so the
/// answers are grouped and ordered the same way.
public enum APFormSection: Int, Sendable, CaseIterable {
  case aboutNotification = 0, contact, timeline, breach, personalData, people, priorMeasures, consequences, followUp, other

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
