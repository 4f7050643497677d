import JSON
import Rules
import Wording

/// Turns the caller's description of a processing activity into the stored record's parts,
/// refusing what the law rules out (-32602 with the dotted field). `register` and `update` both
/// parse through here, so a part is the same however it arrives. Gaps the school must still fill
/// (no retention, special categories without an art. 9 exception, no DPIA) are accepted and
/// reported by `processing.check`: the register shows the real position (AVG art. 5(2)).
public enum ProcessingInput {
  /// The parts of an activity, in the order the record keeps them (also the parts `update` replaces).
  public static let parts = [
    "name", "purpose", "school", "owner", "legalBasis", "subjectCategories", "dataCategories", "art9Exception",
    "recipients", "processors", "transfers", "retention", "securityMeasures", "securityPolicy", "dpia", "sources",
  ]

  /// Every part of an activity from `r`; `processors` names the agreements that exist (ids of
  /// the processor register), `today` bounds the DPIA date.
  public static func activity(_ r: InputReader, processors: Register, today: CivilDate) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["name": .string(try r.text("name")), "purpose": .string(try r.text("purpose"))]
    for key in ["school", "owner", "art9Exception", "securityPolicy"] {
      if let v = try r.optionalText(key) { out[key] = .string(v) }
    }
    out["legalBasis"] = .object(try legalBasis(try r.nested("legalBasis")))
    let subjects = try choices(r, "subjectCategories", SubjectCategory.self)
    guard !subjects.isEmpty else { throw .invalid(r.field("subjectCategories"), Texts.Processing.noSubjectCategory.string) }
    out["subjectCategories"] = .array(subjects.map { .string($0.rawValue) })
    var data: [JSONValue] = []
    for d in try r.objects("dataCategories") { data.append(.object(try dataCategory(d))) }
    guard !data.isEmpty else { throw .invalid(r.field("dataCategories"), Texts.Processing.noDataCategory.string) }
    out["dataCategories"] = .array(data)
    var recipients: [JSONValue] = []
    for x in try r.objects("recipients") {
      var entry: JSONObject = ["name": .string(try x.text("name")), "role": .string(try x.choice("role", RecipientRole.self).rawValue)]
      if let includes = try x.optionalStrings("includes") { entry["includes"] = .array(includes.map(JSONValue.string)) }
      recipients.append(.object(entry))
    }
    out["recipients"] = .array(recipients)
    let ids = try r.optionalStrings("processors") ?? []
    for (i, id) in ids.enumerated() where processors[id] == nil {
      throw .invalid("\(r.field("processors"))[\(i)]", Texts.Processing.noSuchAgreement(id).string)
    }
    out["processors"] = .array(ids.map(JSONValue.string))
    var transfers: [JSONValue] = []
    for t in try r.objects("transfers") {
      transfers.append([
        "recipient": .string(try t.text("recipient")), "country": .string(try t.text("country")),
        "mechanism": .string(try t.choice("mechanism", TransferMechanism.self).rawValue),
      ])
    }
    out["transfers"] = .array(transfers)
    if let ret = try r.optionalNested("retention") { out["retention"] = .object(try retention(ret)) }
    out["securityMeasures"] = .array((try r.optionalStrings("securityMeasures") ?? []).map(JSONValue.string))
    out["dpia"] = .object(try dpia(try r.optionalNested("dpia"), students: subjects.contains(.students), today: today))
    if let s = try r.optionalStrings("sources") { out["sources"] = .array(s.map(JSONValue.string)) }
    return out
  }

  /// `{letter, law?, article?, legitimateInterest?}`: (c) and (e) need the law (art. 6(3)),
  /// (f) the interest pursued (art. 13(1)(d)).
  static func legalBasis(_ r: InputReader) throws(RegisterError) -> JSONObject {
    let letter = try r.choice("letter", BasisLetter.self)
    var out: JSONObject = ["letter": .string(letter.rawValue)]
    let law = try r.optionalChoice("law", LawCode.self)
    if letter.needsLaw, law == nil {
      throw .invalid(r.field("law"), Texts.Processing.lawRequired(letter.rawValue).string)
    }
    if let law { out["law"] = .string(law.rawValue) }
    let article = try r.optionalText("article")
    if law == .OTHER, article == nil { throw .invalid(r.field("article"), Texts.Processing.articleForOtherLaw.string) }
    if let article { out["article"] = .string(article) }
    if letter == .f {
      out["legitimateInterest"] = .string(try r.text("legitimateInterest"))
    } else if let i = try r.optionalText("legitimateInterest") {
      out["legitimateInterest"] = .string(i)
    }
    return out
  }

  /// `{name, special?, identifier?}`: the art. 9 category and the national number, marked.
  static func dataCategory(_ r: InputReader) throws(RegisterError) -> JSONObject {
    var out: JSONObject = ["name": .string(try r.text("name"))]
    if let s = try r.optionalChoice("special", SpecialDataCategory.self) { out["special"] = .string(s.rawValue) }
    if let n = try r.optionalChoice("identifier", IdentifyingNumber.self) { out["identifier"] = .string(n.rawValue) }
    return out
  }

  /// `{count?, unit?, trigger, source, sourceText}` (D3); `perSelectielijst` needs no period (D4).
  static func retention(_ r: InputReader) throws(RegisterError) -> JSONObject {
    let source = try r.choice("source", RetentionSource.self)
    var out: JSONObject = [
      "trigger": .string(try r.choice("trigger", RetentionTrigger.self).rawValue), "source": .string(source.rawValue),
      "sourceText": .string(try r.text("sourceText")),
    ]
    let count = try integer(r, "count")
    let unit = try r.optionalChoice("unit", RetentionUnit.self)
    if source != .perSelectielijst {
      guard let count else { throw .invalid(r.field("count"), Texts.Processing.retentionCountRequired.string) }
      guard count > 0 else { throw .invalid(r.field("count"), Texts.Processing.atLeastOne(count).string) }
      guard unit != nil else { throw .invalid(r.field("unit"), Texts.Processing.retentionUnitRequired.string) }
    }
    if let count { out["count"] = .int(count) }
    if let unit { out["unit"] = .string(unit.rawValue) }
    return out
  }

  /// `{criteria, apListTypes, vulnerableClearedReason?, performedOn?, outcome?, reference?,
  /// notRequiredReason?}`. Criterion 7 is preset when students are data subjects, unless a reason
  /// to clear it is given (D5).
  static func dpia(_ r: InputReader?, students: Bool, today: CivilDate) throws(RegisterError) -> JSONObject {
    let r = r ?? InputReader([:], path: "dpia")
    var criteria = try choices(r, "criteria", DPIACriterion.self)
    let cleared = try r.optionalText("vulnerableClearedReason")
    if students, cleared == nil, !criteria.contains(.vulnerableSubjects) { criteria.append(.vulnerableSubjects) }
    criteria = DPIACriterion.allCases.filter(criteria.contains)
    var out: JSONObject = [
      "criteria": .array(criteria.map { .string($0.rawValue) }),
      "apListTypes": .array(try choices(r, "apListTypes", APListType.self).map { .string($0.rawValue) }),
    ]
    if let cleared { out["vulnerableClearedReason"] = .string(cleared) }
    if let on = try r.optionalDate("performedOn") {
      guard on <= today else { throw .invalid(r.field("performedOn"), Texts.Processing.inTheFuture(on.description, today: today.description).string) }
      out["performedOn"] = .string(on.description)
      out["outcome"] = .string(try r.choice("outcome", DPIAOutcome.self).rawValue)
    } else if r.has("outcome") {
      throw .invalid(r.field("performedOn"), Texts.Processing.performedOnRequired.string)
    }
    for key in ["reference", "notRequiredReason"] {
      if let v = try r.optionalText(key) { out[key] = .string(v) }
    }
    return out
  }

  /// A list of codes of `type`, each once (absent = empty).
  static func choices<E: RawRepresentable & CaseIterable & Equatable>(_ r: InputReader, _ name: String, _ type: E.Type) throws(RegisterError) -> [E]
  where E.RawValue == String {
    var out: [E] = []
    for (i, s) in (try r.optionalStrings(name) ?? []).enumerated() {
      guard let e = E(rawValue: s) else {
        throw .invalid("\(r.field(name))[\(i)]", Texts.Processing.unknownValue(s, expected: E.allCases.map(\.rawValue).joined(separator: ", ")).string)
      }
      guard !out.contains(e) else { throw .invalid("\(r.field(name))[\(i)]", Texts.Processing.listedTwice(s).string) }
      out.append(e)
    }
    return out
  }

  /// An optional whole number.
  static func integer(_ r: InputReader, _ name: String) throws(RegisterError) -> Int? {
    guard r.has(name), let v = r.object[name] else { return nil }
    guard let n = v.intValue else { throw .invalid(r.field(name), Texts.Processing.wholeNumber(got: v.kindName).string) }
    return n
  }
}
