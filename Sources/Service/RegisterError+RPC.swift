import JSON
import JSONRPC
import Registers
import Wording

extension RegisterError {
  /// The JSON-RPC error for this refusal (codes in Protocol/errors.md).
  var rpcError: RPCError {
    switch self {
    case .invalid(let field, let reason):
      return .invalidParams(field: field, reason: reason)
    case .notFound(let register, let id):
      return .notFound(Self.recordName(register), id: id)
    case .transition(let action, let status, let allowed):
      return .invalidTransition(action: action, status: status, allowed: allowed)
    case .blocked(let action, let status, let allowed, let duty, let reason):
      var e = RPCError.invalidTransition(action: action, status: status, allowed: allowed)
      e.message = Texts.Wire.notAllowedYet(action, duty: duty).string
      e.data = ["status": .string(status), "allowed": .array(allowed.map { .string($0) }), "duty": .string(duty), "reason": .string(reason)]
      return e
    case .notEntitled(let field, let reason):
      return RPCError(
        code: .notEntitled, message: Texts.Registers.notEntitled.string, data: ["field": .string(field), "reason": .string(reason)])
    case .tooLate(let field, let reason, let deadline):
      return RPCError(
        code: .tooLate, message: Texts.Registers.tooLate.string,
        data: ["field": .string(field), "reason": .string(reason), "deadline": .string(deadline)])
    case .conflict(let field, let reason):
      return RPCError(code: .conflict, message: "Conflict", data: ["field": .string(field), "reason": .string(reason)])
    }
  }

  /// What a record of register `register` is called in errors, from its descriptor.
  static func recordName(_ register: String) -> String { RegisterCatalog.kind(named: register)?.recordName ?? "Record" }
}
