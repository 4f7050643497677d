import Wording

extension RegisterKind {
  /// The record of processing activities (verwerkingsregister, AVG art. 30(1)): one record per
  /// processing activity (duties.md D1). It holds categories of people and data, never a person,
  /// so its reads are not audited (`personalData: false`).
  /// (`recordName` is a String in English, as every register's is, until RegisterKind takes a Text.)
  public static let processing = RegisterKind(
    name: Processing.name, idPrefix: Processing.idPrefix, recordName: Texts.Processing.recordName,
    lifecycle: ProcessingMachine.table, personalData: false,
    school: .single(sharedReads: true))
}
