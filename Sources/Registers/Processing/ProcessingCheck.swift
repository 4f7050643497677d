import JSON
import Rules
import Wording

/// The checks of `processing.check` on the record of processing activities on a date, crossed
/// with the processor register (art. 28) and the sharing register (art. 30(1)(d)): pure, run
/// under one ledger read of the three registers so they are seen as of one moment.
public enum ProcessingCheck {
  /// Months after which a DPIA is due for review (D6; drs-magazine: about every three years).
  public static let dpiaReviewMonths = 36

  /// The findings for one activity on `on`.
  public static func findings(_ a: ProcessingRecord, on: CivilDate, processors: Register) -> [ProcessingFinding] {
    var out: [ProcessingFinding] = []
    func add(_ severity: ProcessingFinding.Severity, _ code: ProcessingFindingCode, _ field: String, _ message: Text) {
      out.append(ProcessingFinding(id: a.id, severity: severity, code: code, field: field, message: message.string))
    }
    let performed = a.dpiaPerformedOn.flatMap { $0 <= on ? $0 : nil }
    let count = a.criteria.count
    switch a.dpiaNeed {
    case .required where performed == nil:
      let why = a.apListTypes.isEmpty
        ? Texts.ProcessingCheck.criteriaApply(count) : Texts.ProcessingCheck.onAPList(a.apListTypes.map(\.rawValue).joined(separator: ", "))
      add(.error, .dpiaRequired, "dpia.performedOn", Texts.ProcessingCheck.dpiaRequired(why))
    case .advised where performed == nil && a.dpia["notRequiredReason"] == nil:
      add(.warning, .dpiaAdvised, "dpia.notRequiredReason", Texts.ProcessingCheck.dpiaAdvised(a.criteria.map(\.rawValue).joined(separator: ", ")))
    default: break
    }
    if let performed, performed.addingMonthsClamped(dpiaReviewMonths) < on {
      add(.warning, .dpiaReviewDue, "dpia.performedOn", Texts.ProcessingCheck.dpiaOld(performed.description, months: dpiaReviewMonths))
    } else if let performed, let changed = a.changedOn, changed > performed, changed <= on {
      add(.warning, .dpiaReviewDue, "dpia.performedOn", Texts.ProcessingCheck.changedAfterDPIA(changed.description, performed: performed.description))
    }
    if !a.specialCategories.isEmpty, a.art9Exception == nil {
      let names = a.specialCategories.map(\.rawValue).joined(separator: ", ")
      add(.error, .specialCategoryWithoutException, "art9Exception", Texts.ProcessingCheck.specialWithoutException(names))
    }
    for (i, pid) in a.processorIDs.enumerated() {
      guard let json = processors[pid] else {
        add(.error, .processorUnknown, "processors[\(i)]", Texts.ProcessingCheck.processorUnknown(pid))
        continue
      }
      if let why = agreementProblem(ProcessorRecord(json), on: on) {
        add(.error, .processorAgreementInvalid, "processors[\(i)]",
          Texts.ProcessingCheck.agreementInvalid(ProcessorRecord(json).supplierName, pid, on: on.description, why: why))
      }
    }
    for (i, t) in a.transfers.enumerated() where t["mechanism"]?.stringValue == TransferMechanism.none.rawValue {
      add(.error, .transferWithoutMechanism, "transfers[\(i)].mechanism",
        Texts.ProcessingCheck.transferWithoutMechanism(t["recipient"]?.stringValue ?? "?", country: t["country"]?.stringValue ?? "?"))
    }
    if let retention = a.retention {
      if retention["source"]?.stringValue == RetentionSource.perSelectielijst.rawValue {
        add(.warning, .retentionPerSelectielijst, "retention.source", Texts.ProcessingCheck.perSelectielijst)
      }
    } else {
      add(.error, .retentionMissing, "retention", Texts.ProcessingCheck.retentionMissing)
    }
    return out
  }

  /// Why the agreement is not valid on `on`, or nil when it is in force and signed by both parties.
  public static func agreementProblem(_ p: ProcessorRecord, on: CivilDate) -> Text? {
    let agreement = p.json["agreement"]
    if let from = agreement?["effectiveFrom"]?.storedDate, on < from {
      return Texts.ProcessingCheck.notYetInForce(from.description)
    }
    if p.isEnded(on: on) { return p.endDate.map { Texts.ProcessingCheck.ended($0.description) } ?? Texts.ProcessingCheck.endedEarlier }
    if agreement?["signedBySchool"]?.objectValue == nil { return Texts.ProcessingCheck.unsignedBySchool }
    if agreement?["signedBySupplier"]?.objectValue == nil { return Texts.ProcessingCheck.unsignedBySupplier }
    return nil
  }

  /// The disclosures up to `on` in `sharing` that no activity carried out on the disclosure date
  /// covers: the recipient is named among the activity's recipients (as the recipient or one of
  /// the organisations it `includes`), or is the supplier of one of its processors (names
  /// compared without case and outer spaces).
  public static func uncovered(_ activities: [ProcessingRecord], sharing: Register, processors: Register, on: CivilDate) -> [ProcessingFinding] {
    func key(_ s: String?) -> String { trimmed(s ?? "").lowercased() }
    return sharing.all { _ in true }.compactMap { d -> ProcessingFinding? in
      guard let date = d["disclosedOn"]?.storedDate, date <= on else { return nil }
      let recipient = key(d["recipient"]?["name"]?.stringValue)
      let covered = activities.contains { a in
        guard a.isActive(on: date) else { return false }
        if a.recipients.contains(where: { r in
          ([r["name"]] + (r["includes"]?.arrayValue ?? [])).contains { key($0?.stringValue) == recipient }
        }) { return true }
        return a.processorIDs.contains { id in processors[id].map { key(ProcessorRecord($0).supplierName) == recipient } ?? false }
      }
      guard !covered else { return nil }
      let id = d["id"]?.stringValue ?? ""
      return ProcessingFinding(
        id: id, severity: .error, code: .disclosureNotCovered, field: "recipient.name",
        message: Texts.ProcessingCheck.disclosureNotCovered(id, recipient: d["recipient"]?["name"]?.stringValue ?? "?", on: date.description).string)
    }
  }

  /// The findings of every activity carried out on `on` (or only `id`, 1001 when unknown), then
  /// the uncovered disclosures (only when every activity is checked).
  public static func run(
    id: String?, on: CivilDate, processing: Register, processors: Register, sharing: Register
  ) throws(RegisterError) -> (checked: Int, findings: [ProcessingFinding]) {
    if let id {
      guard let r = processing[id] else { throw .notFound(register: Processing.name, id: id) }
      return (1, findings(ProcessingRecord(r), on: on, processors: processors))
    }
    let all = processing.all { _ in true }.map(ProcessingRecord.init)
    let current = all.filter { $0.isActive(on: on) }
    let own = current.flatMap { findings($0, on: on, processors: processors) }
    return (current.count, own + uncovered(all, sharing: sharing, processors: processors, on: on))
  }

  /// `s` without leading and trailing white space.
  private static func trimmed(_ s: String) -> String {
    var t = Substring(s)
    while t.first?.isWhitespace == true { t = t.dropFirst() }
    while t.last?.isWhitespace == true { t = t.dropLast() }
    return String(t)
  }
}
