import JSON
import Rules

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
      throw .conflict(field: "id", reason: "the record lacks the student's birth date, type or requester")
    }
    let e: Entitlement
    do {
      e = try RightHolder.standing(
        birthDate: birthDate, on: on, right: type.right, requester: requester, about: r.about,
        convention: clock.convention
      ).entitlement
    } catch { throw .invalid("decidedAt", error.reason) }
    if !e.entitled && e.entitledWithStudentConsent {
      guard let c = try StudentConsent.find(consentID, studentID: r.studentID ?? "", on: on, in: consents) else {
        let missing = Entitlement(
          entitled: false, holders: e.holders,
          reason: e.reason + " Het toestemmingsregister bevat op \(on) geen geldige toestemming van de leerling die resultaten dekt.",
          basis: e.basis, entitledWithStudentConsent: true)
        return (missing, nil)
      }
      let with = Entitlement(
        entitled: true, holders: e.holders,
        reason: "De leerling is meerderjarig; de ouder krijgt de resultaten met toestemming van de leerling: \(c.id), gegeven op \(c.givenOn?.description ?? "?") (rules.md besluit 6).",
        basis: LegalBasis(
          law: "BW / AVG", article: "BW 1:233; AVG art. 6(1)(a) and 7",
          sentence: "From 18 results go to the parents only with the student's recorded consent, valid on the day they are given."),
        entitledWithStudentConsent: true)
      return (with, c)
    }
    if consentID != nil {
      throw .invalid(
        "consentId", "only a parent's results request for a student of 18 or more rests on the student's consent (rules.md decision 6); this request does not")
    }
    if !e.entitled && r.route == .acceptedForStudent {
      let why = r.json["route"]?["justification"]?.stringValue ?? ""
      let accepted = Entitlement(
        entitled: true, holders: e.holders,
        reason: "Verzoek van de leerling zelf, jonger dan 16, in behandeling genomen met als onderbouwing: \(why) (rules.md besluit 7).",
        basis: LegalBasis(
          law: "AVG", article: "\(type.right.article); AVG art. 12(2); rules.md decision 7 [!]",
          sentence: "The data subject holds the right; a mature child's own request may be accepted with a recorded justification (EDPB Guidelines 01/2022 [U])."))
      return (accepted, nil)
    }
    return (e, nil)
  }

  /// A request without standing on the decision date that never had it: only `rejectedNoStanding`
  /// (granting is 1003, other decisions -32602), and not even that for a student's own request
  /// under 16 still waiting to be routed (1006: route or accept it first, decision 7).
  func withoutStanding(_ r: RequestRecord, _ e: Entitlement, on: CivilDate) throws(RegisterError) {
    if r.route == .pending {
      throw .conflict(
        field: "id",
        reason: "a student's own request under 16 is never turned away (rules.md decision 7): route it to the legal representatives or accept it with a justification (requests.route) before deciding")
    }
    if decision == .rejectedNoStanding { return }
    if decision.discloses {
      throw .notEntitled(field: "decision", reason: "\(e.reason) The only decision is rejectedNoStanding.")
    }
    throw .invalid("decision", "the requester has no standing on \(on): the only decision is rejectedNoStanding")
  }
}
