import JSON
import Wording

/// The descriptors of the two image registers (duties.md §5; issue 15 §4), kept with their commands.
/// The record names are the catalogue's English ones: they name the record in JSON-RPC's English
/// `message` ("Publication BP-2026-0009 not found").
extension RegisterKind {
  /// Consents to publish images of a student on a channel (AVG art. 6(1)(a), 7; UAVG art. 5), each
  /// kept by the school whose form it is (`school`; issue 18 §1: a school's administration sees its
  /// own pupils' consents only); without a school it is board-level.
  public static let imageConsents = RegisterKind(
    name: ImageConsents.name, idPrefix: ImageConsents.idPrefix, recordName: Texts.Publications.imageConsent,
    lifecycle: ImageConsentMachine.table, school: .single())

  /// Publications of images, with the students shown (AVG art. 5(2): the school can show each
  /// publication rested on consent; art. 17(1)(b): what to take down after a withdrawal), each of
  /// the school that published it (`school`), cleared by that school's consents only.
  public static let publications = RegisterKind(
    name: Publications.name, idPrefix: Publications.idPrefix, recordName: Texts.Publications.publication,
    lifecycle: PublicationMachine.table, school: .single())
}
