import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `information.privacyStatement`: the art. 13/14 information for parents, students or staff in
/// plain Dutch or English (`language`), written from the registers and the rules (AVG art. 12(1), 13, 14; duties.md §3,
/// D8, D9, D12).
enum InformationPrivacyStatement {
  /// The `information.privacyStatement` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.privacyStatement",
      summary: "The privacy statement for an audience on a date, in Markdown and HTML, written from the registers.",
      description: """
        The controller and FG come from `information.settings`; what is processed, why, on which basis, who \
        receives it (recipients, processors from the processor register, transfers outside the EEA) and how \
        long it is kept come from the record of processing activities: the activities carried out on `on` about \
        the audience (`parents`: students and parents; `students`: students and alumni; `staff`: staff and \
        applicants), for the whole board or for `school`. The rights come from the rules that answer \
        `rights.resolve`: per age band (under 16, 16–17, 18+) who holds which right, portability only with a \
        consent- or contract-based activity, objection only with an (e) or (f) one, withdrawing consent only \
        with a consent-based one (D12). Then the request channel, the one-month term, the complaint to the \
        Autoriteit Persoonsgegevens and the remedy for the board type (D14). Refused with 1006 and \
        `data.gaps` when settings, the FG, the request channel, an activity, or an activity's retention is \
        missing (D9). `sha256` is the SHA-256 of the Markdown's UTF-8 bytes. `language` (nl, the default, or en) \
        chooses the text's language; the sections are the same in both.
        """,
      params: [
        ParamSpec("audience", required: true, "parents, students or staff.", schema: InformationSchemas.audience),
        ParamSpec("school", "The school (activities of the whole board and of this school); default the board.", schema: InformationSchemas.text),
        ParamSpec("on", "The date the statement describes (default today).", schema: InformationSchemas.date),
        InformationSchemas.languageParam,
      ],
      result: ResultSpec(
        "statement",
        schema: InformationSchemas.textResult([
              "audience": InformationSchemas.audience, "school": InformationSchemas.text, "on": InformationSchemas.date,
              "language": InformationSchemas.language, "activityIds": ProcessorSchemas.strings,
            ], required: ["audience", "on", "language", "activityIds"])),
      errors: [InformationSchemas.incompleteError],
      examples: [
        MethodExample("the parents' statement of the examples' school",
          params: ["audience": "parents", "school": "Brederocollege"],
          result: [
            "audience": "parents", "school": "Brederocollege", "on": "2026-11-29", "language": "nl",
            "activityIds": ["VA-2026-0001", "VA-2026-0002", "VA-2026-0003", "VA-2026-0005"],
            "sections": .array(InformationExamples.parentSections),
          ]),
        MethodExample("the staff statement",
          params: ["audience": "staff"],
          result: ["audience": "staff", "activityIds": ["VA-2026-0004", "VA-2026-0005"]]),
      ],
      roles: InformationSchemas.readers.names
    ) { p, _ in
      let audience = try p.choice("audience", Audience.self)
      let school = try p.optionalString("school")
      let on = try p.optionalDate("on") ?? service.today
      let statement = try service.privacyStatement(audience: audience, school: school, on: on)
      let doc = statement.document
      var out: JSONObject = [
        "audience": .string(audience.rawValue), "on": .string(on.description), "language": .string(Language.current.rawValue),
        "activityIds": .array(statement.activityIDs.map(JSONValue.string)), "sections": .array(doc.sections.map(JSONValue.string)),
        "sha256": .string(InformationSchemas.sha256(doc.markdown)), "markdown": .string(doc.markdown), "html": .string(doc.html),
      ]
      if let school { out["school"] = .string(school) }
      return .object(out)
    }
  }
}
