import Wording

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

  /// The section's title in both languages (the AP's Dutch wording; `Texts.APFormSections`).
  public var text: Text {
    switch self {
    case .aboutNotification: Texts.APFormSections.aboutNotification
    case .contact: Texts.APFormSections.contact
    case .timeline: Texts.APFormSections.timeline
    case .breach: Texts.APFormSections.breach
    case .personalData: Texts.APFormSections.personalData
    case .people: Texts.APFormSections.people
    case .priorMeasures: Texts.APFormSections.priorMeasures
    case .consequences: Texts.APFormSections.consequences
    case .followUp: Texts.APFormSections.followUp
    case .other: Texts.APFormSections.other
    }
  }

  /// The section's title as the form shows it (Dutch).
  public var title: String { text.nl }

  /// The title in English, for a reader who asks `language: en` (the values stay Dutch: the form takes Dutch).
  public var titleEN: String { text.en }
}
