import JSON
import Rules
import Wording

/// The register of publications of images of students (duties.md §5, D18–D19): what was
/// published where and when, with the students shown. A publication is accepted only when every
/// recognisable student has a consent for that channel on that date (AVG art. 6(1)(a); AP letter of
/// 23 August 2017), and it is what a withdrawal is traced to for the take-down (art. 17(1)(b)).
public enum Publications {
  /// The catalogue's publication texts.
  typealias T = Texts.Publications

  /// The register's name (and event-type prefix).
  public static let name = "publications"
  /// The id prefix: `BP-2026-0001` (beeldpublicatie; unique among the registers).
  public static let idPrefix = "BP"

  /// Records a publication of `input.school` (nil: board-level), checked against that school's
  /// consents only (`PublicationVerdict.evaluate`). -32602 for a date in the future, no students, or a student twice;
  /// 1006 naming the first recognisable student without consent on `publishedOn` (the reason lists
  /// them all): leave them out or make them unrecognisable.
  public static func record(
    _ input: PublicationInput, in register: Register, consents: Register, now: Instant, by actor: String,
    convention: LeapDayConvention = .default
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    guard input.publishedOn <= today else { throw .invalid("publishedOn", T.publishedInFuture(input.publishedOn.description, today: today.description).string) }
    guard !input.students.isEmpty else { throw .invalid("students", T.noStudent.string) }
    var students: [JSONValue] = []
    var refused: [(index: Int, id: String, verdict: PublicationVerdict)] = []
    for (i, s) in input.students.enumerated() {
      if input.students[..<i].contains(where: { $0.id == s.id }) { throw .invalid("students[\(i)].id", T.studentTwice(s.id).string) }
      var entry: JSONObject = ["id": .string(s.id), "recognisable": .bool(s.recognisable)]
      if s.recognisable {
        let v = PublicationVerdict.evaluate(
          studentID: s.id, channel: input.channel, on: input.publishedOn, school: input.school, in: consents, convention: convention)
        if v.allowed, let cid = v.consentID { entry["consentId"] = .string(cid) } else { refused.append((i, s.id, v)) }
        if v.reconfirmByStudent { entry["reconfirmByStudent"] = true }
      }
      students.append(.object(entry))
    }
    if let first = refused.first {
      let list = refused.map { "\($0.id) (\($0.verdict.code.rawValue))" }.joined(separator: ", ")
      throw .conflict(
        field: "students[\(first.index)].id",
        reason: T.refused(
          input.channel.rawValue, on: input.publishedOn.description, students: list, verdict: first.verdict.reasonText(channel: input.channel)
        ).string)
    }
    let id = register.nextID(year: input.publishedOn.year)
    var record: JSONObject = [
      "id": .string(id), "status": .string(PublicationMachine.lifecycle.initial.rawValue),
      "channel": .string(input.channel.rawValue), "channelLabel": .string(input.channel.label.nl),
      "publishedOn": .string(input.publishedOn.description), "description": .string(input.description),
      "printed": .bool(input.printed ?? input.channel.printedByDefault), "students": .array(students),
    ]
    if let location = input.location { record["location"] = .string(location) }
    if let school = input.school { record["school"] = .string(school) }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    return RegisterChange(
      type: "\(name).recorded", id: id, record: record,
      change: ["channel": .string(input.channel.rawValue), "publishedOn": .string(input.publishedOn.description), "students": .int(students.count)])
  }

  /// Records that publication `id` was taken down on `on` (1002 when it already was). -32602 for a
  /// date in the future or before the publication.
  public static func takeDown(
    id: String, on: CivilDate, note: String?, in register: Register, now: Instant
  ) throws(RegisterError) -> RegisterChange {
    guard let json = register[id] else { throw .notFound(register: name, id: id) }
    let today = Amsterdam.date(of: now)
    guard on <= today else { throw .invalid("takenDownOn", T.inFuture(on.description, today: today.description).string) }
    if let published = json["publishedOn"]?.storedDate, on < published {
      throw .invalid("takenDownOn", T.beforePublication(on.description, published: published.description).string)
    }
    let status = try PublicationMachine.lifecycle.next(after: "takeDown", from: json["status"]?.stringValue ?? "")
    var change: JSONObject = ["on": .string(on.description)]
    if let note { change["note"] = .string(note) }
    var record = json
    record["status"] = .string(status.rawValue)
    record["takenDown"] = .object(change)
    return RegisterChange(type: "\(name).takenDown", id: id, record: record, change: change)
  }
}
