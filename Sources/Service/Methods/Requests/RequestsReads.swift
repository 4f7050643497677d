import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `requests.get`, `.history`, `.list` and `.export`: the shared register reads over the
/// requests register, with its filters and the export columns a supervisor (the AP) or auditor
/// asks for: receipt, due dates, extension, decision, grounds, decision maker, response
/// (rules.md §2.4–2.5; AVG art. 5(2), 12(3)–(4)).
enum RequestsReads {
  /// The declaration: params, result, errors, examples, roles and handler.
  /// The four read methods over the requests register.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The shared reads with the requests filters, columns and examples.
  static let reads = RegisterReads(
    register: "requests", noun: "request", recordSchema: RequestSchemas.record,
    filterParams: [
      ParamSpec("status", "Only this status.", schema: ["enum": RequestSchemas.values(RequestStatus.self)]),
      ParamSpec("type", "Only this type.", schema: ["enum": RequestSchemas.values(RequestType.self)]),
      ParamSpec("studentId", "Only this student's requests.", schema: RequestSchemas.text),
      ParamSpec("overdue", "true: only pending requests past their effective due date today; false: all others.", schema: ["type": "boolean"]),
      ParamSpec("dueBefore", "Only requests whose effective due date is before this date.", schema: RequestSchemas.date),
      ParamSpec("school", "Only this school or location.", schema: RequestSchemas.text),
    ],
    filter: .facets(conditions), columns: columns, roles: RequestSchemas.readers, exampleID: "R-2026-0001",
    exampleRecord: RequestExamples.r1([
      "status": "responded", "decision": "partiallyGranted", "extendedDueOn": "2027-02-26", "respondedLate": false,
    ]).objectValue ?? [:],
    exampleFilter: ["studentId": "S-1001"], exampleVolatile: RequestExamples.volatile,
    present: { RequestRecord.presented($0, in: $1) })

  /// The filter params as conditions on the requests facets (`RequestFacets`): equal status, type,
  /// student and school; `overdue` is a pending request whose effective due date lies before today
  /// (Amsterdam), `false` everything else; `dueBefore` compares the effective due date, any status.
  static func conditions(_ p: Params, _ service: AvgdService) throws(RPCError) -> [FacetCondition] {
    var c: [FacetCondition] = []
    if let v = try p.optionalString("status") { c.append(.equals(RequestFacets.status, .text(v))) }
    if let v = try p.optionalString("type") { c.append(.equals(RequestFacets.type, .text(v))) }
    if let v = try p.optionalString("studentId") { c.append(.equals(RequestFacets.student, .text(v))) }
    if let v = try p.optionalString("school") { c.append(.equals(RequestFacets.school, .text(v))) }
    if let overdue = try p.optionalBool("overdue") {
      let today = Int64(service.today.daysSinceEpoch)
      c.append(overdue ? .below(RequestFacets.pendingDue, today) : .notBelow(RequestFacets.pendingDue, today))
    }
    if let d = try p.optionalDate("dueBefore") { c.append(.below(RequestFacets.due, Int64(d.daysSinceEpoch))) }
    return c
  }

  /// Export columns, English and Dutch headers (from `Texts.Requests`; "Status" and "School" are
  /// the same word in both languages).
  static var columns: [RegisterReads.Column] {
    let t = Texts.Requests.self
    func column(_ key: String, _ header: Text) -> RegisterReads.Column { .init(key, header) }
    return [
      column("id", t.columnID),
      column("type", t.columnType),
      .init("status", Texts.Export.status),
      column("student.id", t.columnStudent),
      column("requester.relationship", t.columnRequester),
      .init("school", Texts.Export.school),
      .init(t.columnReceived) { $0["receivedAt"]?.stringValue ?? $0["receivedOn"]?.stringValue ?? "" },
      column("registeredAt", t.columnRegistered),
      column("entitled", t.columnEntitled),
      column("dueOn", t.columnDue),
      column("extendedDueOn", t.columnExtendedDue),
      column("extensionReason", t.columnExtensionReason),
      column("decision", t.columnDecision),
      column("grounds", t.columnGrounds),
      .init(t.columnDecidedBy) { r in
        guard let by = r["decidedBy"]?.objectValue else { return "" }
        let name = by["name"]?.stringValue ?? "", role = by["role"]?.stringValue ?? ""
        return by["mandate"]?.stringValue.map { "\(name) (\(role), \($0))" } ?? "\(name) (\(role))"
      },
      column("decidedAt", t.columnDecided),
      column("respondedAt", t.columnResponded),
      column("responseChannel", t.columnResponseChannel),
      column("closedAt", t.columnClosed),
    ]
  }
}
