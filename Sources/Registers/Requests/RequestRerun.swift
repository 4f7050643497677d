import JSON
import Rules
import Wording

/// What a corrected receipt or birth date re-runs on a request (`requests.correct`): the
/// deadlines of AVG art. 12(3) with Reg. 1182/71 art. 3 (and the extended ones after an
/// extension), the timeliness flags of the decision and the answer, and the standing at receipt
/// (rules.md §1.5) with the legal channel and, for a student's own request under 16, the pending
/// route (decision 7). Acts already communicated are never changed: where the corrected facts
/// would have led elsewhere, a `review` note (in the call's language) says what the privacy officer must look at.
struct RequestRerun {
  /// The record before the correction.
  let before: RequestRecord
  /// "Now" and the 29 February convention.
  let clock: RequestClock

  /// Recomputes the derived members of `record` (already holding the corrected facts) into `c`.
  func apply(_ c: inout Correction, to record: inout JSONObject) throws(RegisterError) {
    let after = RequestRecord(record)
    guard let receivedOn = after.receivedOn, let birthDate = after.birthDate, let type = after.type else {
      throw .conflict(field: "id", reason: Texts.Requests.recordLacksReceipt.string)
    }
    guard receivedOn <= Amsterdam.date(of: clock.now) else {
      throw .invalid("fields.receivedOn", Texts.Requests.dateInFuture(receivedOn.description).string)
    }
    try noActBeforeReceipt(receivedOn, record)
    let d: RequestDeadline
    do {
      if let at = record["receivedAt"]?.storedInstant {
        d = try Deadlines.request(receivedAt: at)
      } else {
        d = try Deadlines.request(receivedOn: receivedOn)
      }
    } catch { throw .invalid("fields.receivedOn", error.reason) }
    c.derive("baseDueOn", .string(d.baseDueOn.description), in: &record)
    c.derive("dueOn", .string(d.dueOn.description), in: &record)
    c.derive("dueBy", .string(Amsterdam.format(d.dueBy)), in: &record)
    c.derive("dueRolledOver", .array(d.rolledOver.map { .string($0.reason) }), in: &record)
    if before.extendedDueOn != nil {
      c.derive("extendedBaseDueOn", .string(d.extendedBaseDueOn.description), in: &record)
      c.derive("extendedDueOn", .string(d.extendedDueOn.description), in: &record)
      c.derive("extendedDueBy", .string(Amsterdam.format(d.extendedDueBy)), in: &record)
      c.derive("chainedExtendedDueOn", .string(d.chainedExtendedDueOn.description), in: &record)
      c.derive("chainedIsEarlier", .bool(d.chainedIsEarlier), in: &record)
      if let sent = Self.instant(record["extensionNoticeSentAt"]), sent > d.dueBy {
        c.review.append(Texts.Requests.reviewNoticeLate(sent: Amsterdam.format(sent), dueBy: Amsterdam.format(d.dueBy)).string)
      }
    }
    let effective = before.extendedDueOn != nil ? d.extendedDueOn : d.dueOn
    for (flag, moment, answer) in [("decidedLate", "decidedAt", false), ("respondedLate", "respondedAt", true)] {
      guard let at = Self.instant(record[moment]) else { continue }
      let late = Amsterdam.date(of: at) > effective
      if record[flag]?.boolValue != late {
        c.review.append(
          Texts.Requests.reviewTimeliness(
            answer: answer, at: Amsterdam.format(at), due: effective.description, late: late, flag: flag
          ).string)
      }
      c.derive(flag, .bool(late), in: &record)
    }
    try standing(receivedOn: receivedOn, birthDate: birthDate, type: type, c: &c, record: &record)
  }

  /// The standing at receipt for the requester who asked (the original one after an adoption).
  private func standing(
    receivedOn: CivilDate, birthDate: CivilDate, type: RequestType, c: inout Correction, record: inout JSONObject
  ) throws(RegisterError) {
    let atReceipt = (record["originalRequester"] ?? record["requester"])?["relationship"]?.stringValue
      .flatMap(Requester.init(rawValue:)) ?? .parent
    let found: RequestStanding
    do {
      found = try RightHolder.standing(
        birthDate: birthDate, on: receivedOn, right: type.right, requester: atReceipt, about: before.about,
        convention: clock.convention)
    } catch { throw .invalid("fields.student.birthDate", error.reason) }
    let entitled = found.entitlement.entitled
    let wasEntitled = before.entitled
    c.derive("entitled", .bool(entitled), in: &record)
    c.derive("entitlementAtReceipt", found.entitlement.json(on: receivedOn), in: &record)
    if record["originalRequester"] == nil {
      c.derive("legalChannel", .string(found.channel.rawValue), in: &record)
    }
    let pending = before.status == .open || before.status == .extended
    if pending, atReceipt == .student, before.about == .student, record["originalRequester"] == nil {
      let route = RequestRecord(record).route
      if !entitled, route == nil {
        c.derive("route", OpenRequest.pendingRoute(found.entitlement), in: &record)
      } else if entitled, route == .pending {
        c.derive("route", nil, in: &record)
      }
    }
    guard entitled != wasEntitled else { return }
    if !pending || before.status == .holderChanged || record["originalRequester"] != nil
      || (RequestRecord(record).route.map { $0 != .pending } ?? false)
    {
      c.review.append(Texts.Requests.reviewStanding(entitled: entitled, reason: found.entitlement.reason).string)
    }
  }

  /// Refuses a receipt after an act already recorded on the request: nothing happens to a
  /// request before it arrived (the acts keep their moments; the receipt must be corrected to
  /// a date on or before them).
  private func noActBeforeReceipt(_ receivedOn: CivilDate, _ record: JSONObject) throws(RegisterError) {
    for (name, value) in Self.acts(record) where Amsterdam.date(of: value) < receivedOn {
      throw .invalid(
        "fields.receivedOn",
        Texts.Requests.actBeforeReceipt(receivedOn.description, act: name, at: Amsterdam.format(value)).string)
    }
  }

  /// The moments of acts on the record (members ending in `At`, one level deep), without the
  /// receipt and the registration's own stamps.
  static func acts(_ record: JSONObject) -> [(String, Instant)] {
    var out: [(String, Instant)] = []
    let skip: Set<String> = ["receivedAt", "lastCorrectedAt"]
    for (k, v) in record {
      if k.hasSuffix("At"), !skip.contains(k), let at = instant(v) { out.append((k, at)) }
      if let inner = v.objectValue {
        for (ik, iv) in inner where ik.hasSuffix("At") { if let at = instant(iv) { out.append(("\(k).\(ik)", at)) } }
      }
    }
    return out
  }

  /// A stored instant (avgd writes them with their offset), or nil.
  static func instant(_ v: JSONValue?) -> Instant? { v?.storedInstant }
}
