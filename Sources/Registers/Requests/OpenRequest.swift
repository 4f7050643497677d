import JSON
import Rules
import Wording

/// `requests.open`: registers a data-subject request as received (AVG art. 12(3), rules.md §2.5).
///
/// The record keeps receipt apart from registration (rules.md §2.2: the clock starts when the
/// request reaches the school, decision 14), the deadlines of Reg. 1182/71 art. 3, and the
/// standing check at receipt (rules.md §1.5, decision 4) with the legal channel (`A_AVG`,
/// `B_SECTOR_LAW`, `BW_377C` for a parent without authority: decision 8). A requester without
/// standing is still registered, flagged `entitled: false`; a student under 16 asking for
/// themselves also gets `route.status: pending` (decision 7: route or accept, never turn away).
public struct OpenRequest: Sendable {
  /// When the request arrived: an exact moment, or only its Amsterdam date.
  public enum Receipt: Sendable {
    /// The moment (its Amsterdam date counts, decision 1).
    case at(Instant)
    /// The date.
    case on(CivilDate)
  }

  /// What is asked.
  public var type: RequestType
  /// The student's id in the administration.
  public var studentID: String
  /// The student's birth date.
  public var birthDate: CivilDate
  /// Who asks, by relationship to the student.
  public var requester: Requester
  /// The requester's name, if given.
  public var requesterName: String? = nil
  /// How to reach the requester (answer electronically if asked electronically, art. 12(3)).
  public var requesterContact: String? = nil
  /// Whose data: the student's (default) or the requester's own (decision 13).
  public var about: About = .student
  /// When it arrived.
  public var receipt: Receipt
  /// How it arrived (email, letter, ...).
  public var channel: String? = nil
  /// What is asked, in the requester's words.
  public var description: String? = nil
  /// The school or location (decision 51).
  public var school: String? = nil
  /// The request's id in the school's own administration (the SIS), so an import can be run again
  /// without registering a request twice (issue 16 §2): see `existing(in:)`.
  public var externalRef: String? = nil

  /// A request to register.
  public init(type: RequestType, studentID: String, birthDate: CivilDate, requester: Requester, receipt: Receipt) {
    self.type = type
    self.studentID = studentID
    self.birthDate = birthDate
    self.requester = requester
    self.receipt = receipt
  }

  /// The `requests.opened` change, registered by `actor` at `clock.now`.
  public func change(in register: Register, clock: RequestClock, actor: String) throws(RegisterError) -> RegisterChange {
    let receivedOn: CivilDate
    let deadline: RequestDeadline
    do {
      switch receipt {
      case .at(let at):
        try clock.notFuture(at, field: "receivedAt")
        receivedOn = Amsterdam.date(of: at)
        deadline = try Deadlines.request(receivedAt: at)
      case .on(let on):
        guard on <= Amsterdam.date(of: clock.now) else {
          throw RegisterError.invalid("receivedOn", Texts.Requests.dateInFuture(on.description).string)
        }
        receivedOn = on
        deadline = try Deadlines.request(receivedOn: on)
      }
    } catch let e as RuleError { throw .invalid(e.field, e.reason) } catch let e as RegisterError { throw e } catch {
      throw .invalid("receivedOn", "\(error)")
    }
    let found: RequestStanding
    do {
      found = try RightHolder.standing(
        birthDate: birthDate, on: receivedOn, right: type.right, requester: requester, about: about,
        convention: clock.convention)
    } catch { throw .invalid("student.birthDate", error.reason) }
    let standing = found.entitlement
    var who: JSONObject = ["relationship": .string(requester.rawValue)]
    if let requesterName { who["name"] = .string(requesterName) }
    if let requesterContact { who["contact"] = .string(requesterContact) }
    var record: JSONObject = [
      "id": .string(register.nextID(year: receivedOn.year)), "type": .string(type.rawValue),
      "right": .string(type.right.rawValue), "status": .string(RequestStatus.open.rawValue),
      "student": ["id": .string(studentID), "birthDate": .string(birthDate.description)],
      "requester": .object(who), "about": .string(about.rawValue), "legalChannel": .string(found.channel.rawValue),
    ]
    if case .at(let at) = receipt { record["receivedAt"] = .string(Amsterdam.format(at)) }
    record["receivedOn"] = .string(receivedOn.description)
    for (k, v) in [("channel", channel), ("description", description), ("school", school), ("externalRef", externalRef)] {
      if let v { record[k] = .string(v) }
    }
    record["registeredAt"] = .string(clock.stamp)
    record["registeredBy"] = .string(actor)
    record["baseDueOn"] = .string(deadline.baseDueOn.description)
    record["dueOn"] = .string(deadline.dueOn.description)
    record["dueBy"] = .string(Amsterdam.format(deadline.dueBy))
    record["dueRolledOver"] = .array(deadline.rolledOver.map { .string($0.reason) })
    record["entitled"] = .bool(standing.entitled)
    record["entitlementAtReceipt"] = standing.json(on: receivedOn)
    if requester == .student && about == .student && !standing.entitled {
      record["route"] = Self.pendingRoute(standing)
    }
    let r = RequestRecord(record)
    return r.change("opened", ["receivedOn": .string(receivedOn.description), "entitled": .bool(standing.entitled)])
  }

  /// The request already registered under `externalRef`, if any: a second open with the same
  /// reference answers it instead of registering a duplicate, so an import run twice is harmless.
  /// When the second open names a different request — another type, student, birth date, requester
  /// or day of receipt — it is refused (1006 Conflict, naming the field): two requests under one SIS id is a
  /// mistake to look at, not to paper over. Other fields (name, contact, channel, description,
  /// school) are not compared and the record is not changed: a register entry is corrected with
  /// its own history, never by an import.
  public func existing(in register: Register) throws(RegisterError) -> JSONObject? {
    guard let externalRef else { return nil }
    guard let found = register.all(where: { $0["externalRef"]?.stringValue == externalRef }).first else { return nil }
    let receivedOn: String
    switch receipt {
    case .at(let at): receivedOn = Amsterdam.date(of: at).description
    case .on(let on): receivedOn = on.description
    }
    let same: [(String, JSONValue?, String)] = [
      ("type", found["type"], type.rawValue), ("student.id", found["student"]?["id"], studentID),
      ("student.birthDate", found["student"]?["birthDate"], birthDate.description),
      ("requester.relationship", found["requester"]?["relationship"], requester.rawValue),
      ("receivedOn", found["receivedOn"], receivedOn),
    ]
    for (field, stored, given) in same where stored?.stringValue != given {
      let id = found["id"]?.stringValue ?? "?"
      throw .conflict(
        field: field, reason: Texts.Requests.externalRefTaken(externalRef, id: id, field: field, stored: stored?.stringValue, given: given).string)
    }
    return found
  }

  /// A student's own request under 16 (settled decision 7): registered, never turned away; the
  /// answer names the legal representatives as holders and the two ways on (`requests.route`).
  static func pendingRoute(_ standing: Entitlement) -> JSONValue {
    [
      "status": .string(RouteTarget.Status.pending.rawValue),
      "holders": .array(standing.holders.map { .string($0.rawValue) }),
      "nextStep": .string(Texts.Requests.routeNextStep.string),
    ]
  }
}
