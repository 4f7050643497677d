import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `information.publish` and `information.versions`: a published statement is kept as it was,
/// with the date it is in force from and its SHA-256, so the school can show which statement
/// was in force on a date (AVG art. 5(2), 12, 13; WP260 rev.01; duties.md §3.4, D10).
enum InformationPublish {
  /// The `information.publish` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.publish",
      summary: "Publish the privacy statement for an audience: keep the text, its SHA-256 and the date it is in force from.",
      description: """
        The statement is written as `information.privacyStatement` writes it for `inForceFrom` (the activities \
        carried out that day), then stored unchangeably as `PV-YYYY-NNNN`. `inForceFrom` may not lie before today \
        (-32602): a version is in force from its publication at the earliest. `changeClass: fundamental` (a new \
        purpose, a new recipient category, a transfer outside the EEA, new consent-based processing) sets \
        `activelyInform`: the audience must be told actively, not only by the new version on the website (WP260). \
        Gaps are 1006 as for the statement. The version is written and kept in the call's `language` (nl, the \
        default, or en) and records it; its SHA-256 is that text's.
        """,
      params: [
        ParamSpec("audience", required: true, "parents, students or staff.", schema: InformationSchemas.audience),
        ParamSpec("school", "The school; absent for the board's statement.", schema: InformationSchemas.text),
        ParamSpec("inForceFrom", required: true, "The first day this version applies.", schema: InformationSchemas.date),
        ParamSpec("changeClass", required: true, "minor or fundamental (WP260).", schema: ProcessorSchemas.choices(ChangeClass.self)),
        ParamSpec("note", "What changed, in a line.", schema: InformationSchemas.text),
        InformationSchemas.languageParam,
      ],
      result: ResultSpec("version", schema: InformationSchemas.version),
      errors: [InformationSchemas.incompleteError],
      examples: [
        MethodExample("the parents' statement for Brederocollege, from 1 December",
          params: [
            "audience": "parents", "school": "Brederocollege", "inForceFrom": "2026-12-01", "changeClass": "fundamental",
            "note": InformationExamples.publishNote,
          ],
          result: ["id": "PV-2026-0001", "audience": "parents", "inForceFrom": "2026-12-01", "activelyInform": true])
      ],
      roles: InformationSchemas.writers.names
    ) { p, context in
      let audience = try p.choice("audience", Audience.self)
      let school = try p.optionalString("school")
      let from = try p.date("inForceFrom")
      let changeClass = try p.choice("changeClass", ChangeClass.self)
      let note = try p.optionalText("note")
      let statement = try service.privacyStatement(audience: audience, school: school, on: from)
      let doc = statement.document
      let language = Language.current.rawValue
      let text = StatementVersions.Text(
        markdown: doc.markdown, html: doc.html, sha256: InformationSchemas.sha256(doc.markdown), activityIDs: statement.activityIDs)
      let now = service.nowInstant
      return .object(
        try service.ledger.write(StatementVersions.name, actor: context.peer.actor, at: Amsterdam.format(now)) { r throws(RegisterError) in
          try StatementVersions.publish(
            audience: audience, school: school, language: language, inForceFrom: from, changeClass: changeClass, note: note, text: text,
            in: r, now: now, by: context.peer.actor)
        })
    }
  }

  /// The members of a version `versions` lists (the text itself through `information.get`).
  static let summaryMembers = ["id", "audience", "school", "language", "inForceFrom", "changeClass", "activelyInform", "sha256", "note", "publishedAt"]

  /// The `information.versions` declaration bound to `service`.
  static func versions(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.versions",
      summary: "The published versions, and the one in force on a date per audience.",
      description: """
        Versions of `school` (absent: the board's own statements), oldest first, without their text (read one \
        with `information.get`). `inForce` names, per audience, the version in force on `on` (default today): the \
        latest `inForceFrom` on or before `on`, the later publication where two share that date, among the \
        versions in the call's `language` (nl by default: a Dutch and an English version are in force side by \
        side); null where none.
        """,
      params: [
        ParamSpec("audience", "Only this audience.", schema: InformationSchemas.audience),
        ParamSpec("school", "The school; absent for the board's statements.", schema: InformationSchemas.text),
        ParamSpec("on", "The date for `inForce` (default today).", schema: InformationSchemas.date),
      ],
      result: ResultSpec(
        "versions",
        schema: [
          "type": "object", "required": ["on", "versions", "inForce"],
          "properties": [
            "on": InformationSchemas.date, "versions": ["type": "array", "items": ["type": "object"]],
            "inForce": ["type": "object", "additionalProperties": ["type": ["string", "null"]]],
          ],
        ]),
      examples: [
        MethodExample("which statement applied on 15 December", params: ["school": "Brederocollege", "on": "2026-12-15"],
          result: ["on": "2026-12-15", "inForce": ["parents": "PV-2026-0001", "students": .null, "staff": .null]]),
        MethodExample("and today, before it took effect", params: ["school": "Brederocollege", "audience": "parents"],
          result: ["on": "2026-11-29", "inForce": ["parents": .null]]),
      ],
      roles: InformationSchemas.readers.names
    ) { p, _ in
      let audience = try p.optionalChoice("audience", Audience.self)
      let school = try p.optionalString("school")
      let on = try p.optionalDate("on") ?? service.today
      let all = try service.ledger.read(StatementVersions.name) { r throws(RPCError) in
        StatementVersions.versions(in: r, audience: audience, school: school)
      }
      var inForce = JSONObject()
      for a in audience.map({ [$0] }) ?? Audience.allCases {
        let own = all.filter { $0["audience"]?.stringValue == a.rawValue && $0["language"]?.stringValue == Language.current.rawValue }
        inForce[a.rawValue] = StatementVersions.inForce(own, on: on)?["id"] ?? .null
      }
      let summaries: [JSONValue] = all.map { v in
        var o = JSONObject()
        for m in summaryMembers { if let x = v[m] { o[m] = x } }
        return .object(o)
      }
      return ["on": .string(on.description), "versions": .array(summaries), "inForce": .object(inForce)]
    }
  }
}
