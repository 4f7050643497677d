import JSON
import JSONRPC

extension RPCError {
  /// The ledger's school-scope refusal (issue 18 §1) names the record's school member (`school`,
  /// `schools`). In a `*.correct` call that member can only have come from `fields`, so the
  /// refusal names `fields.school` like every other refusal of a corrected fact (AVG art. 16: the
  /// caller is told exactly which corrected value was not theirs to give). Other errors pass as they are.
  var schoolAtFieldsPath: RPCError {
    guard code == .invalidParams, var object = data?.objectValue, let field = object["field"]?.stringValue,
      field == "school" || field == "schools"
    else { return self }
    object["field"] = .string("fields.\(field)")
    var moved = self
    moved.data = .object(object)
    return moved
  }
}
