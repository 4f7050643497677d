import Wording

extension RegisterKind {
  /// The assessments of planned disclosures by the NJi step plan (`sharing.assess`), kept so that
  /// `sharing.record` can rest on one and refuse a disclosure whose assessment said stop (AVG art.
  /// 5(2) accountability). A fact, recorded once: no lifecycle. Each of the school that plans the
  /// disclosure (`school`; none: the whole board's), issue 18 §1.
  public static let sharingAssessments = RegisterKind(
    name: SharingAssessments.name, idPrefix: SharingAssessments.idPrefix, recordName: Texts.Sharing.assessmentRecordName,
    title: Texts.Sharing.assessmentsTitle, school: .single())
}
