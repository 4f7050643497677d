import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `information.rightsNotice`: the plain-language notice of rights for parents or a student,
/// tailored to the student's age band on a date, from the same rules as `rights.resolve` (AVG
/// art. 12(1), 12(3), 15–22, 77; UAVG art. 5; duties.md §4, D12).
enum InformationRightsNotice {
  /// The `information.rightsNotice` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.rightsNotice",
      summary: "The notice of rights for parents, a student or staff: who exercises which right, how to ask, by when, where to complain.",
      description: """
        With `birthDate` the notice tells the one age band the student is in on `on` (under 16: the parents \
        exercise the rights; 16–17: the student does, parents still receive results; from 18: the student \
        alone, results to parents only with the student's consent) and when that next changes; age changes at \
        00:00 Europe/Amsterdam on the birthday, as in `rights.resolve`. Without it every band is told. The rights \
        listed follow the record of processing activities (D12, as for the privacy statement). Always: the \
        request channel, the one-month term with a dated example for a request received on `on`, the \
        extension by two months, the complaint to the Autoriteit Persoonsgegevens, the remedy for the board type \
        and the FG. Parents also read that they exercise the rights over their own data themselves, and the \
        BW 1:377c line for a parent without authority. 1006 with `data.gaps` when settings are missing; a \
        birth date after `on` is -32602. `language` (nl, the default, or en) chooses the text's language.
        """,
      params: [
        ParamSpec("audience", required: true, "parents, students or staff.", schema: InformationSchemas.audience),
        ParamSpec("birthDate", "The student's date of birth, for one age band.", schema: InformationSchemas.date),
        ParamSpec("on", "The date (default today).", schema: InformationSchemas.date),
        ParamSpec("school", "The school named in the title; default the board.", schema: InformationSchemas.text),
        InformationSchemas.languageParam,
      ],
      result: ResultSpec(
        "notice",
        schema: InformationSchemas.textResult([
              "audience": InformationSchemas.audience, "on": InformationSchemas.date, "language": InformationSchemas.language,
              "age": ["type": "integer"], "band": ProcessorSchemas.choices(StudentPhase.self),
              "nextChange": ["type": "object", "properties": ["on": InformationSchemas.date, "age": ["type": "integer"]]],
            ], required: ["audience", "on", "language"])),
      errors: [InformationSchemas.incompleteError, ErrorSpec(.invalidParams, "a birth date after `on`")],
      examples: [
        MethodExample("to the parents of a student who turns 16 in a week",
          params: ["audience": "parents", "birthDate": "2010-12-06", "school": "Brederocollege"],
          result: ["age": 15, "band": "under16", "nextChange": ["on": "2026-12-06", "age": 16]]),
        MethodExample("to a student on the 16th birthday",
          params: ["audience": "students", "birthDate": "2010-11-29", "school": "Brederocollege"],
          result: ["age": 16, "band": "sixteenToEighteen", "nextChange": ["on": "2028-11-29", "age": 18]]),
      ],
      roles: InformationSchemas.readers.names
    ) { p, _ in
      let audience = try p.choice("audience", Audience.self)
      let birthDate = try p.optionalDate("birthDate")
      let on = try p.optionalDate("on") ?? service.today
      let school = try p.optionalString("school")
      let convention = service.leapDayConvention
      let (settings, flags) = try service.ledger.read([InformationSettings.register, Processing.name]) { rs throws(RPCError) in
        (InformationSettings.current(in: rs[0]),
         ActivityFlags(PrivacyStatement.activities(rs[1], audience: audience, school: school, on: on)))
      }
      let written: (notice: RightsNotice?, gaps: [String])
      do throws(RuleError) {
        written = try RightsNotice.write(
          audience: audience, birthDate: birthDate, on: on, settings: settings, flags: flags, school: school, convention: convention)
      } catch { throw RPCError.invalidParams(field: error.field, reason: error.reason) }
      guard let notice = written.notice else { throw InformationSchemas.incomplete(written.gaps) }
      let doc = notice.document
      var out: JSONObject = [
        "audience": .string(audience.rawValue), "on": .string(on.description), "language": .string(Language.current.rawValue),
        "sections": .array(doc.sections.map(JSONValue.string)), "sha256": .string(InformationSchemas.sha256(doc.markdown)),
        "markdown": .string(doc.markdown), "html": .string(doc.html),
      ]
      if let age = notice.age { out["age"] = .int(age) }
      if let band = notice.band { out["band"] = .string(band.rawValue) }
      if let next = notice.nextChange { out["nextChange"] = ["on": .string(next.on.description), "age": .int(next.age)] }
      return .object(out)
    }
  }
}
