import JSON
import Rules
import Wording

/// Which publications must come down after a withdrawal (AVG art. 7(3), 17(1)(b); D18): those
/// still up that show a student recognisably whose consent for that channel was withdrawn (or
/// suspended, D17) and who has no consent now. Digital items stay on the list until recorded as
/// taken down; printed items cannot be recalled and are named as such.
public enum Takedowns {
  /// One publication to take down, with the students it must come down for.
  public static func item(_ publication: JSONObject, students: [(id: String, since: CivilDate)]) -> JSONObject {
    let printed = publication["printed"]?.boolValue ?? false
    var o: JSONObject = [
      "publicationId": publication["id"] ?? .null, "channel": publication["channel"] ?? .null,
      "publishedOn": publication["publishedOn"] ?? .null, "description": publication["description"] ?? .null,
      "recallable": .bool(!printed),
      "students": .array(students.map { ["id": .string($0.id), "since": .string($0.since.description)] }),
      "action": .string((printed ? Texts.Publications.printedAction : Texts.Publications.digitalAction).string),
    ]
    if let location = publication["location"] { o["location"] = location }
    if let school = publication["school"] { o["school"] = school }
    return o
  }

  /// The publications still up (not taken down) on `channel` (all channels when nil) that must
  /// come down on `on`, oldest first, each weighed against the consents of its own school (as it
  /// was cleared, `PublicationVerdict.takedownDue`); `school` (when `onlySchool`) limits them to
  /// one school's (nil: the board-level ones), as a withdrawal at that school; `includePrinted`
  /// adds printed items (the withdrawal's answer).
  public static func due(
    on: CivilDate, channel: PublicationChannel? = nil, studentID: String? = nil, onlySchool: Bool = false, school: String? = nil,
    includePrinted: Bool, publications: Register, consents: Register
  ) -> [JSONObject] {
    var memo: [String: CivilDate?] = [:]
    var out: [JSONObject] = []
    for p in publications.all(where: { $0["status"]?.stringValue == PublicationStatus.published.rawValue }) {
      guard let c = p["channel"]?.stringValue.flatMap(PublicationChannel.init(rawValue:)), channel == nil || channel == c else { continue }
      if !includePrinted, p["printed"]?.boolValue == true { continue }
      let ownSchool = p["school"]?.stringValue
      if onlySchool, ownSchool != school { continue }
      var hits: [(id: String, since: CivilDate)] = []
      for s in p["students"]?.arrayValue ?? [] where s["recognisable"]?.boolValue != false {
        guard let id = s["id"]?.stringValue, studentID == nil || studentID == id else { continue }
        let key = "\(id)\u{0}\(c.rawValue)\u{0}\(ownSchool.map { "+" + $0 } ?? "")"
        let since: CivilDate?
        if let known = memo[key] { since = known } else {
          since = PublicationVerdict.takedownDue(studentID: id, channel: c, on: on, school: ownSchool, in: consents)
          memo[key] = since
        }
        if let since { hits.append((id, since)) }
      }
      if !hits.isEmpty { out.append(item(p, students: hits)) }
    }
    return out.sorted { ($0["publishedOn"]?.stringValue ?? "") + ($0["publicationId"]?.stringValue ?? "") < ($1["publishedOn"]?.stringValue ?? "") + ($1["publicationId"]?.stringValue ?? "") }
  }
}
