import JSON
import JSONRPC
import Registers
import Rules

/// `staff.leave`: a staff member leaves service; from that day they are neither due nor counted
/// (duties.md D22). The record and its instructions stay as proof (AVG art. 5(2)).
enum StaffLeave {
  /// The `staff.leave` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.leave",
      summary: "Record that a staff member left on a date.",
      description: "`active` → `left` with `activeTo`. Already left: 1002; unknown id: 1001; a date before `activeFrom`: -32602.",
      params: [
        ParamSpec("id", required: true, "The staff id.", schema: SharingSchemas.text),
        ParamSpec("on", required: true, "The leave date (no longer in service from this day).", schema: SharingSchemas.date),
      ],
      result: ResultSpec("member", schema: StaffSchemas.member),
      errors: [ErrorSpec(.notFound, "no staff member with that id"), ErrorSpec(.invalidTransition, "already left")],
      examples: [
        MethodExample("the teacher left on 1 November", params: ["id": "MW-0999", "on": "2026-11-01"],
          result: ["id": "MW-0999", "status": "left", "activeTo": "2026-11-01"])
      ],
      roles: StaffSchemas.writers.names
    ) { p, context in
      let (id, on) = (try p.text("id"), try p.date("on"))
      return .object(try service.ledger.write(Staff.name, actor: context.peer.actor, at: Amsterdam.format(service.nowInstant)) {
        r throws(RegisterError) in try Staff.leave(id: id, on: on, in: r)
      })
    }
  }
}
