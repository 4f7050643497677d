import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `requests.decide`: the decision with what AVG art. 12(4) and rules.md §2.4 require, after
/// re-checking standing at `decidedAt` (rules.md §1.5).
enum RequestsDecide {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.decide",
      summary: "Record the decision: granted, partiallyGranted, refused, fee or rejectedNoStanding, with grounds, authority and remedies.",
      description: """
        `partiallyGranted` and `refused` need `grounds` (rules.md §2.4 codes), `balancing` and `writtenRecord`. Every \
        decision but `granted` records the `remedies` its letter names (AVG art. 12(4)): the AP complaint and the \
        judicial remedy, and for a public-law board (openbaar onderwijs) the Awb objection route; on the BW 1:377c \
        channel the court. A manifestly unfounded or excessive request (grounds AVG12_5_*) is refused with \
        `manifestReason`, or decided `fee` with a reasonable `fee` (art. 12(5)). A `BW_377C` request (parent without \
        parental authority, BW 1:377c) is granted or refused only on BW1_377C_CHILD_INTEREST. \
        `decidedBy.role` is director, board or delegate (a delegate names `mandate`). Withheld `items` name a ground; \
        an item is excluded as a private working note only if single-author, own-use-only and never shared (§2.3). \
        Standing is re-checked at `decidedAt`, both ways: if the requester lost it since receipt (the student turned 16, \
        or 18 for results and BW 1:377c), no decision of any kind is recorded: the request moves to `holderChanged` and \
        the call answers 1003 with `data.status: "holderChanged"`. A requester who gained it (the student turned 16) is \
        decided on the merits. A parent's results request for a student of 18 or more is decided on the student's \
        consent in the consents register, valid on the decision date (named by `consentId`, or looked up) and recorded \
        as `consentAtDecision`; without one only `rejectedNoStanding`. Only a consent given to the request's own `school` \
        counts (issue 18 §1; both without one: the board): another school's named is -32602 on `consentId`. \
        A student's own request under 16 must be routed \
        first (`requests.route`, 1006). Sources and rules: Protocol/requests.md.
        """,
      params: params,
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors + [
        ErrorSpec(.notEntitled, "the requester has no standing at `decidedAt` (never had it, or lost it: the request is now holderChanged), or `consentId` is another student's or not the student's own"),
        ErrorSpec(.conflict, "a student's own request under 16 not yet routed, or `consentId` not valid on the decision date or not covering results"),
      ],
      examples: RequestExamples.decide,
      roles: RequestSchemas.legalSteps.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = try parse(p, now: service.nowInstant)
      let record = try service.writeRequest(context, readingConsents: { r, consents, clock throws(RegisterError) in
        try command.change(in: r, consents: consents, clock: clock)
      })
      if DecideRequest.movedToHolderChanged(record) {
        let check = record["holderChange"]?["entitlementAtDecision"]
        let reason = Texts.Requests.nowHolderChanged(check?["reason"]?.stringValue ?? "").string
        var e = RegisterError.notEntitled(field: "decidedAt", reason: reason).rpcError
        e.data = [
          "field": "decidedAt", "status": "holderChanged", "id": .string(command.id), "reason": .string(reason),
          "holders": check?["holders"] ?? .array([]),
        ]
        throw e
      }
      return .object(record)
    }
  }

  /// The `decidedBy` param as a decision maker (-32602 naming `decidedBy...`).
  static func decisionMaker(_ p: Params) throws(RPCError) -> DecisionMaker {
    let by = try p.nested("decidedBy")
    do {
      return try DecisionMaker(name: try by.text("name"), role: try by.choice("role", DecisionMaker.Role.self), mandate: try by.optionalText("mandate"))
    } catch let e as RPCError { throw e } catch let e as RegisterError { throw e.rpcError } catch { throw .internalError("\(error)") }
  }

  /// The typed command from the params (-32602 naming the member on any mistake); `decidedAt`
  /// left out is `now` (issue 16 §3).
  static func parse(_ p: Params, now: Instant) throws(RPCError) -> DecideRequest {
    let maker = try decisionMaker(p)
    var grounds: [GroundCode] = []
    for (i, s) in (try p.optionalStrings("grounds") ?? []).enumerated() {
      guard let g = GroundCode(rawValue: s) else {
        throw .invalidParams(field: p.field("grounds[\(i)]"), reason: Texts.Requests.unknownGround(s))
      }
      grounds.append(g)
    }
    var items: [DecisionItem] = []
    for (i, v) in (p.value("items")?.arrayValue ?? []).enumerated() {
      guard let o = v.objectValue else { throw .invalidParams(field: p.field("items[\(i)]"), reason: Texts.Requests.mustBeObject) }
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
    var command = DecideRequest(
      id: try p.string("id"), decision: try p.choice("decision", Decision.self), items: items, grounds: grounds,
      decidedBy: maker, balancing: try p.optionalString("balancing"), writtenRecord: try p.optionalString("writtenRecord"),
      decidedAt: try p.instant("decidedAt", orNow: now))
    if let r = try p.optionalNested("remedies") {
      command.remedies = Remedies(
        apComplaint: try r.optionalBool("apComplaint") ?? false, judicialRemedy: try r.optionalBool("judicialRemedy") ?? false,
        awbObjection: try r.optionalBool("awbObjection") ?? false, board: try r.optionalChoice("board", Remedies.Board.self))
    }
    command.manifestReason = try p.optionalString("manifestReason")
    if let f = try p.optionalNested("fee") {
      do { command.fee = try RequestFee(amountCents: try f.int("amountCents"), costs: try f.string("costs")) } catch let e as RPCError {
        throw e
      } catch let e as RegisterError { throw e.rpcError } catch { throw .internalError("\(error)") }
    }
    command.consentID = try p.optionalText("consentId")
    return command
  }
}
