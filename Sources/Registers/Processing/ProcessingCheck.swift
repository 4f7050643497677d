import JSON
import Rules

/// The checks of `processing.check` on the record of processing activities on a date, crossed
/// with the processor register (art. 28) and the sharing register (art. 30(1)(d)): pure, run
/// under one ledger read of the three registers so they are seen as of one moment.
public enum ProcessingCheck {
  /// Months after which a DPIA is due for review (D6; drs-magazine: about every three years).
  public static let dpiaReviewMonths = 36

  /// The findings for one activity on `on`.
  public static func findings(_ a: ProcessingRecord, on: CivilDate, processors: Register) -> [ProcessingFinding] {
    var out: [ProcessingFinding] = []
    func add(_ severity: ProcessingFinding.Severity, _ code: ProcessingFindingCode, _ field: String, _ message: String) {
      out.append(ProcessingFinding(id: a.id, severity: severity, code: code, field: field, message: message))
    }
    let performed = a.dpiaPerformedOn.flatMap { $0 <= on ? $0 : nil }
    let count = a.criteria.count
    switch a.dpiaNeed {
    case .required where performed == nil:
      let why = a.apListTypes.isEmpty ? "\(count) criteria van WP248 rev.01 zijn van toepassing" : "de verwerking staat op de DPIA-lijst van de AP (\(a.apListTypes.map(\.rawValue).joined(separator: ", ")))"
      add(.error, .dpiaRequired, "dpia.performedOn", "DPIA verplicht: \(why) en er is geen DPIA vastgelegd. Voer een DPIA uit voordat de verwerking (verder) gaat (AVG art. 35 lid 1; WP248: twee of meer criteria).")
    case .advised where performed == nil && a.dpia["notRequiredReason"] == nil:
      add(.warning, .dpiaAdvised, "dpia.notRequiredReason", "Eén criterium van WP248 is van toepassing (\(a.criteria.map(\.rawValue).joined(separator: ", "))): overweeg een DPIA, of leg vast waarom die niet nodig is (AVG art. 35, 5 lid 2).")
    default: break
    }
    if let performed, performed.addingMonthsClamped(dpiaReviewMonths) < on {
      add(.warning, .dpiaReviewDue, "dpia.performedOn", "De DPIA van \(performed) is ouder dan \(dpiaReviewMonths) maanden: beoordeel haar opnieuw (AVG art. 35 lid 11).")
    } else if let performed, let changed = a.changedOn, changed > performed, changed <= on {
      add(.warning, .dpiaReviewDue, "dpia.performedOn", "De verwerking is op \(changed) gewijzigd, na de DPIA van \(performed): beoordeel of de DPIA nog klopt (AVG art. 35 lid 11).")
    }
    if !a.specialCategories.isEmpty, a.art9Exception == nil {
      let names = a.specialCategories.map(\.rawValue).joined(separator: ", ")
      add(.error, .specialCategoryWithoutException, "art9Exception", "Bijzondere persoonsgegevens (\(names)) zonder uitzondering van AVG art. 9 lid 2 (bijvoorbeeld UAVG art. 30 voor begeleiding in verband met gezondheid): leg de uitzondering vast of verwerk deze gegevens niet.")
    }
    for (i, pid) in a.processorIDs.enumerated() {
      guard let json = processors[pid] else {
        add(.error, .processorUnknown, "processors[\(i)]", "Geen verwerkersovereenkomst \(pid) in het register van verwerkers (AVG art. 28 lid 3).")
        continue
      }
      if let why = agreementProblem(ProcessorRecord(json), on: on) {
        add(.error, .processorAgreementInvalid, "processors[\(i)]", "\(ProcessorRecord(json).supplierName) (\(pid)) heeft op \(on) geen geldige verwerkersovereenkomst: \(why) (AVG art. 28 lid 3 en 9).")
      }
    }
    for (i, t) in a.transfers.enumerated() where t["mechanism"]?.stringValue == TransferMechanism.none.rawValue {
      add(.error, .transferWithoutMechanism, "transfers[\(i)].mechanism", "De doorgifte aan \(t["recipient"]?.stringValue ?? "?") (\(t["country"]?.stringValue ?? "?")) heeft geen doorgiftegrondslag (AVG art. 44–46).")
    }
    if let retention = a.retention {
      if retention["source"]?.stringValue == RetentionSource.perSelectielijst.rawValue {
        add(.warning, .retentionPerSelectielijst, "retention.source", "Bewaard volgens de selectielijst (Archiefwet): wordt nooit automatisch vernietigd; leg vast welke selectielijst geldt.")
      }
    } else {
      add(.error, .retentionMissing, "retention", "Geen bewaartermijn: leg vast hoe lang de gegevens worden bewaard en waar die termijn vandaan komt (AVG art. 5 lid 1 sub e, 13 lid 2 sub a, 30 lid 1 sub f).")
    }
    return out
  }

  /// Why the agreement is not valid on `on`, or nil when it is in force and signed by both parties.
  public static func agreementProblem(_ p: ProcessorRecord, on: CivilDate) -> String? {
    let agreement = p.json["agreement"]
    if let from = agreement?["effectiveFrom"]?.storedDate, on < from {
      return "zij gaat pas in op \(from)"
    }
    if p.isEnded(on: on) { return "zij is geëindigd op \(p.endDate?.description ?? "een eerdere datum")" }
    if agreement?["signedBySchool"]?.objectValue == nil { return "de school heeft haar niet ondertekend" }
    if agreement?["signedBySupplier"]?.objectValue == nil { return "de leverancier heeft haar niet ondertekend" }
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
        message: "Verstrekking \(id) aan \(d["recipient"]?["name"]?.stringValue ?? "?") op \(date) valt onder geen enkele verwerkingsactiviteit: voeg de ontvanger toe aan de activiteit waar zij bij hoort, of registreer die activiteit (AVG art. 30 lid 1 sub d).")
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
