import JSON
import Rules
import Wording

/// `requests.correct`: corrects facts entered wrongly in a request's record (AVG art. 16 applied
/// to avgd's own register, art. 5(1)(d)) with a reason, and re-runs what rests on them: the
/// deadlines of art. 12(3) from the (corrected) receipt, Reg. 1182/71 art. 3, and the standing
/// at receipt (rules.md §1.5) from the (corrected) birth date. The journal keeps both versions;
/// the event's `change` lists each field's old and new value and what was recomputed.
///
/// What was decided or sent stays as it was: a decision, its grounds, the answer and the
/// extension notice reached the requester, so a correction that would have changed them is
/// recorded with a `review` note for the privacy officer (decide again, or inform the requester)
/// instead of rewriting them. The id keeps its year even when receipt moves to another year.
public struct CorrectRequest: Sendable {
  /// What `requests.correct` may change, and what not with why (Protocol/requests.md), in the
  /// call's language: built per call, never kept rendered.
  public static var fields: CorrectableFields {
    let t = Texts.Requests.self
    let refused: [String: Text] = [
      "id": t.idNamesRequest, "status": t.statusByLifecycle, "type": t.typeIsTheRequest, "right": t.rightFollowsType,
      "about": t.aboutIsTheRequest, "requester.relationship": t.requesterIsTheRequest, "legalChannel": t.channelDerived,
      "entitled": t.derivedFromFacts, "entitlementAtReceipt": t.derivedFromFacts,
      "dueOn": t.derivedFromReceipt, "dueBy": t.derivedFromReceipt, "baseDueOn": t.derivedFromReceipt,
      "extendedDueOn": t.derivedFromReceipt, "decision": t.decisionCommunicated,
      "grounds": t.partOfDecision, "decidedAt": t.partOfDecision, "decidedBy": t.partOfDecision, "items": t.partOfDecision,
      "respondedAt": t.answerSent, "responseChannel": t.answerSent,
      "extensionNoticeSentAt": t.extensionNoticeSent, "extensionReason": t.extensionNoticeSent,
      "route": t.routingOwnAct, "identity": t.verificationOwnAct,
      "registeredAt": t.registrationTrace, "registeredBy": t.registrationTrace,
    ]
    return CorrectableFields(
      t.correctNoun.string,
      allowed: [
        "student.id", "student.birthDate", "requester.name", "requester.contact", "receivedAt", "receivedOn",
        "channel", "description", "school",
      ],
      refused: refused.mapValues(\.string))
  }

  /// The request.
  public let id: String
  /// The `fields` param as given.
  public let given: JSONObject
  /// Why the record was wrong.
  public let reason: String?

  /// A correction of `id`.
  public init(id: String, fields: JSONObject, reason: String?) {
    self.id = id
    self.given = fields
    self.reason = reason
  }

  /// The `requests.corrected` change, by `actor` at `clock.now`.
  public func change(in register: Register, clock: RequestClock, actor: String) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let status = try RequestLifecycle.next("correct", from: r)
    var c = try Correction(reason: reason)
    var record = r.json
    let values = try Self.fields.read(given)
    let paths = Set(values.map(\.0))
    if paths.contains("receivedAt") && paths.contains("receivedOn") {
      throw .invalid("fields.receivedOn", Texts.Requests.receiptBoth.string)
    }
    for (path, value) in values {
      switch path {
      case "student.birthDate", "receivedOn":
        c.set(path, .string(try Self.date(value, field: "fields.\(path)").description), in: &record)
      case "receivedAt":
        let at = try Self.instant(value, field: "fields.receivedAt")
        try clock.notFuture(at, field: "fields.receivedAt")
        c.set("receivedAt", .string(Amsterdam.format(at)), in: &record)
        c.set("receivedOn", .string(Amsterdam.date(of: at).description), in: &record)
      case "description":
        guard value.stringValue != nil else { throw .invalid("fields.description", Texts.Requests.mustBeString.string) }
        c.set(path, value, in: &record)
      default:
        c.set(path, .string(try requiredText(value.stringValue, field: "fields.\(path)")), in: &record)
      }
    }
    if paths.contains("receivedOn") { c.set("receivedAt", nil, in: &record) }
    guard !c.isEmpty else { throw .invalid("fields", Texts.Requests.nothingToCorrect.string) }
    let moved = Set(c.fields.compactMap { $0["field"]?.stringValue })
    if moved.contains("receivedOn") || moved.contains("student.birthDate") {
      try RequestRerun(before: r, clock: clock).apply(&c, to: &record)
    }
    record["status"] = .string(status.rawValue)
    record["lastCorrectedAt"] = .string(clock.stamp)
    record["lastCorrectedBy"] = .string(actor)
    return RequestRecord(record).change("corrected", c.change)
  }

  /// A corrected date from the wire, or -32602 on `field`.
  static func date(_ v: JSONValue, field: String) throws(RegisterError) -> CivilDate {
    guard let s = v.stringValue else { throw .invalid(field, Texts.Requests.mustBeDate.string) }
    do { return try CivilDate.parse(s) } catch { throw .invalid(field, error.reason) }
  }

  /// A corrected instant from the wire (RFC 3339), or -32602 on `field`.
  static func instant(_ v: JSONValue, field: String) throws(RegisterError) -> Instant {
    guard let s = v.stringValue else { throw .invalid(field, Texts.Requests.mustBeInstant.string) }
    do { return try Instant.parse(s) } catch { throw .invalid(field, error.reason) }
  }
}
