import JSON
import Rules
import Wording

/// The descriptors of the registers avgd keeps, each declared once here with the facts that
/// make it behave as it does (the commands stay in each register's folder). The service's
/// `RegisterCatalog` lists which of them it opens.
extension RegisterKind {
  /// Subject requests (AVG art. 12, 15–17): indexed by the effective due date while an answer is
  /// owed (`requests.due`, art. 12(3)), faceted for the listing filters.
  public static let requests = RegisterKind(
    name: "requests", idPrefix: "R", recordName: Texts.Registers.request, lifecycle: RequestLifecycle.machine,
    index: RegisterIndex { json in
      let r = RequestRecord(json)
      guard r.status?.isPending == true, let due = r.effectiveDueOn else { return nil }
      return Int64(due.daysSinceEpoch)
    },
    facets: RequestFacets.facets, title: Texts.Registers.requestsTitle, school: .single())

  /// Breaches and security incidents (AVG art. 33(5)): indexed by `reportBy` while a data breach
  /// awaits its report to the Autoriteit Persoonsgegevens (art. 33(1), `breaches.due`).
  public static let breaches = RegisterKind(
    name: Breaches.name, idPrefix: Breaches.idPrefix, recordName: Texts.Registers.breach, lifecycle: BreachMachine.table,
    index: RegisterIndex { json in
      let r = BreachRecord(json)
      guard r.kind == .dataBreach, r.awaitsAuthorityReport, let by = r.reportBy else { return nil }
      return by.secondsSinceEpoch
    },
    facets: BreachFacets.facets, title: Texts.Registers.breachesTitle, school: .single())

  /// The restricted lists of people affected by a breach, one per breach, deleted after the
  /// art. 34 notification (rules.md §3.5). A list belongs to its breach and keeps the breach's
  /// `school` (copied when attached, following a corrected one), so the privacy contact of that
  /// school can do the art. 34 notice of its own breach; a board-level breach keeps a board-level list.
  public static let affected = RegisterKind(name: AffectedList.name, idPrefix: "L", recordName: Texts.Registers.affectedList,
    title: Texts.Registers.affectedTitle, school: .single())

  /// Processor agreements (AVG art. 28).
  public static let processors = RegisterKind(
    name: Processors.name, idPrefix: Processors.idPrefix, recordName: Texts.Registers.processorAgreement,
    lifecycle: ProcessorMachine.table, title: Texts.Registers.processorsTitle, school: .boardShared)

  /// Disclosures to third parties (AVG art. 6, 15(1)(c)): facts, recorded once, each of the
  /// school that disclosed (`school`; none: the whole board's), issue 18 §1.
  public static let sharing = RegisterKind(name: Sharing.name, idPrefix: Sharing.idPrefix, recordName: Texts.Registers.disclosure,
    title: Texts.Registers.disclosuresTitle, school: .single())

  /// Consents (AVG art. 6(1)(a), 7), each given to one school (`school`; none: the whole board's),
  /// issue 18 §1: a school's privacy contact records and withdraws its own students' consents.
  public static let consents = RegisterKind(
    name: Consents.name, idPrefix: Consents.idPrefix, recordName: Texts.Registers.consent, lifecycle: ConsentMachine.table,
    title: Texts.Registers.consentsTitle, school: .single())

  /// The confidential counsellor's dossiers (rules.md §7; readable by the counsellor alone).
  public static let complaints = RegisterKind(
    name: Complaints.name, idPrefix: Complaints.idPrefix, recordName: Texts.Registers.complaintDossier,
    lifecycle: ComplaintMachine.table, title: Texts.Registers.complaintsTitle, school: .single())

  /// The audit trail of reads (AVG art. 5(2)): who read which records when. Its own reads are not
  /// audited again (that would never end); `audit.list` is limited to the privacy officer.
  public static let audit = RegisterKind(
    name: AuditFacets.register, idPrefix: "A", recordName: Texts.Registers.auditEvent, facets: AuditFacets.facets,
    personalData: false, title: Texts.Registers.auditTitle, school: .list("scope", match: .every))
}
