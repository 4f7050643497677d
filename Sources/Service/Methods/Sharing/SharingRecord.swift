import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `sharing.record`: a disclosure of students' data to a third party, with its art. 6(1) basis
/// (rules.md §5, decision 41): consent checked against the consent register (art. 6(1)(a), 7;
/// UAVG art. 5), a legal obligation or public task with its law (art. 6(1)(c)/(e), 6(3)). A
/// disclosure belongs to one school (`school`, issue 18 §1) and rests only on that school's consents
/// and assessment: a school's privacy officer answers for what its own school disclosed, on the
/// consents given to it; another school's consent is not a basis here (-32602 naming the field).
enum SharingRecord {
  /// The `sharing.record` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.record",
      summary: "Record a disclosure to a third party with its basis; consent-based disclosures are checked against the consents.",
      description: """
        `AVG6_1a` (consent): every student needs a consent (`consentId`, or `students[i].consentId`) that is about \
        that student (1003 otherwise: consent from the wrong person), was given on or before `disclosedOn` and not \
        withdrawn by then (1006, art. 7(3)), and covers the `purpose` (same words, case-insensitive) and every \
        `dataCategories` entry (1006, art. 4(11)); a missing consent is -32602, an unknown one 1001. A parent's \
        consent given before the 16th birthday stays valid (decision 43); the student entry then carries \
        `reconfirmationAdvised`. `AVG6_1c`/`AVG6_1e`: `specificLaw` is required (-32602, art. 6(3)); informing \
        replaces consent (decision 41), so record whom the school told in `informed` [{whom, on, how}]: \
        `legalRepresentatives` for a student under 16 on `disclosedOn`, `student` from 16 (each student entry \
        gets `inform` and `informed`). For a student of 18 or more, informing only the parents is refused \
        (-32602 on `informed`): telling them is itself a disclosure that needs its own basis. When a student's \
        holder was not told, the disclosure has `informingDue: true`, the answer carries `warnings` \
        [{kind: uninformed, text, students}], and it is listed by `sharing.uninformed` until `sharing.informed` \
        records it. `parentsInformedOn` with `informedHow` (both or neither) is the older form of one \
        `legalRepresentatives` informing. `consentId` with another basis is -32602: a basis cannot be swapped afterwards. \
        Birth dates are not stored; each student's age on `disclosedOn` is. The id is `S-YYYY-NNNN`, YYYY the year \
        of `disclosedOn`; a disclosure in the future is -32602. `school` (issue 18 §1): the disclosure belongs to that \
        school (absent: the whole board); a caller scoped to schools must name one of its own (-32602 on `school`). \
        Its consents and its assessment must be of the same school (both without one: the board): a consent of \
        another school is -32602 on `consentId` (or `students[i].consentId`), an assessment of another school \
        -32602 on `assessmentId`; one the caller's scope does not cover is 1001, as a missing id.
        """,
      params: [
        ParamSpec("recipient", required: true, "{name, role: thirdPartyController|processor|joint}.", schema: [
          "type": "object", "required": ["name", "role"], "additionalProperties": false,
          "properties": ["name": SharingSchemas.text, "role": SharingSchemas.choices(RecipientRole.self)],
        ]),
        ParamSpec("purpose", required: true, "Why the data was shared.", schema: SharingSchemas.text),
        ParamSpec("legalBasis", required: true, "AVG6_1a (consent) … AVG6_1e (public task).", schema: SharingSchemas.choices(SharingBasis.self)),
        ParamSpec("specificLaw", "The law for AVG6_1c / AVG6_1e, e.g. \"WPO art. 42\".", schema: SharingSchemas.text),
        ParamSpec("dataCategories", required: true, "The kinds of data shared.", schema: SharingSchemas.strings),
        ParamSpec("students", required: true, "Whose data: [{id, birthDate, consentId?}].", schema: ["type": "array", "minItems": 1, "items": SharingSchemas.student]),
        ParamSpec("disclosedOn", required: true, "When.", schema: SharingSchemas.date),
        ParamSpec("parentsInformedOn", "When the parents were informed.", schema: SharingSchemas.date),
        ParamSpec("informedHow", "How (letter, portal message, ...).", schema: SharingSchemas.text),
        ParamSpec("informed", "Whom the school told: [{whom: legalRepresentatives|student, on, how}].", schema: ["type": "array", "items": SharingSchemas.informing]),
        ParamSpec("consentId", "The consent for every student (AVG6_1a).", schema: SharingSchemas.text),
        ParamSpec("assessmentId", "The `sharing.assess` assessment of this disclosure; refused (1006) when it said stop.", schema: SharingSchemas.text),
        ParamSpec("school", "The school or location that disclosed (registers per board, filtered by school).", schema: SharingSchemas.text),
      ],
      result: ResultSpec("disclosure", schema: SharingSchemas.disclosure),
      errors: [
        ErrorSpec(.notFound, "no consent with that id"),
        ErrorSpec(.notEntitled, "the consent is about another student"),
        ErrorSpec(.conflict, "the consent was withdrawn, not yet given, or does not cover the purpose or data"),
      ],
      examples: [
        MethodExample("names and class to the school photographer, on the parent's consent",
          params: SharingExamples.photographer,
          result: [
            "id": "S-2026-0001", "legalBasis": "AVG6_1a", "school": SharingExamples.school,
            "students": [["id": "4521", "ageOnDisclosure": 14, "consentId": "C-2026-0001"]],
          ]),
        MethodExample("the onderwijskundig rapport to the new school: a legal obligation, parents get a copy",
          params: SharingExamples.transferReport,
          result: SharingExamples.transferReportResult),
        MethodExample("an absence report to the leerplichtambtenaar",
          params: SharingExamples.absenceReport,
          result: ["id": "S-2026-0003", "parentsInformed": true, "informingDue": false]),
        MethodExample("a 17-year-old's absence reported, nobody told yet: a warning",
          params: SharingExamples.absenceReport17,
          result: [
            "id": "S-2026-0004", "informingDue": true, "parentsInformed": false,
            "students": [["id": "5120", "ageOnDisclosure": 17, "inform": "student", "informed": false]],
            "warnings": [["kind": "uninformed", "students": ["5120"]]],
          ]),
      ],
      roles: SharingSchemas.writers.names,
      scope: SchoolScope.registers([Sharing.name, SharingAssessments.name, Consents.name])
    ) { p, context in
      let input = try input(p)
      // The assessment before sharing (issue 20): an assessment never changes, so it is checked before the write.
      let assessment = try p.optionalText("assessmentId")
      if let assessment {
        try service.ledger.read(SharingAssessments.name) { r throws(RPCError) in
          do throws(RegisterError) { try SharingAssessments.check(assessment, for: input, in: r) } catch { throw error.rpcError }
        }
      }
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      do throws(RPCError) {
        let record = try service.ledger.write(Sharing.name, reading: Consents.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
          r, consents throws(RegisterError) in
          SharingAssessments.linked(
            try Sharing.record(input, in: r, consents: consents, now: now, by: context.peer.actor, convention: convention),
            assessmentID: assessment)
        }
        return .object(withWarnings(record))
      } catch {
        throw error.code == .notEntitled ? withoutConsentOwner(error) : error
      }
    }
  }

  /// 1003 for a consent about another student, without saying whose it is: the caller may record
  /// disclosures but may not learn which student a consent id belongs to (issue 14, item 9).
  static func withoutConsentOwner(_ e: RPCError) -> RPCError {
    guard case .object(var data)? = e.data else { return e }
    let field = data["field"]?.stringValue ?? "consentId"
    data["reason"] = .string(Texts.Sharing.consentNotAboutStudent(field).string)
    return RPCError(code: e.code, message: e.message, data: .object(data))
  }

  /// The record with `warnings` when a (c)/(e) disclosure's holders were not told (decision 41):
  /// in the answer only, not stored; `sharing.uninformed` keeps listing it.
  static func withWarnings(_ record: JSONObject) -> JSONObject {
    let missing = Sharing.uninformedStudents(record)
    guard !missing.isEmpty else { return record }
    var out = record
    let nobody = (record["informed"]?.arrayValue ?? []).isEmpty
    let text = Texts.Sharing.uninformed(nobody: nobody, missing: missing.map { "\($0.id) (\($0.whom))" }.joined(separator: ", ")).string
    out["warnings"] = [["kind": "uninformed", "text": .string(text), "students": .array(missing.map { .string($0.id) })]]
    return out
  }

  /// The params as a `DisclosureInput` (shapes already checked by the schema).
  static func input(_ p: Params) throws(RPCError) -> DisclosureInput {
    let recipient = try p.nested("recipient")
    var students: [DisclosureInput.Student] = []
    for (i, v) in (p.value("students")?.arrayValue ?? []).enumerated() {
      let s = Params(v.objectValue ?? JSONObject(), path: "students[\(i)]")
      students.append(.init(id: try s.text("id"), birthDate: try s.date("birthDate"), consentID: try s.optionalText("consentId")))
    }
    return DisclosureInput(
      recipientName: try recipient.text("name"), recipientRole: try recipient.choice("role", RecipientRole.self),
      purpose: try p.text("purpose"), legalBasis: try p.choice("legalBasis", SharingBasis.self),
      specificLaw: try p.optionalText("specificLaw"), dataCategories: try p.optionalStrings("dataCategories") ?? [],
      students: students, disclosedOn: try p.date("disclosedOn"), parentsInformedOn: try p.optionalDate("parentsInformedOn"),
      informedHow: try p.optionalText("informedHow"), consentID: try p.optionalText("consentId"), informed: try informings(p),
      school: try p.optionalText("school"))
  }

  /// The `informed` param as `Informing`s (shapes already checked by the schema).
  static func informings(_ p: Params) throws(RPCError) -> [Informing] {
    var out: [Informing] = []
    for (i, v) in (p.value("informed")?.arrayValue ?? []).enumerated() {
      let e = Params(v.objectValue ?? JSONObject(), path: "informed[\(i)]")
      out.append(Informing(whom: try e.choice("whom", InformedParty.self), on: try e.date("on"), how: try e.text("how")))
    }
    return out
  }
}
