import JSON
import JSONRPC
import Registers
import Rules

extension AvgdService {
  /// Runs a requests command at "now" (the injected clock, pinned by `AVGD_NOW`) as the caller,
  /// journals its change and returns the record as changed (1100 when it cannot be saved).
  func writeRequest(
    _ context: CallContext, _ command: (Register, RequestClock) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let clock = RequestClock(now: nowInstant, convention: leapDayConvention)
    return try ledger.write("requests", actor: context.peer.actor, at: Amsterdam.format(clock.now)) {
      r throws(RegisterError) in try command(r, clock)
    }
  }
}
