import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `letters.render`: the letters the law asks for, filled in from the record and the rules, in
/// Dutch by default (issue 17 §3; duties.md §7): acknowledgement, extension notice (AVG art.
/// 12(3)), decision (art. 12(4), 15; remedies by board type), art. 34 notice, BW 1:377c answer.
/// Every letter is run through the communication check for its audience (the recipient: names of
/// others and special-category words are flagged; rules.md §3.4) and the result says what it found.
enum LettersRender {
  /// The output formats.
  enum Format: String, CaseIterable {
    /// Markdown, for a mail program or word processor.
    case markdown
    /// One self-contained HTML document.
    case html
  }

  /// The `letters.render` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "letters.render",
      summary: "A letter from a record: acknowledgement, extensionNotice, decision, breachNotice (art. 34) or parentInformation (BW 1:377c).",
      description: """
        `id` is a request (`R-…`) for every kind but `breachNotice`, which takes a breach (`D-…`). `decision` for a \
        refusal, partial grant or rejection needs `board` (publicLaw: Awb objection, UAVG 34; private: petition to \
        the district court, UAVG 35); both name the AP. `contact` is the contact point the letter names (default: \
        the school's DPO through the school office). The letter names no person: it is signed by a role. The result \
        holds the letter (`text`, Markdown or one self-contained HTML document) and `check`, the \
        `communication.check` of its plain text for the `affected` audience (the recipient's own name allowed); \
        `check.ok` false means: fix the record's wording before sending.
        """,
      params: [
        ParamSpec("kind", required: true, "Which letter.", schema: ReportSchemas.choices(LetterKind.self)),
        ParamSpec("id", required: true, "The request or breach id.", schema: ["type": "string", "minLength": 1]),
        ReportSchemas.language,
        ParamSpec("format", "markdown (default) or html.", schema: ReportSchemas.choices(Format.self)),
        ParamSpec("board", "The board type, for the remedies of a refusal (duties.md §7.4).", schema: ReportSchemas.choices(Remedies.Board.self)),
        ParamSpec("contact", "The contact point the letter names.", schema: ["type": "string", "minLength": 1, "maxLength": 300]),
      ],
      result: ResultSpec("letter", schema: [
        "type": "object", "required": ["kind", "id", "format", "language", "subject", "text", "check"],
        "properties": [
          "kind": ReportSchemas.choices(LetterKind.self), "id": ["type": "string"], "format": ReportSchemas.choices(Format.self),
          "language": ReportSchemas.choices(Language.self), "subject": ["type": "string"], "text": ["type": "string"],
          "check": ["type": "object", "required": ["ok", "findings"]],
        ],
      ]),
      examples: LetterExamples.all,
      roles: Role.registerWriters.names, audit: .param("id"),
      scope: SchoolScope.letters
    ) { p, context in
      let kind = try p.choice("kind", LetterKind.self)
      let id = try p.text("id")
      let language = try p.optionalChoice("language", Language.self) ?? Language.current
      let format = try p.optionalChoice("format", Format.self) ?? .markdown
      let c = LetterContext(
        language: language, today: service.today, board: try p.optionalChoice("board", Remedies.Board.self),
        contact: try p.optionalText("contact"), configuredBoard: try configuredBoard(service))
      let record = try service.ledger.read(kind.register) { r throws(RPCError) -> JSONObject in
        guard let json = r[id] else { throw RegisterError.notFound(register: kind.register, id: id).rpcError }
        return json
      }
      let letter: Letter
      do throws(LetterProblem) {
        switch kind {
        case .acknowledgement: letter = RequestLetters.acknowledgement(RequestRecord(record), c)
        case .extensionNotice: letter = try RequestLetters.extensionNotice(RequestRecord(record), c)
        case .decision: letter = try RequestLetters.decision(RequestRecord(record), c)
        case .breachNotice: letter = try BreachNoticeLetter.letter(BreachRecord(record), c)
        case .parentInformation: letter = try ParentInformationLetter.letter(RequestRecord(record), c)
        }
      } catch {
        throw RPCError.invalidParams(field: error.field, reason: error.reason)
      }
      let recipient = record["requester"]?["name"]?.stringValue
      let check = CommunicationCheck(
        text: letter.plainText, audience: .affected, language: language == .nl ? .nl : .en,
        knownNames: try CommunicationNameSources.names(service, roles: service.configuration.access.roles(of: context.peer)), allowedNames: recipient.map { [$0] } ?? [])
      return [
        "kind": .string(kind.rawValue), "id": .string(id), "format": .string(format.rawValue), "language": .string(language.rawValue),
        "subject": .string(letter.subject), "text": .string(format == .markdown ? letter.markdown : letter.html(language)),
        "check": check.json,
      ]
    }
  }

  /// The remedy route of the board's configured legal form (`information.configure`, duties.md D13),
  /// nil while none is configured. A settings register the ledger does not hold is -32603, not a
  /// letter that silently leaves out the remedy route.
  static func configuredBoard(_ service: AvgdService, register: String = InformationSettings.register) throws(RPCError)
    -> Remedies.Board?
  {
    let settings = try service.ledger.read(register) { r throws(RPCError) in InformationSettings.current(in: r) }
    return settings.map { $0.boardType.isPublicLaw ? .publicLaw : .private }
  }
}
