import JSON
import Rules
import Wording

/// The consents a parent gave that now rest with the student (decision 43, duties.md D17): from the
/// 16th birthday the parent's consent stays valid, but only the student can give or withdraw it, so
/// the school asks the student to confirm. One due item per consent still in force.
public enum Reconfirmations {
  /// The consents in force on `on` given by a parent or guardian for a student who is 16 or older
  /// on `on` and has not given consent for that channel at the same school themself (each school's
  /// consent is its own, `PublicationVerdict`), oldest birthday first, each with
  /// the day the student took over (`since`).
  public static func due(on: CivilDate, in consents: Register, convention: LeapDayConvention = .default) -> [JSONObject] {
    let inForce = consents.all(where: { ImageConsentRecord($0).covers(on) }).map(ImageConsentRecord.init)
    let confirmed = Set(inForce.filter { $0.givenBy == .student }.map(key))
    let items: [(since: CivilDate, item: JSONObject)] = inForce.compactMap { c in
      guard c.givenBy == .parent || c.givenBy == .guardian, let birth = c.birthDate, let channel = c.channel,
        !confirmed.contains(key(c))
      else { return nil }
      let since = anniversary(of: birth, years: 16, convention: convention)
      guard since <= on else { return nil }
      var item: JSONObject = [
        "consentId": .string(c.id), "studentId": .string(c.studentID), "channel": .string(channel.rawValue), "since": .string(since.description),
        "text": .string(Texts.Publications.reconfirm(c.studentID, since: since.description, channel: channel.label).string),
      ]
      if let until = c.validUntil { item["validUntil"] = .string(until.description) }
      if let school = c.school { item["school"] = .string(school) }
      return (since, item)
    }
    return items.sorted { ($0.since, $0.item["consentId"]?.stringValue ?? "") < ($1.since, $1.item["consentId"]?.stringValue ?? "") }.map(\.item)
  }

  /// One student's channel at one school (or the board).
  private static func key(_ c: ImageConsentRecord) -> String {
    "\(c.studentID)\u{0}\(c.channel?.rawValue ?? "")\u{0}\(c.school.map { "+" + $0 } ?? "")"
  }
}
