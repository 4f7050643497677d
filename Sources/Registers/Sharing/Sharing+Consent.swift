import JSON
import Rules

extension Sharing {
  /// The consent that makes disclosing student `s` lawful on art. 6(1)(a), or why not: missing
  /// (-32602), unknown (1001), about another student (1003: consent from the wrong person), not
  /// yet given or withdrawn on the disclosure date (1006, art. 7(3)), or not covering the purpose
  /// or a data category (1006: consent is specific, art. 4(11) and 6(1)(a)).
  static func consentFor(
    _ s: DisclosureInput.Student, index i: Int, _ input: DisclosureInput, in consents: Register
  ) throws(RegisterError) -> ConsentRecord {
    let field = s.consentID != nil ? "students[\(i)].consentId" : "consentId"
    guard let cid = s.consentID ?? input.consentID else {
      throw .invalid("consentId", "a disclosure on consent (AVG6_1a) needs the consent of every student: consentId, or students[\(i)].consentId")
    }
    guard let json = consents[cid] else { throw .notFound(register: Consents.name, id: cid) }
    let c = ConsentRecord(json)
    guard c.studentID == s.id else {
      throw .notEntitled(field: field, reason: "\(cid) is a consent for student \(c.studentID), not for \(s.id): a consent covers only the student it was given for")
    }
    if let given = c.givenOn, input.disclosedOn < given {
      throw .conflict(field: field, reason: "\(cid) was given on \(given), after the disclosure on \(input.disclosedOn)")
    }
    if let withdrawn = c.withdrawnOn, input.disclosedOn >= withdrawn {
      throw .conflict(field: field, reason: "\(cid) was withdrawn on \(withdrawn): no disclosure on it from that day (AVG art. 7(3))")
    }
    guard ConsentRecord.same(c.purpose, input.purpose) else {
      throw .conflict(field: "purpose", reason: "\(cid) was given for \"\(c.purpose)\", not for \"\(input.purpose)\": consent covers only its specific purpose (AVG art. 6(1)(a))")
    }
    for (k, category) in input.dataCategories.enumerated() where !c.scope.contains(where: { ConsentRecord.same($0, category) }) {
      throw .conflict(field: "dataCategories[\(k)]", reason: "\(cid) covers \(c.scope.joined(separator: ", ")), not \"\(category)\"")
    }
    return c
  }
}
