import JSON
import Rules
import Wording

/// The answer to "may we publish this student on this channel on this date?" (duties.md §5,
/// D16–D18), with the reason in plain words for the person about to publish (the catalogue's,
/// in the call's language).
public struct PublicationVerdict: Sendable, Equatable {
  /// Why, as a code a program can act on.
  public enum Code: String, Sendable, CaseIterable {
    /// A consent holds on the date.
    case consent
    /// No consent was ever recorded for this student and channel.
    case noConsent
    /// The consent was withdrawn (art. 7(3)).
    case withdrawn
    /// A parent asked to withdraw after the 16th birthday; the student has not answered (D17).
    case suspended
    /// The consent's school year ended at the renewal date (D16): ask again.
    case expired
    /// The consent holds only from a later date (given for the coming school year).
    case notYetValid
  }

  /// True when publishing is allowed.
  public let allowed: Bool
  /// Why.
  public let code: Code
  /// The consent the answer rests on, if any.
  public let consentID: String?
  /// The day that consent ended, or its last valid day when it holds.
  public let date: CivilDate?
  /// True when a parent's consent allows it but the student is 16 or older: ask the student to
  /// confirm (decision 43, D17).
  public let reconfirmByStudent: Bool

  /// A verdict.
  public init(allowed: Bool, code: Code, consentID: String? = nil, date: CivilDate? = nil, reconfirmByStudent: Bool = false) {
    self.allowed = allowed
    self.code = code
    self.consentID = consentID
    self.date = date
    self.reconfirmByStudent = reconfirmByStudent
  }

  /// The reason, in both languages.
  public func reasonText(channel: PublicationChannel) -> Text {
    let t = Texts.Publications.self
    let (nl, en) = ("\(channel.label.nl) (\(channel.rawValue))", "\(channel.label.en) (\(channel.rawValue))")
    let id = consentID.map { " \($0)" } ?? ""
    let d = date?.description ?? "?"
    let pick = { (f: (String) -> Text) in Text(nl: f(nl).nl, en: f(en).en) }
    switch code {
    case .consent:
      let base = pick { t.allowed($0, consent: id, until: d) }
      return reconfirmByStudent ? base + t.askStudent : base
    case .noConsent: return pick { t.noConsent($0) }
    case .withdrawn: return pick { t.withdrawn($0, consent: id, on: d) }
    case .suspended: return pick { t.suspended($0, on: d) }
    case .expired: return pick { t.expired($0, consent: id, until: d) }
    case .notYetValid: return pick { t.notYetValid($0, consent: id, from: d) }
    }
  }

  /// The reason in the call's language.
  public func reason(channel: PublicationChannel) -> String { reasonText(channel: channel).string }

  /// The verdict for `studentID` on `channel` on `on` for a publication of `school` (nil: the
  /// board's own), from the consent register: only consents recorded at that same school count (a
  /// board-level publication: only board-level consents). Consent is specific (AVG art. 4(11)): a
  /// parent who signed school B's form agreed to school B's website and newsletter, not school A's,
  /// even for the same student id (student ids may be per school); a board-level consent (the
  /// board's own form, or one stored before schools were kept) clears only board-level publications,
  /// so a caller scoped to school A, who cannot see board-level records, gets the same verdict as
  /// the board (the board's officer moves an old consent to its school with `imageConsents.correct`).
  /// Allowed when some consent covers the date; otherwise the most telling reason (a withdrawal or suspension
  /// in its school year, then expiry, then a consent not yet in force, then none). `birthDate`
  /// comes from the consent records.
  public static func evaluate(
    studentID: String, channel: PublicationChannel, on: CivilDate, school: String? = nil, in consents: Register,
    convention: LeapDayConvention = .default
  ) -> PublicationVerdict {
    let mine = consents.all { json in
      let c = ImageConsentRecord(json)
      return c.studentID == studentID && c.channel == channel && c.school == school
    }.map(ImageConsentRecord.init)
    if let c = mine.filter({ $0.covers(on) }).max(by: { ($0.validUntil ?? on) < ($1.validUntil ?? on) }) {
      let parentGave = c.givenBy.map { $0 != .student && $0 != .curator } ?? false
      let adult16 = c.birthDate.map { Rules.age(birthDate: $0, on: on, convention: convention) >= 16 } ?? false
      return PublicationVerdict(allowed: true, code: .consent, consentID: c.id, date: c.validUntil, reconfirmByStudent: parentGave && adult16)
    }
    let inPeriod = mine.filter { c in
      guard let from = c.validFrom, let until = c.validUntil else { return false }
      return from <= on && on <= until
    }
    if let c = inPeriod.filter({ $0.endedByRequest(on: on) != nil }).max(by: { ($0.endedByRequest(on: on) ?? on) < ($1.endedByRequest(on: on) ?? on) }) {
      if let withdrawn = c.withdrawnOn, withdrawn <= on {
        return PublicationVerdict(allowed: false, code: .withdrawn, consentID: c.id, date: withdrawn)
      }
      return PublicationVerdict(allowed: false, code: .suspended, consentID: c.id, date: c.suspendedOn)
    }
    if let c = mine.filter({ ($0.validUntil.map { $0 < on }) ?? false }).max(by: { ($0.validUntil ?? on) < ($1.validUntil ?? on) }) {
      return PublicationVerdict(allowed: false, code: .expired, consentID: c.id, date: c.validUntil)
    }
    if let c = mine.filter({ ($0.validFrom.map { $0 > on }) ?? false }).min(by: { ($0.validFrom ?? on) < ($1.validFrom ?? on) }) {
      return PublicationVerdict(allowed: false, code: .notYetValid, consentID: c.id, date: c.validFrom)
    }
    return PublicationVerdict(allowed: false, code: .noConsent)
  }

  /// The day from which an earlier publication of `school` (nil: board-level) of the student on the
  /// channel must come down, as seen on `on` from that school's consents (as `evaluate`), or nil: no consent holds on `on` and the latest consent started by then was
  /// ended by a withdrawal or suspension (D18). A consent given again takes it off the list; an
  /// expired school year alone does not put it on, nor does a withdrawal followed by a new consent
  /// that has since expired.
  public static func takedownDue(
    studentID: String, channel: PublicationChannel, on: CivilDate, school: String? = nil, in consents: Register
  ) -> CivilDate? {
    let mine = consents.all { json in
      let c = ImageConsentRecord(json)
      return c.studentID == studentID && c.channel == channel && c.school == school
    }.map(ImageConsentRecord.init)
    guard !mine.contains(where: { $0.covers(on) }) else { return nil }
    let started = mine.filter { ($0.validFrom.map { $0 <= on }) ?? false }
    let latest = started.max { a, b in (a.validFrom ?? on, a.id) < (b.validFrom ?? on, b.id) }
    return latest?.endedByRequest(on: on)
  }

  /// As JSON for `publications.check`.
  public func json(channel: PublicationChannel) -> JSONObject {
    var o: JSONObject = ["allowed": .bool(allowed), "code": .string(code.rawValue), "reason": .string(reason(channel: channel))]
    if let consentID { o["consentId"] = .string(consentID) }
    if let date { o[allowed ? "validUntil" : (code == .notYetValid ? "validFrom" : (code == .expired ? "validUntil" : "since"))] = .string(date.description) }
    if reconfirmByStudent { o["reconfirmByStudent"] = true }
    return o
  }
}
