import JSON
import Rules
import Wording

/// Informing instead of consent (rules.md §0 and §5, decision 41): a disclosure on a legal
/// obligation or a public task (AVG art. 6(1)(c)/(e)) needs no consent, but the school tells the
/// people whose rights are at stake, by the holder rules of decision 42 (UAVG art. 5(1)): the legal
/// representatives while the student is under 16, the student from 16. For a student of 18 or more
/// the parents are not told instead of the student: that would be a disclosure of its own.
extension Sharing {
  /// Refuses an informing in the future (-32602 on `onField`) or without a "how" (on `howField`).
  static func checkInforming(_ entry: Informing, today: CivilDate, onField: String, howField: String) throws(RegisterError) {
    guard entry.on <= today else { throw .invalid(onField, Texts.Processing.inTheFuture(entry.on.description, today: today.description).string) }
    _ = try requiredText(entry.how, field: howField)
  }

  /// The refusal for an adult student whose parents alone were told.
  static func adultParentsOnly(_ student: String, age: Int) -> Text { Texts.Sharing.adultParentsOnly(student, age: age) }

  /// `{whom, on, how}`.
  static func json(_ i: Informing) -> JSONValue {
    ["whom": .string(i.whom.rawValue), "on": .string(i.on.description), "how": .string(i.how)]
  }

  /// True for the bases on which informing replaces consent: (c) legal obligation, (e) public task.
  static func informingDuty(_ record: JSONObject) -> Bool {
    record["legalBasis"]?.stringValue.flatMap(SharingBasis.init(rawValue:))?.needsSpecificLaw ?? false
  }

  /// `record` with the informing members derived from `informed`: per student `inform` (who must be
  /// told) and `informed` (whether they were), and for the record `informingDue` (a (c)/(e)
  /// disclosure with a student whose holder was not told), `parentsInformed`, `parentsInformedOn`,
  /// `informedHow` (the first informing of the legal representatives) and `studentInformedOn`.
  static func withInforming(_ record: JSONObject) -> JSONObject {
    var out = record
    let entries = informings(record)
    out["informed"] = .array(entries)
    func first(_ whom: InformedParty) -> JSONValue? { entries.first { $0["whom"]?.stringValue == whom.rawValue } }
    let duty = informingDuty(record)
    var due = false
    out["students"] = .array((record["students"]?.arrayValue ?? []).map { s in
      guard duty, var o = s.objectValue else { return s }
      let must = InformedParty.required(age: o["ageOnDisclosure"]?.intValue ?? 0)
      o["inform"] = .string(must.rawValue)
      o["informed"] = .bool(first(must) != nil)
      if first(must) == nil { due = true }
      return .object(o)
    })
    let parents = first(.legalRepresentatives)
    out["parentsInformed"] = .bool(parents != nil)
    out["parentsInformedOn"] = parents?["on"]
    out["informedHow"] = parents?["how"]
    out["studentInformedOn"] = first(.student)?["on"]
    out["informingDue"] = .bool(due)
    return out
  }

  /// The informings of a record. A disclosure recorded before `informed` existed has only
  /// `parentsInformedOn` and `informedHow`: that is one informing of the legal representatives.
  static func informings(_ record: JSONObject) -> [JSONValue] {
    if let entries = record["informed"]?.arrayValue { return entries }
    guard let on = record["parentsInformedOn"], let how = record["informedHow"] else { return [] }
    return [["whom": .string(InformedParty.legalRepresentatives.rawValue), "on": on, "how": how]]
  }

  /// The students of a (c)/(e) disclosure whose holder was not told: `[(id, whom)]`.
  public static func uninformedStudents(_ record: JSONObject) -> [(id: String, whom: String)] {
    guard informingDuty(record) else { return [] }
    return (record["students"]?.arrayValue ?? []).compactMap { s in
      guard s["informed"] == .bool(false), let id = s["id"]?.stringValue else { return nil }
      return (id, s["inform"]?.stringValue ?? "")
    }
  }

  /// Records that the school told `entry.whom` about disclosure `id` afterwards (decision 41). The
  /// disclosure itself is unchanged; the informing is added and the derived members follow. 1001
  /// for an unknown id; -32602 on `on` for a date in the future (a date before `disclosedOn` is
  /// accepted: telling in advance is telling); for an adult student, informing the parents while
  /// the student was not told is refused (-32602 on `whom`).
  public static func informed(id: String, _ entry: Informing, in register: Register, now: Instant)
    throws(RegisterError) -> RegisterChange
  {
    guard let before = register[id] else { throw .notFound(register: name, id: id) }
    try checkInforming(entry, today: Amsterdam.date(of: now), onField: "on", howField: "how")
    var entries = informings(before)
    if entry.whom == .legalRepresentatives, !entries.contains(where: { $0["whom"]?.stringValue == InformedParty.student.rawValue }) {
      for s in before["students"]?.arrayValue ?? [] {
        if let age = s["ageOnDisclosure"]?.intValue, age >= 18 {
          throw .invalid("whom", adultParentsOnly(s["id"]?.stringValue ?? "?", age: age).string)
        }
      }
    }
    entries.append(json(entry))
    var record = before
    record["informed"] = .array(entries)
    let details: JSONObject = ["whom": .string(entry.whom.rawValue), "on": .string(entry.on.description), "how": .string(entry.how)]
    return RegisterChange(type: "\(name).informed", id: id, record: withInforming(record), change: details)
  }

  /// The disclosures still to be communicated: (c)/(e) disclosures with a student whose holder was
  /// not told, oldest first (then by id). Records from before the informing members are derived on
  /// the fly, so none is missed.
  public static func uninformed(in register: Register) -> [JSONObject] {
    register.all { informingDuty($0) }.map { $0["informingDue"] == nil ? withInforming($0) : $0 }
      .filter { $0["informingDue"] == .bool(true) }.sorted {
      let (a, b) = ($0["disclosedOn"]?.stringValue ?? "", $1["disclosedOn"]?.stringValue ?? "")
      return a != b ? a < b : ($0["id"]?.stringValue ?? "") < ($1["id"]?.stringValue ?? "")
    }
  }
}
