import JSON
import JSONRPC
import Registers
import Rules
import Wording

extension AvgdService {
  /// Runs a requests command at "now" (the injected clock, pinned by `AVGD_NOW`) as the caller,
  /// journals its change and returns the record as changed (1100 when it cannot be saved), as a
  /// reader sees it (`RequestRecord.presented`).
  func writeRequest(
    _ context: CallContext, _ command: (Register, RequestClock) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let clock = RequestClock(now: nowInstant, convention: leapDayConvention)
    return RequestRecord.presented(
      try ledger.write("requests", actor: context.peer.actor, at: Amsterdam.format(clock.now)) {
        r throws(RegisterError) in try command(r, clock)
      }, in: Language.current)
  }

  /// Like `writeRequest`, with the consents register read under the same lock as the write: a
  /// decision that rests on the student's consent sees the register as it is when the decision is
  /// journaled, so a withdrawal cannot slip in between (AVG art. 7(3); as `sharing.record`).
  func writeRequest(
    _ context: CallContext, readingConsents command: (Register, Register, RequestClock) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let clock = RequestClock(now: nowInstant, convention: leapDayConvention)
    return RequestRecord.presented(
      try ledger.write("requests", reading: Consents.name, actor: context.peer.actor, at: Amsterdam.format(clock.now)) {
        r, consents throws(RegisterError) in try command(r, consents, clock)
      }, in: Language.current)
  }
}
