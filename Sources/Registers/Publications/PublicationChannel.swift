import Wording

/// Where the school publishes images of students (duties.md §5.3, decision D15). Publishing is not
/// sharing: each channel needs its own consent, because consent must be specific per use
/// (AVG art. 4(11), 6(1)(a); AP letter of 23 August 2017). "Closed" parent portals count too.
/// Not channels, so no consent asked here: use in class, ID and pass photos, a staff-only intranet.
public enum PublicationChannel: String, Sendable, CaseIterable {
  /// The school's website.
  case WEBSITE
  /// The school's social-media accounts.
  case SOCIAAL_MEDIA
  /// The newsletter to parents.
  case NIEUWSBRIEF
  /// The parent portal or school app other parents see (Social Schools, Digiduif, ...).
  case OUDERPORTAAL
  /// Printed matter: the schoolgids, brochures, open-day material.
  case DRUKWERK
  /// The school's own images given to the media (journalists' own photos are outside avgd, D20).
  case PERS
  /// The yearbook, or a class photo shared with the group.
  case JAARBOEK

  /// The channel in words, as the school's consent form names it. Records keep the Dutch one
  /// (`channelLabel`, as on the form the school keeps); answers say it in the call's language.
  public var label: Text {
    switch self {
    case .WEBSITE: return Texts.Publications.website
    case .SOCIAAL_MEDIA: return Texts.Publications.socialMedia
    case .NIEUWSBRIEF: return Texts.Publications.newsletter
    case .OUDERPORTAAL: return Texts.Publications.parentPortal
    case .DRUKWERK: return Texts.Publications.print
    case .PERS: return Texts.Publications.press
    case .JAARBOEK: return Texts.Publications.yearbook
    }
  }

  /// True when a publication on this channel is printed by default, so it cannot be taken down
  /// after a withdrawal (decision D18: listed as "not recallable" instead).
  public var printedByDefault: Bool { self == .DRUKWERK || self == .JAARBOEK }
}
