import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.withdrawConsent`: a consent is withdrawn as easily as it was given (AVG art. 7(3));
/// from that day nothing more is disclosed on it, and earlier recipients can be found for the
/// art. 19 notice through `sharing.recipients`. It acts on the consent's own school (issue 18 §1):
/// the consent keeps its `school`; a caller scoped to other schools does not find it (1001), so a
/// school withdraws only consents given to it, and takes no `school` of its own.
enum SharingWithdrawConsent {
  /// The `sharing.withdrawConsent` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.withdrawConsent",
      summary: "Withdraw a consent as of a date; later disclosures on it are refused (1006).",
      description: """
        Who holds consent on `withdrawnOn` may withdraw it (art. 7(3); UAVG art. 5(1); decision 43): before 16 only \
        a legal representative (`parent` with authority, `guardian`); from 16 the `student`, also a consent a \
        parent gave before 16 (it stays valid until then, rules.md §1.5); a `curator` only for an adult. Anyone \
        else, a student under 16 included, is 1003 on `by.relationship` with `holders`. Already withdrawn: 1006. `withdrawnOn` before `givenOn` or in the \
        future: -32602. The past stays lawful (art. 7(3)): disclosures before `withdrawnOn` remain recorded. \
        The withdrawal acts on the consent's own school: it keeps its `school`; a caller scoped to other schools \
        gets 1001, as for a missing id.
        """,
      params: [
        ParamSpec("consentId", required: true, "The consent, `C-YYYY-NNNN`.", schema: SharingSchemas.text),
        ParamSpec("withdrawnOn", required: true, "From this day the consent no longer applies.", schema: SharingSchemas.date),
        ParamSpec("by", required: true, "Who withdrew it: {relationship, name}.", schema: SharingSchemas.person),
      ],
      result: ResultSpec("consent", schema: SharingSchemas.consent),
      errors: [
        ErrorSpec(.notFound, "no consent with that id"),
        ErrorSpec(.notEntitled, "this person may not withdraw it on that date"),
        ErrorSpec(.conflict, "the consent was already withdrawn"),
      ],
      examples: [
        MethodExample("at 16 the student withdraws the website-photo consent her parent gave at 15",
          params: SharingExamples.withdrawWebsite,
          result: ["id": "C-2026-0003", "status": "withdrawn", "withdrawal": ["on": "2026-11-20", "by": ["relationship": "student"]]])
      ],
      roles: SharingSchemas.withdrawers.names,
      scope: SchoolScope.registers([Consents.name])
    ) { p, context in
      let by = try p.nested("by")
      let (id, on) = (try p.string("consentId"), try p.date("withdrawnOn"))
      let (who, name) = (try by.choice("relationship", ConsentGiver.self), try by.text("name"))
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      do {
        return try service.writeSharing(Consents.name, context) { r throws(RegisterError) in
          try Consents.withdraw(consentID: id, withdrawnOn: on, by: who, name: name, in: r, now: now, convention: convention)
        }
      } catch let error as RPCError {
        // nil only drops the `holders` hint: the write's own error is thrown either way.
        let birth = try? service.ledger.read(Consents.name) { r throws(RPCError) in r[id].flatMap { ConsentRecord($0).birthDate } }  // hint only
        throw service.withConsentHolders(error, birthDate: birth ?? nil, on: on)
      }
    }
  }
}
