import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// The restricted list of people affected by a breach (rules.md §3.5): attached only when the
/// people must be told (AVG art. 34), readable by the privacy officer alone (every read audited),
/// and deleted — from the register and from the store's files — once the notification is recorded
/// or the breach closes. The list keeps its breach's school (`RegisterKind.affected`), so a
/// caller scoped to schools attaches and reads the lists of its own schools' breaches only.
enum BreachesAffected {
  /// The schema of the list: a name each, a contact if known.
  static let people: JSONValue = [
    "type": "array", "minItems": 1,
    "items": [
      "type": "object", "required": ["name"], "additionalProperties": false,
      "properties": ["name": ["type": "string", "minLength": 1], "contact": ["type": "string"]],
    ],
  ]

  /// `breaches.attachAffected`.
  static func attach(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.attachAffected",
      summary: "Attach the list of affected people needed to notify them (restricted; deleted after notification).",
      description: """
        Only for a data breach that is not closed. Replaces an earlier list. The breach record keeps counts only. The \
        list takes the breach's `school` (no param of its own; a board-level breach keeps a board-level list) and \
        follows it when `breaches.correct` changes it: a caller scoped to schools attaches and reads the lists of its \
        own schools' breaches only (another school's breach: 1001, as an unknown id).
        """,
      params: [
        BreachSchemas.id, ParamSpec("people", required: true, "Who must be told: name and contact.", schema: people),
        ParamSpec("at", "When the list was attached. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
      ],
      result: ResultSpec("attachment", schema: ["type": "object", "required": ["breachId", "count"]]),
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.attachAffected,
      roles: BreachSchemas.deciders.names,
      scope: SchoolScope.registers([Breaches.name, AffectedList.name])
    ) { p, context in
      let id = try p.string("id")
      let at = try p.instant("at", orNow: service)
      let list = (p.value("people")?.arrayValue ?? []).compactMap(\.objectValue)
      let record = try service.ledger.write(
        AffectedList.name, reading: Breaches.name, actor: context.peer.actor, at: Amsterdam.format(service.nowInstant)
      ) { lists, breaches throws(RegisterError) in
        try AffectedList.attach(breachId: id, people: list, at: at, breaches: breaches, lists: lists)
      }
      return ["breachId": .string(id), "count": record["count"] ?? 0, "attachedAt": record["attachedAt"] ?? .null]
    }
  }

  /// `breaches.affected`.
  static func read(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.affected",
      summary: "The restricted list of affected people of a breach, while it exists (audited read).",
      params: [BreachSchemas.id],
      result: ResultSpec("attachment", schema: ["type": "object", "required": ["breachId", "people"]]),
      errors: [ErrorSpec(.notFound, "no list for that breach (never attached, or deleted after notification)")],
      examples: BreachExamples.affected,
      roles: BreachSchemas.deciders.names, audit: .param("id"),
      scope: SchoolScope.registers([Breaches.name, AffectedList.name])
    ) { p, context in
      let id = try p.string("id")
      // The breach must be the caller's too: a list left behind by an interrupted move answers as none.
      let list = try service.ledger.read([Breaches.name, AffectedList.name]) { r throws(RPCError) in
        guard r[0][id] != nil, let l = r[1][id] else { throw RPCError.notFound(Texts.Breaches.affectedListOf.string, id: id) }
        return l
      }
      return ["breachId": .string(id), "count": list["count"] ?? 0, "people": list["people"] ?? []]
    }
  }

  /// Deletes breach `id`'s list after `reason`, and erases it from the store's files. Called
  /// after the notification or the closing was recorded; a failure is logged in the result of
  /// the erasure, never undoes the notification. The service's own duty (rules.md §3.5), so it
  /// reaches the list whatever its school (one stored before lists kept one is board-level): the
  /// caller was allowed to notify or close the breach, and gets nothing of the list back.
  static func delete(_ service: AvgdService, id: String, reason: Text, actor: String) throws(RPCError) {
    let today = service.today
    // Promised before it is removed, like a retention purge: a crash cannot leave the list on disk.
    try asTheService { () throws(RPCError) in
      _ = try Erasure.removeAndErase(service, register: AffectedList.name, actor: actor) { lists throws(RegisterError) in
        AffectedList.deletion(breachId: id, reason: reason, on: today, lists: lists).map { [$0] } ?? []
      }
    }
  }

  /// After `breaches.correct` of breach `id`: its list, if any, takes the breach's school as it is
  /// now (`AffectedList.follow`), read in the same turn as the breach. The service's own duty, like
  /// `delete`: a list stored before lists kept a school follows too.
  static func follow(_ service: AvgdService, id: String, actor: String) throws(RPCError) {
    try asTheService { () throws(RPCError) in
      _ = try service.ledger.writeAll(AffectedList.name, reading: Breaches.name, actor: actor, at: Amsterdam.format(service.nowInstant)) {
        lists, breaches throws(RegisterError) in AffectedList.follow(breachId: id, breaches: breaches, lists: lists).map { [$0] } ?? []
      }
    }
  }

  /// Runs `body` with the current call's school scope lifted: for the service's own upkeep of a
  /// list after a write the caller was allowed to make, never for what is answered.
  private static func asTheService(_ body: () throws(RPCError) -> Void) throws(RPCError) {
    let lifted = CallContext.current.map { CallContext(peer: $0.peer, id: $0.id, method: $0.method, scope: nil, audit: $0.audit) }
    let result: Result<Void, RPCError> = CallContext.$current.withValue(lifted) { Result { () throws(RPCError) in try body() } }
    try result.get()
  }
}
