import JSON
import Rules
import Wording

extension DecideRequest {
  /// Standing on the decision date `on`, and the student's consent it rests on, if any.
  ///
  /// The rules' answer (`RightHolder.standing`, channel-aware: BW 1:377c for a parent without
  /// authority), then two ways to standing the rules alone do not see: a student's own request
  /// under 16 accepted with a justification (decision 7), and a parent's results request for a
  /// student of 18 or more with the student's consent valid on `on` (decision 6).
  func standing(
    _ r: RequestRecord, on: CivilDate, consents: Register, clock: RequestClock
  ) throws(RegisterError) -> (Entitlement, ConsentRecord?) {
    guard let birthDate = r.birthDate, let type = r.type, let requester = r.requester else {
      throw .conflict(field: "id", reason: Texts.Requests.recordLacksStanding.string)
    }
    let e: Entitlement
    do {
      e = try RightHolder.standing(
        birthDate: birthDate, on: on, right: type.right, requester: requester, about: r.about,
        convention: clock.convention
      ).entitlement
    } catch { throw .invalid("decidedAt", error.reason) }
    if !e.entitled && e.entitledWithStudentConsent {
      guard let c = try StudentConsent.find(consentID, studentID: r.studentID ?? "", school: r.school, on: on, in: consents) else {
        let missing = Entitlement(
          entitled: false, holders: e.holders,
          reason: e.reasonText + Texts.Requests.noValidConsent(on: on.description),
          basis: e.basis, entitledWithStudentConsent: true)
        return (missing, nil)
      }
      let with = Entitlement(
        entitled: true, holders: e.holders,
        reason: Texts.Requests.entitledByConsent(c.id, givenOn: c.givenOn?.description),
        basis: LegalBasis(
          law: "BW / AVG", article: Texts.Requests.consentArticle, sentence: Texts.Requests.consentSentence),
        entitledWithStudentConsent: true)
      return (with, c)
    }
    if consentID != nil {
      throw .invalid("consentId", Texts.Requests.consentNotApplicable.string)
    }
    if !e.entitled && r.route == .acceptedForStudent {
      let why = r.json["route"]?["justification"]?.stringValue ?? ""
      let accepted = Entitlement(
        entitled: true, holders: e.holders,
        reason: Texts.Requests.acceptedForStudent(why),
        basis: LegalBasis(
          law: "AVG", article: Texts.Requests.acceptedArticle(type.right.articleText), sentence: Texts.Requests.acceptedSentence))
      return (accepted, nil)
    }
    return (e, nil)
  }

  /// A request without standing on the decision date that never had it: only `rejectedNoStanding`
  /// (granting is 1003, other decisions -32602), and not even that for a student's own request
  /// under 16 still waiting to be routed (1006: route or accept it first, decision 7).
  func withoutStanding(_ r: RequestRecord, _ e: Entitlement, on: CivilDate) throws(RegisterError) {
    if r.route == .pending {
      throw .conflict(field: "id", reason: Texts.Requests.routeFirst.string)
    }
    if decision == .rejectedNoStanding { return }
    if decision.discloses {
      throw .notEntitled(field: "decision", reason: Texts.Requests.onlyRejectedNoStanding(e.reason).string)
    }
    throw .invalid("decision", Texts.Requests.noStandingOn(on.description).string)
  }
}
