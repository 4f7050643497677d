import JSON
import JSONRPC
import Registers
import Wording

/// `communication.check`: lints a message before it goes out (rules.md §3.4; S&V "neutral
/// wording, no details, no names"; decision 33): GENERAL_NOTICE (`audience: general`) versus
/// ART34_NOTICE (`affected`, AVG art. 34). Deterministic word lists and patterns, no network.
enum CommunicationCheckMethod {
  /// Who may run it: those who write notices (privacy officer, administration, management) and the
  /// counsellor. Not `rightsQuery`: the check compares the text with the names in the registers,
  /// so a name finding tells the caller a name is known to avgd (Protocol/communication.md). The
  /// counsellor's dossiers are a source only for the counsellor (decision 48).
  static let roles: [Role] = [.privacyOfficer, .administration, .management, .confidentialCounsellor]

  /// The `communication.check` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "communication.check",
      summary: "Find what a neutral message must not contain: names, student numbers, contact details, class + date, suspicions, special-category words.",
      description: """
        Findings are `{kind, text, start, end, suggestion, category?}`; `start`/`end` count **Unicode scalars** \
        (code points, `end` exclusive: Python `text[start:end]`). Names are found by their form (a title and a \
        name: mevrouw, mw., dhr., juf, meester, Mr; a given name and a surname, with tussenvoegsels: "Jan van der \
        Berg") and by the registers the caller may see: requesters of subject requests and consent givers; the \
        complainants and accused of the counsellor's dossiers only for the `confidentialCounsellor` (decision 48, \
        no name oracle). Special-category words include suspicion and investigation (verdacht, aangifte, \
        politieonderzoek), sexual offences (zeden*, misbruik, ontucht), biometric and genetic data, political \
        opinion and union membership; `relativeDate` flags a class or role next to a relative moment ("4 havo \
        vorige week dinsdag"). \
        `audience: affected` (an art. 34 notice to the people concerned) skips contact details, student numbers \
        and class + date (the recipient's own situation) but still flags other names and special-category words; \
        `recipientNames` are not flagged. `language` picks the word lists (`auto`: both, suggestions in the \
        language the text seems to be in). A clean result is no proof of neutrality: see Protocol/communication.md.
        """,
      params: [
        ParamSpec("text", required: true, "The message.", schema: ["type": "string", "maxLength": 100_000]),
        ParamSpec("audience", required: true, "general (GENERAL_NOTICE) or affected (ART34_NOTICE).", schema: ComplaintSchemas.enumSchema(NoticeAudience.self)),
        ParamSpec("language", "nl, en or auto (default).", schema: ComplaintSchemas.enumSchema(CheckLanguage.self)),
        ParamSpec("recipientNames", "The addressees of an affected notice, not flagged.",
          schema: ["type": "array", "items": ["type": "string"], "maxItems": 100]),
      ],
      result: ResultSpec(
        "check",
        schema: [
          "type": "object", "required": ["ok", "findings"],
          "properties": [
            "ok": ["type": "boolean"], "language": ["enum": ["nl", "en"]], "offsets": ["const": "unicodeScalars"],
            "findings": [
              "type": "array",
              "items": [
                "type": "object", "required": ["kind", "text", "start", "end", "suggestion"],
                "properties": [
                  "kind": ComplaintSchemas.enumSchema(FindingKind.self), "text": ["type": "string"],
                  "start": ["type": "integer"], "end": ["type": "integer"], "suggestion": ["type": "string"],
                  "category": ComplaintSchemas.enumSchema(SpecialCategory.self),
                ],
              ],
            ],
          ],
        ]),
      examples: CommunicationExamples.all,
      roles: roles.names,
      scope: SchoolScope.registers(CommunicationNameSources.registers)
    ) { p, context in
      let audience = try p.choice("audience", NoticeAudience.self)
      let recipients = try p.optionalStrings("recipientNames") ?? []
      if !recipients.isEmpty, audience != .affected {
        throw p.invalid("recipientNames", Texts.Communication.recipientNamesOnlyForAffected.string)
      }
      let check = CommunicationCheck(
        text: try p.string("text"), audience: audience, language: try p.optionalChoice("language", CheckLanguage.self) ?? .auto,
        knownNames: try CommunicationNameSources.names(service, roles: service.configuration.access.roles(of: context.peer)),
        allowedNames: recipients)
      return check.json
    }
  }
}
