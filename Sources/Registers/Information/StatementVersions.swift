import JSON
import Rules
import Wording

/// The published versions of the privacy statement (duties.md §3.4, D10): each version is kept
/// as it was published — the date it is in force from, the text, its SHA-256 — and never changed,
/// so the school can show which statement was in force on a date (AVG art. 5(2), 12, 13).
public enum StatementVersions {
  /// The register's name (and event-type and method prefix: `information.get`, ...).
  public static let name = "information"
  /// The id prefix: `PV-2026-0001` (privacyverklaring).
  public static let idPrefix = "PV"

  /// What `publish` stores besides the caller's choices: the generated text and its hash.
  public struct Text: Sendable {
    /// The Markdown.
    public let markdown: String
    /// The HTML fragment.
    public let html: String
    /// SHA-256 of the Markdown's UTF-8 bytes, lower-case hex (computed by the service: the hash
    /// lives in the Store layer, which Registers does not depend on).
    public let sha256: String
    /// The activities the statement describes.
    public let activityIDs: [String]

    /// A text.
    public init(markdown: String, html: String, sha256: String, activityIDs: [String]) {
      self.markdown = markdown
      self.html = html
      self.sha256 = sha256
      self.activityIDs = activityIDs
    }
  }

  /// Publishes a version in force from `inForceFrom`, which may not lie before the day of
  /// publication (a statement cannot have been in force before anyone could read it).
  public static func publish(
    audience: Audience, school: String?, language: String, inForceFrom: CivilDate, changeClass: ChangeClass, note: String?,
    text: Text, in register: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    guard inForceFrom >= today else {
      throw .invalid("inForceFrom", Texts.Information.inForceBeforeToday(inForceFrom.description, today: today.description).string)
    }
    let id = register.nextID(year: today.year)
    var record: JSONObject = [
      "id": .string(id), "audience": .string(audience.rawValue), "language": .string(language),
      "inForceFrom": .string(inForceFrom.description), "changeClass": .string(changeClass.rawValue),
      "activelyInform": .bool(changeClass == .fundamental), "sha256": .string(text.sha256),
      "activityIds": .array(text.activityIDs.map(JSONValue.string)), "markdown": .string(text.markdown), "html": .string(text.html),
    ]
    if let school { record["school"] = .string(school) }
    if let note { record["note"] = .string(note) }
    record["publishedAt"] = .string(Amsterdam.format(now))
    record["publishedBy"] = .string(actor)
    return RegisterChange(
      type: "\(name).published", id: id, record: record,
      change: ["audience": .string(audience.rawValue), "inForceFrom": .string(inForceFrom.description), "sha256": .string(text.sha256)])
  }

  /// The versions for `audience` (all when nil) and `school` (board-wide versions have none),
  /// in publication order.
  public static func versions(in register: Register, audience: Audience?, school: String?) -> [JSONObject] {
    register.all { r in
      (audience == nil || r["audience"]?.stringValue == audience?.rawValue) && r["school"]?.stringValue == school
    }
  }

  /// The version in force on `on`: the latest `inForceFrom` on or before `on`, the later
  /// publication where two share that date.
  public static func inForce(_ versions: [JSONObject], on: CivilDate) -> JSONObject? {
    var best: JSONObject?
    for v in versions {
      guard let from = v["inForceFrom"]?.stringValue, from <= on.description else { continue }
      if let b = best?["inForceFrom"]?.stringValue, b > from { continue }
      best = v
    }
    return best
  }
}
