import JSON
import JSONRPC
import Registers

/// `requests.decide`: the decision with what AVG art. 12(4) and rules.md §2.4 require, after
/// re-checking standing at `decidedAt` (rules.md §1.5).
enum RequestsDecide {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.decide",
      summary: "Record the decision: granted, partiallyGranted, refused or rejectedNoStanding, with grounds and authority.",
      description: """
        `partiallyGranted` and `refused` need `grounds` (rules.md §2.4 codes), `balancing` and `writtenRecord`; \
        `rejectedNoStanding` is the only outcome for a requester flagged `entitled: false` and needs `writtenRecord`. \
        `decidedBy.role` is director, board or delegate (a delegate names `mandate`). Withheld `items` name a ground; \
        an item is excluded as a private working note only if single-author, own-use-only and never shared (§2.3). \
        Standing is re-checked at `decidedAt`: if a parent's standing lapsed (the student turned 16, or 18 for results), \
        a `granted`/`partiallyGranted` decision is not recorded: the request moves to `holderChanged` and the call \
        answers 1003 with `data.status: "holderChanged"` (Protocol/requests.md).
        """,
      params: params,
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors + [
        ErrorSpec(.notEntitled, "the requester has no standing (at receipt, or no longer at `decidedAt`: the request is now holderChanged)")
      ],
      examples: examples,
      roles: RequestSchemas.legalSteps.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = try parse(p)
      let record = try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) }
      if DecideRequest.movedToHolderChanged(record) {
        let check = record["holderChange"]?["entitlementAtDecision"]
        throw RPCError(
          code: .notEntitled, message: "Requester not entitled",
          data: [
            "field": "decidedAt", "status": "holderChanged", "id": .string(command.id),
            "reason": .string((check?["reason"]?.stringValue ?? "") + " The request is now holderChanged: the student may adopt it (requests.adopt) or it is withdrawn; the deadline is unchanged."),
            "holders": check?["holders"] ?? .array([]),
          ])
      }
      return .object(record)
    }
  }

  /// The typed command from the params (-32602 naming the member on any mistake).
  static func parse(_ p: Params) throws(RPCError) -> DecideRequest {
    let by = try p.nested("decidedBy")
    let maker: DecisionMaker
    do {
      maker = try DecisionMaker(name: try by.text("name"), role: try by.choice("role", DecisionMaker.Role.self), mandate: try by.optionalText("mandate"))
    } catch let e as RPCError { throw e } catch let e as RegisterError { throw e.rpcError } catch { throw .internalError("\(error)") }
    var grounds: [GroundCode] = []
    for (i, s) in (try p.optionalStrings("grounds") ?? []).enumerated() {
      guard let g = GroundCode(rawValue: s) else { throw p.invalid("grounds[\(i)]", "unknown ground \"\(s)\"") }
      grounds.append(g)
    }
    var items: [DecisionItem] = []
    for (i, v) in (p.value("items")?.arrayValue ?? []).enumerated() {
      guard let o = v.objectValue else { throw p.invalid("items[\(i)]", "must be an object") }
      let item = Params(o, path: p.field("items[\(i)]"))
      var note: DecisionItem.PrivateWorkingNote? = nil
      if let n = try item.optionalNested("privateWorkingNote") {
        note = .init(
          singleAuthor: try n.optionalBool("singleAuthor") ?? false, ownUseOnly: try n.optionalBool("ownUseOnly") ?? false,
          neverShared: try n.optionalBool("neverShared") ?? false)
      }
      items.append(DecisionItem(
        description: try item.text("description"), disclosed: try item.optionalBool("disclosed") ?? false,
        ground: try item.optionalChoice("ground", GroundCode.self), privateWorkingNote: note))
    }
    return DecideRequest(
      id: try p.string("id"), decision: try p.choice("decision", Decision.self), items: items, grounds: grounds,
      decidedBy: maker, balancing: try p.optionalString("balancing"), writtenRecord: try p.optionalString("writtenRecord"),
      decidedAt: try p.instant("decidedAt"))
  }
}
