import Foundation
import JSON
import JSONRPC
import Registers
import Wording

/// The read side every register shares — `get`, `history`, `list` and `export` — declared once
/// here and instantiated per register, so the registers behave alike. For a register holding
/// personal data (`RegisterKind.personalData`) each declares its audit (`audit(_:)`), and the
/// dispatcher records what it returned (AVG art. 5(2)).
struct RegisterReads {
  /// One export column: its header in the catalogue (issue 16 §1) and how to get the cell from a
  /// record. A column reading a member (`key`) whose values an enum gives shows them by label
  /// (`ExportLabels`); booleans read `ja`/`nee` or `yes`/`no`; cells render in the call's language.
  struct Column {
    /// The header, Dutch and English.
    let label: Text
    /// The record member the column reads (dotted), nil for a computed column.
    let key: String?
    let value: @Sendable (JSONObject) -> String

    /// A column reading `key` (dotted for nested members; arrays joined with "; ").
    init(_ key: String, _ label: Text) {
      self.label = label
      self.key = key
      self.value = { Column.text(Column.lookup($0, key)) }
    }

    /// A computed column.
    init(_ label: Text, value: @escaping @Sendable (JSONObject) -> String) {
      self.label = label
      self.key = nil
      self.value = value
    }

    static func lookup(_ record: JSONObject, _ key: String) -> JSONValue {
      var v: JSONValue = .object(record)
      for part in key.split(separator: ".") { v = v[String(part)] ?? .null }
      return v
    }

    static func text(_ v: JSONValue) -> String {
      switch v {
      case .null: return ""
      case .string(let s): return s
      case .bool(let b): return (b ? Texts.Export.yes : Texts.Export.no).string
      case .number(let n): return n.text
      case .array(let a): return a.map(text).joined(separator: "; ")
      case .object: return JSONWriter.string(v)
      }
    }
  }

  /// Register name (`requests`), also the method prefix.
  let register: String
  /// "request", for summaries.
  let noun: String
  /// Schema of one record.
  let recordSchema: JSONValue
  /// Filter params of `list` and `export` (besides cursor and limit).
  let filterParams: [ParamSpec]
  /// How `list` and `export` select records from the filter params.
  enum Selection: Sendable {
    /// A predicate on each record (read in full on every call).
    case records(@Sendable (Params, AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool)
    /// Conditions on the register's facets (`RegisterFacets`): integers compared, records read
    /// only for the page. No conditions: every record.
    case facets(@Sendable (Params, AvgdService) throws(RPCError) -> [FacetCondition])
  }

  /// How the filter params select records.
  let filter: Selection
  /// Export columns, in order.
  let columns: [Column]
  /// Roles that may read this register.
  let roles: [Role]
  /// An id that exists after the register's write examples ran (for the read examples).
  let exampleID: String
  /// The expected `get` result for `exampleID` (members that must match).
  let exampleRecord: JSONObject
  /// How many records the `list` and `export` examples find (all records after the write examples,
  /// or those matching `exampleFilter`).
  var exampleCount = 1
  /// Filter params added to the `list` and `export` examples (e.g. one student's records).
  var exampleFilter: JSONObject = [:]
  /// Members of `exampleRecord` that depend on who runs the examples (the actor), published as
  /// `x-volatile` of `get`. When set, `exampleRecord` is a complete record and the `list` example
  /// shows it under `items` (volatile there too).
  var exampleVolatile: [String] = []
  /// A stored record (or history change) as a call in that language reads it: texts kept in
  /// every language shown in the call's (`RequestRecord.presented`); as stored by default.
  var present: @Sendable (JSONObject, Language) -> JSONObject = { r, _ in r }

  func declarations(_ service: AvgdService) -> [MethodDeclaration] {
    [get(service), history(service), list(service), export(service)]
  }

  private func exampleParams(_ base: JSONObject) -> JSONObject {
    var o = base
    for m in exampleFilter { o[m.key] = m.value }
    return o
  }

  private var idParam: ParamSpec {
    ParamSpec("id", required: true, "The \(noun)'s id.", schema: ["type": "string", "minLength": 1])
  }

  private func record(_ id: String, in r: Register) throws(RPCError) -> JSONObject {
    guard let rec = r[id] else { throw RegisterError.notFound(register: register, id: id).rpcError }
    return rec
  }

  private func get(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "\(register).get", summary: "One \(noun) by id.", params: [idParam],
      result: ResultSpec(noun, schema: recordSchema),
      errors: [ErrorSpec(.notFound, "no \(noun) with that id")],
      examples: [MethodExample("the \(noun)", params: ["id": .string(exampleID)], result: .object(exampleRecord))],
      roles: roles.names, volatileResultMembers: exampleVolatile, audit: audit(.param("id"))
    ) { p, _ in
      let id = try p.string("id")
      return .object(present(try service.ledger.read(register) { r throws(RPCError) in try record(id, in: r) }, Language.current))
    }
  }

  private func history(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "\(register).history", summary: "Every change to one \(noun): what, when and by whom.",
      description: "Read from the journal; AVG art. 5(2) (accountability).", params: [idParam],
      result: ResultSpec("history", schema: ["type": "object", "properties": ["id": ["type": "string"], "events": ["type": "array"]]]),
      errors: [ErrorSpec(.notFound, "no \(noun) with that id")],
      examples: [MethodExample("its history", params: ["id": .string(exampleID)], result: ["id": .string(exampleID)])],
      roles: roles.names, audit: audit(.param("id"))
    ) { p, _ in
      let id = try p.string("id")
      return try service.ledger.read(register) { r throws(RPCError) in
        _ = try record(id, in: r)
        let events = (r.history(of: id) ?? []).map { e -> JSONValue in
          guard case .object(var o) = e.json, let change = o["change"]?.objectValue else { return e.json }
          o["change"] = .object(present(change, Language.current))
          return .object(o)
        }
        return ["id": .string(id), "events": .array(events)]
      }
    }
  }

  private func list(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "\(register).list", summary: "The \(Self.plural(noun)) matching the filters, oldest first, one page at a time.",
      description: "Pages are stable: records added meanwhile never shift a page. Pass `nextCursor` as `cursor`.",
      params: filterParams + Paging.params,
      result: ResultSpec("page", schema: Paging.schema(items: recordSchema)),
      examples: [
        MethodExample(
          "the first page", params: exampleParams(["limit": 10]),
          result: exampleVolatile.isEmpty
            ? ["total": .int(exampleCount)]
            : ["items": [.object(exampleRecord)], "total": .int(exampleCount), "nextCursor": .null])
      ],
      roles: roles.names, volatileResultMembers: exampleVolatile.isEmpty ? [] : ["items"],
      audit: audit(.noted)
    ) { p, context in
      let page: (items: [JSONObject], nextCursor: String?, total: Int)
      let given = AuditFilter(p, of: self)
      let seen: Paging.Seen = { r, items in context.audit.state(auditAnswer(items, of: r, filter: given, page: true, service)) }
      switch filter {
      case .records(let make):
        let predicate = try make(p, service)
        // Without filter params every record matches: the page is then read by position, O(limit).
        page = try Paging.page(service, register, p, where: given != nil ? predicate : nil, seen: seen)
      case .facets(let make):
        page = try Paging.page(service, register, p, matching: try make(p, service), seen: seen)
      }
      let language = Language.current
      return Paging.json(page.items.map { present($0, language) }, total: page.total, nextCursor: page.nextCursor)
    }
  }

  /// The English plural of a noun in a summary (`breach` → `breaches`, `activity` → `activities`).
  static func plural(_ noun: String) -> String {
    if ["ch", "sh", "s", "x"].contains(where: noun.hasSuffix) { return noun + "es" }
    if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
    return noun + "s"
  }

  private func export(_ service: AvgdService) -> MethodDeclaration {
    let stream: @Sendable (Params, CallContext) throws -> StreamedResult = { p, context in try exportView(p, context, service).streamed }
    return MethodDeclaration(
      name: "\(register).export", summary: "The register as CSV or JSON, for an auditor, the AP or the board.",
      description: """
        The export speaks the call's language (`language`, else the daemon's `--language`, default nl). CSV is \
        RFC 4180 with CRLF line ends; in Dutch (the default) it is what Dutch Excel opens by double-click: \
        Dutch headers and values (`datalek`, `afgerond`, `ja`/`nee`), `;` as separator, a UTF-8 byte-order mark, \
        dates as dd-mm-jjjj and moments as dd-mm-jjjj uu:mm in Amsterdam time; with `language: \"en\"` it has \
        English headers, the wire's enum values, `yes`/`no`, `,` as separator and ISO dates. `xlsx` is an Excel \
        workbook (Office Open XML, base64 in `base64`): one sheet, a frozen bold header row, dates and moments as \
        date cells in Amsterdam time. `table` gives the same cells as `header` and `rows` of text, for a client \
        that lays out its own table or builds a workbook of several registers (`avgd export --all`). \
        Asked for as a request of its own, the answer is streamed as it is encoded, with no size limit \
        (Protocol/README.md, \"Register exports\"); inside a batch it is bounded by `maxReplyBytes`.
        """,
      params: [
        ParamSpec("format", required: true, "csv, json, xlsx or table.", schema: ["enum": ["csv", "json", "xlsx", "table"]]),
        ParamSpec("language", "nl: Dutch headers and values, the CSV for Dutch Excel; en: English headers, the wire's values, comma CSV. Default: the daemon's --language (nl).", schema: ["enum": ["nl", "en"]]),
      ] + filterParams,
      result: ResultSpec(
        "export",
        schema: [
          "type": "object", "required": ["format", "count"],
          "properties": [
            "format": ["enum": ["csv", "json", "xlsx", "table"]], "count": ["type": "integer"], "contentType": ["type": "string"],
            "csv": ["type": "string"], "records": ["type": "array"], "base64": ["type": "string", "contentEncoding": "base64"],
            "sheet": ["type": "string"], "header": ["type": "array", "items": ["type": "string"]],
            "rows": ["type": "array", "items": ["type": "array", "items": ["type": "string"]]],
          ],
        ]),
      examples: [
        MethodExample("as CSV", params: exampleParams(["format": "csv"]), result: ["format": "csv", "count": .int(exampleCount)])
      ],
      roles: roles.names, audit: audit(.noted), streamedHandler: stream
    ) { p, context in try stream(p, context).value() }
  }

  /// The export a call asks for: its records (a consistent view, copied under the register's
  /// read lock, which is released before any byte is written) and their encoding. The audit is
  /// stated here; the dispatcher records it before the answer is streamed (issue 14, item 4).
  private func exportView(_ p: Params, _ context: CallContext, _ service: AvgdService) throws(RPCError) -> RegisterExport {
    // The dispatcher bound the call's language (its `language`, else the daemon's): headers and values
    // follow it, also while the answer is streamed after this returns.
    let language = Language.current
    let nl = language == .nl
    let given = AuditFilter(p, of: self)
    let records: [JSONObject]
    switch filter {
    case .records(let make):
      let predicate = try make(p, service)
      records = try service.ledger.read(register) { r throws(RPCError) in
        let selected = r.all(where: predicate)
        context.audit.state(auditAnswer(selected, of: r, filter: given, page: false, service))
        return selected
      }
    case .facets(let make):
      let conditions = try make(p, service)
      records = try service.ledger.read(register) { r throws(RPCError) in
        do throws(RegisterError) {
          let selected = try r.all(matching: conditions)
          context.audit.state(auditAnswer(selected, of: r, filter: given, page: false, service))
          return selected
        } catch { throw error.rpcError }
      }
    }
    let format = try p.string("format")
    let header = columns.map(\.label.string)
    // Cells are made one record at a time while the answer is written, never all at once.
    let columns = columns, register = register, keys = columns.map(\.key)
    // Rows render while the answer is written: `StreamedReply` binds the call's language for that.
    let row: @Sendable (JSONObject) -> [String] = { r in
      let cells = columns.map { $0.value(r) }
      return ExportLabels.rows([cells], register: register, keys: keys).first ?? cells
    }
    let title = RegisterCatalog.kind(named: register).map { $0.titleText(language) } ?? register
    let present = self.present
    return RegisterExport(
      format: format, records: records, header: header, row: row, nl: nl, title: title, at: service.nowInstant,
      present: { present($0, language) })
  }

  /// The audit this register's reads declare: `policy` when the register holds personal data
  /// (`RegisterKind.personalData`), none otherwise.
  private func audit(_ policy: AuditPolicy) -> AuditPolicy? {
    RegisterCatalog.kind(named: register)?.personalData == false ? nil : policy
  }

  /// What a `list` page or an `export` of `selected` (read from `r`) returned, for its audit: the
  /// ids of a small answer; for a large one a description whose size does not depend on the
  /// answer's: the records alive at `r.appliedThrough` meeting `filter`, for a page only its stretch
  /// (`AuditMembership`, Protocol/access.md). A caller scoped to schools, or a filter that depends on
  /// the moment (`AuditFilter.momentary`), keeps the ids.
  private func auditAnswer(_ selected: [JSONObject], of r: Register, filter: AuditFilter?, page: Bool, _ service: AvgdService)
    -> AuditedAnswer
  {
    guard r.scope == nil, selected.count > service.configuration.auditIdsUpTo, filter?.repeatable ?? true else {
      return .ids(selected.compactMap { $0["id"]?.stringValue })
    }
    if filter == nil && !page { return AuditMembership.whole(r, count: selected.count) }
    return AuditMembership.described(selected, of: r, filter: filter, page: page)
  }
}
