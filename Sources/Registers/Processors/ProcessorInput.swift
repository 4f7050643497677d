import JSON
import Rules
import Wording

/// Turns the caller's parts of a processor agreement into the stored record's parts, refusing
/// what the law or the calendar rules out (-32602 with the dotted field). Shared by `register`,
/// `update` and `addProduct`, so a part is the same however it arrives. Missing signatures and
/// bijsluiters are accepted here and reported by `processors.check`: the register must show the
/// school's real position, gaps included (AVG art. 5(2)).
public enum ProcessorInput {
  /// `supplier {name, kvk?, convenantStatus, convenantCheckedOn}`; the check date cannot be
  /// after `today` (decision 39: checked against the public register).
  public static func supplier(_ r: InputReader, today: CivilDate) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["name": .string(try r.text("name"))]
    if let kvk = try r.optionalText("kvk") {
      guard kvk.count == 8, kvk.allSatisfy(\.isASCII), kvk.allSatisfy(\.isNumber) else {
        throw .invalid(r.field("kvk"), Texts.Processors.kvkDigits(kvk).string)
      }
      out["kvk"] = .string(kvk)
    }
    out["convenantStatus"] = .string(try r.choice("convenantStatus", ConvenantStatus.self).rawValue)
    let checked = try r.date("convenantCheckedOn")
    guard checked <= today else {
      throw .invalid(r.field("convenantCheckedOn"), Texts.Processing.inTheFuture(checked.description, today: today.description).string)
    }
    out["convenantCheckedOn"] = .string(checked.description)
    return out
  }

  /// `agreement {model, version?, signedBySchool?, signedBySupplier?, effectiveFrom, endDate?}`.
  public static func agreement(_ r: InputReader) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["model": .string(try r.choice("model", AgreementModel.self).rawValue)]
    if let v = try r.optionalText("version") { out["version"] = .string(v) }
    if let s = try r.optionalNested("signedBySchool") {
      out["signedBySchool"] = ["name": .string(try s.text("name")), "role": .string(try s.text("role")), "on": .string(try s.date("on").description)]
    }
    if let s = try r.optionalNested("signedBySupplier") {
      out["signedBySupplier"] = ["name": .string(try s.text("name")), "on": .string(try s.date("on").description)]
    }
    let from = try r.date("effectiveFrom")
    out["effectiveFrom"] = .string(from.description)
    if let end = try r.optionalDate("endDate") {
      guard end >= from else { throw .invalid(r.field("endDate"), Texts.Processors.before(end.description, "effectiveFrom", from.description).string) }
      out["endDate"] = .string(end.description)
    }
    return out
  }

  /// The products, names unique (one bijsluiter per product, decision 38).
  public static func products(_ r: InputReader, _ name: String) throws(RegisterError) -> [JSONObject] {
    var out: [JSONObject] = []
    for p in try r.objects(name) { out.append(try product(p)) }
    try Processors.uniqueNames(out, field: r.field(name))
    return out
  }

  /// One product with its privacybijsluiter and sub-processors (art. 28(2), 28(4), 44–46).
  public static func product(_ r: InputReader) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["name": .string(try r.text("name"))]
    if let v = try r.optionalText("annexVersion") { out["annexVersion"] = .string(v) }
    if let d = try r.optionalDate("annexDate") { out["annexDate"] = .string(d.description) }
    out["active"] = .bool(try r.optionalBool("active") ?? true)
    for key in ["dataCategories", "subjectCategories"] {
      if let list = try r.optionalStrings(key) { out[key] = .array(list.map(JSONValue.string)) }
    }
    if let loc = try r.optionalText("processingLocation") { out["processingLocation"] = .string(loc) }
    out["outsideEEA"] = .bool(try r.optionalBool("outsideEEA") ?? false)
    if let m = try r.optionalChoice("transferMechanism", TransferMechanism.self) { out["transferMechanism"] = .string(m.rawValue) }
    var subs: [JSONValue] = []
    for s in try r.objects("subProcessors") { subs.append(.object(try subProcessor(s))) }
    out["subProcessors"] = .array(subs)
    return out
  }

  /// One sub-processor: approved (specific authorisation) or announced (general authorisation,
  /// with the school's objection deadline; art. 28(2), decision 40).
  public static func subProcessor(_ r: InputReader) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["name": .string(try r.text("name")), "country": .string(try r.text("country"))]
    out["outsideEEA"] = .bool(try r.optionalBool("outsideEEA") ?? false)
    if let m = try r.optionalChoice("transferMechanism", TransferMechanism.self) { out["transferMechanism"] = .string(m.rawValue) }
    if let d = try r.optionalDate("approvedOn") { out["approvedOn"] = .string(d.description) }
    let notice = try r.optionalDate("noticeOn")
    if let notice { out["noticeOn"] = .string(notice.description) }
    if let deadline = try r.optionalDate("objectionDeadline") {
      guard let notice else { throw .invalid(r.field("objectionDeadline"), Texts.Processors.objectionNeedsNotice.string) }
      guard deadline >= notice else { throw .invalid(r.field("objectionDeadline"), Texts.Processors.before(deadline.description, "noticeOn", notice.description).string) }
      out["objectionDeadline"] = .string(deadline.description)
    }
    return out
  }

  /// `returnDeletion {requestedOn?, confirmedOn?}` (art. 28(3)(g)).
  public static func returnDeletion(_ r: InputReader) throws(RegisterError) -> JSONObject {
    var out = JSONObject()
    let requested = try r.optionalDate("requestedOn")
    if let requested { out["requestedOn"] = .string(requested.description) }
    if let confirmed = try r.optionalDate("confirmedOn") {
      if let requested, confirmed < requested {
        throw .invalid(r.field("confirmedOn"), Texts.Processors.before(confirmed.description, "requestedOn", requested.description).string)
      }
      out["confirmedOn"] = .string(confirmed.description)
    }
    return out
  }
}
