import JSON
import JSONRPC
import Registers
import Rules

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
    exampleFilter: ["studentId": "S-1001"], exampleVolatile: RequestExamples.volatile)

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

  /// Export columns, English and Dutch headers.
  static let columns: [RegisterReads.Column] = [
    .init("id", "Id", "Kenmerk"),
    .init("type", "Type", "Soort verzoek"),
    .init("status", "Status", "Status"),
    .init("student.id", "Student", "Leerling"),
    .init("requester.relationship", "Requester capacity", "Hoedanigheid verzoeker"),
    .init("school", "School", "School"),
    .init("Received", "Ontvangen") { $0["receivedAt"]?.stringValue ?? $0["receivedOn"]?.stringValue ?? "" },
    .init("registeredAt", "Registered", "Geregistreerd"),
    .init("entitled", "Standing at receipt", "Bevoegd bij ontvangst"),
    .init("dueOn", "Due", "Uiterste datum"),
    .init("extendedDueOn", "Extended due", "Verlengde uiterste datum"),
    .init("extensionReason", "Extension reason", "Reden verlenging"),
    .init("decision", "Decision", "Besluit"),
    .init("grounds", "Grounds", "Gronden"),
    .init("Decided by", "Besloten door") { r in
      guard let by = r["decidedBy"]?.objectValue else { return "" }
      let name = by["name"]?.stringValue ?? "", role = by["role"]?.stringValue ?? ""
      return by["mandate"]?.stringValue.map { "\(name) (\(role), \($0))" } ?? "\(name) (\(role))"
    },
    .init("decidedAt", "Decided", "Besloten"),
    .init("respondedAt", "Responded", "Beantwoord"),
    .init("responseChannel", "Response channel", "Wijze van antwoord"),
    .init("closedAt", "Closed", "Afgesloten"),
  ]
}
