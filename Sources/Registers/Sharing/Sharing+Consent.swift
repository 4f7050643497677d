import JSON
import Rules
import Wording

extension Sharing {
  /// The consent that makes disclosing student `s` lawful on art. 6(1)(a), or why not: missing
  /// (-32602), unknown (1001), of another school than the disclosure (-32602 on the consent's
  /// field; both without a school is the same: the board), about another student (1003: consent from the wrong person), not
  /// yet given or withdrawn on the disclosure date (1006, art. 7(3)), or not covering the purpose
  /// or a data category (1006: consent is specific, art. 4(11) and 6(1)(a)).
  static func consentFor(
    _ s: DisclosureInput.Student, index i: Int, _ input: DisclosureInput, in consents: Register
  ) throws(RegisterError) -> ConsentRecord {
    let field = s.consentID != nil ? "students[\(i)].consentId" : "consentId"
    guard let cid = s.consentID ?? input.consentID else {
      throw .invalid("consentId", Texts.Sharing.consentNeeded(i).string)
    }
    guard let json = consents[cid] else { throw .notFound(register: Consents.name, id: cid) }
    let c = ConsentRecord(json)
    // A school's disclosure rests on its own school's consents only (issue 18 §1): the consent was
    // given to that school, for its purpose; a board-level one (no school) only for a board-level disclosure.
    guard c.school == input.school else {
      throw .invalid(field, Texts.Sharing.consentOtherSchool(cid, consent: c.school, disclosure: input.school).string)
    }
    guard c.studentID == s.id else {
      throw .notEntitled(field: field, reason: Texts.Sharing.consentOtherStudent(cid, owner: c.studentID, student: s.id).string)
    }
    if let given = c.givenOn, input.disclosedOn < given {
      throw .conflict(field: field, reason: Texts.Sharing.consentGivenLater(cid, given: given.description, disclosedOn: input.disclosedOn.description).string)
    }
    if let withdrawn = c.withdrawnOn, input.disclosedOn >= withdrawn {
      throw .conflict(field: field, reason: Texts.Sharing.consentWithdrawn(cid, on: withdrawn.description).string)
    }
    guard ConsentRecord.same(c.purpose, input.purpose) else {
      throw .conflict(field: "purpose", reason: Texts.Sharing.consentOtherPurpose(cid, given: c.purpose, asked: input.purpose).string)
    }
    for (k, category) in input.dataCategories.enumerated() where !c.scope.contains(where: { ConsentRecord.same($0, category) }) {
      throw .conflict(field: "dataCategories[\(k)]", reason: Texts.Sharing.consentOtherData(cid, scope: c.scope.joined(separator: ", "), category: category).string)
    }
    return c
  }
}
