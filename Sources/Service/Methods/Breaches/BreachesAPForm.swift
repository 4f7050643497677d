import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `breaches.apForm`: the AP's notification form (Meldloket datalekken) filled in from the breach
/// record, so the privacy officer copies the answers instead of retyping the breach under the
/// 72-hour clock (AVG art. 33(1), (3); art. 33(4) for a supplement). Read-only; audited like a read.
enum BreachesAPForm {
  /// The output formats.
  enum Format: String, CaseIterable {
    /// The form as JSON: sections, answers, missing.
    case json
    /// Plain text to copy field by field.
    case text
    /// A printable HTML page.
    case html
  }

  /// The `breaches.apForm` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.apForm",
      summary: "The AP's breach notification form filled in from the record: answers per section, and what is still missing.",
      description: """
        Only for a `dataBreach`. Sections and questions follow the AP's Meldloket datalekken (version: \
        Protocol/breaches.md, section The AP form); the mapping is one table (`APFormQuestions`). Each answer has the \
        form's `question`, the `value` in Dutch as the form takes it (ticked options as an array of the form's \
        option names) and its `source` in the record. A question the record cannot answer yet has `missing: true` \
        and `filledBy`, the method that records it (or null: avgd does not keep it, answer it in the form); \
        `missing` lists them all. Before the first report the form is a new notification with `reportBy`; after \
        it (`breaches.reportToAuthority`) it is a supplement (aanvulling) with the AP's `reference` and only the \
        answers that changed since the last report or follow-up (`changesSince`); a withdrawn report gives the \
        withdrawal. Section 1 names the board and FG recorded by `information.configure` (KvK number and reporter from `settings.json`). `format: text` is plain text to copy field \
        by field (`avgd call --raw` prints it as is), `format: html` a printable page; both are strings. \
        `language: en` (or a daemon started with `--language en`) adds English translations of the questions \
        and section titles (`questionEN`, `titleEN`); the values stay Dutch.
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("language", "nl or en (default: the daemon's --language, nl): en adds English translations of the questions.", schema: ["enum": ["nl", "en"]]),
        ParamSpec("format", "json (default), text or html.", schema: ["enum": .array(Format.allCases.map { .string($0.rawValue) })]),
      ],
      result: ResultSpec("form", schema: ["oneOf": [
        ["type": "object", "required": ["id", "notification", "sections", "missing", "complete"], "properties": [
          "id": ["type": "string"], "notification": ["enum": .array(APFormNotification.allCases.map { .string($0.rawValue) })],
          "reference": ["type": "string"], "changesSince": BreachSchemas.instant, "reportBy": BreachSchemas.instant,
          "form": ["type": "object"], "sections": ["type": "array", "items": ["type": "object"]],
          "missing": ["type": "array"], "answerInForm": ["type": "array"], "complete": ["type": "boolean"],
        ]],
        ["type": "string"],
      ]]),
      errors: [ErrorSpec(.notFound, "no breach with that id")],
      examples: BreachesAPFormExamples.all,
      roles: Role.registerReaders.names, audit: .param("id")
    ) { p, context in
      let id = try p.string("id")
      let english = Language.current == .en
      let format = try p.optionalChoice("format", Format.self) ?? .json
      let contacts = try service.settings().contacts
      let now = service.nowInstant
      let form = try service.ledger.read(Breaches.name) { r throws(RPCError) in
        do throws(RegisterError) { return try APForm.fill(id: id, in: r, contacts: contacts, now: now, english: english) } catch {
          throw error.rpcError
        }
      }
      switch format {
      case .json: return .object(form)
      case .text: return .string(APFormText.render(form))
      case .html: return .string(APFormHTML.render(form))
      }
    }
  }
}
