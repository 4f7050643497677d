import JSONRPC
import Registers

/// Protocol/permissions.md, generated from the method declarations' `roles` and `scope` — the one
/// place the permission table lives — so the published table cannot drift from what the authorizer enforces
/// (AVG art. 5(2) and 24: the school can show who may do what). A test keeps the file equal to this.
public enum PermissionsTable {
  /// The Markdown document for `declarations`.
  public static func markdown(_ declarations: [MethodDeclaration]) -> String {
    let roles = Role.allCases.map(\.rawValue)
    var lines = [
      "# Who may call what",
      "",
      "Generated from the method declarations (`roles`, published as `x-roles` in `rpc.discover`) by",
      "`avgd openrpc --permissions` (`./run.sh openrpc`); do not edit by hand. A test keeps it equal to the code.",
      "Identity, roles and the roles file: [access.md](access.md). A call without a listed role is refused",
      "with 1004 Forbidden (`data.method`, `data.roles`, `data.required`).",
      "",
      "The last column is how the method is limited for a caller whose grants name schools (`x-scope`;",
      "[access.md](access.md#roles-scoped-to-schools)): by the register's school member, declared by the method,",
      "or board only. Records of another school, and board-level records, are absent for such a caller.",
      "",
      "| method | " + roles.joined(separator: " | ") + " | scoped to schools |",
      "|---|" + String(repeating: ":---:|", count: roles.count) + "---|",
    ]
    for d in declarations {
      lines.append(
        "| `\(d.name)` | " + roles.map { d.roles.contains($0) ? "✓" : "" }.joined(separator: " | ")
          + " | \(d.scope ?? "—") |")
    }
    lines.append("")
    return lines.joined(separator: "\n")
  }
}

/// The words of `x-scope` (OpenRPC) and of the last column of Protocol/permissions.md: method
/// documentation for integrators, in English like the rest of the OpenRPC document (not a text
/// avgd says to a school, so not in the catalogue).
enum ScopeWords {
  /// Methods that read no register.
  static let rulesOnly = "none: answers from the rules, reads no register"
  /// Methods on the whole store.
  static let boardOnly = "board only: a caller scoped to schools is refused (1004)"
  /// Methods reading several registers, before the list.
  static let registers = "the registers it reads, each as its descriptor says: "
}

extension RegisterSchool {
  /// How the register is scoped, in words for the published tables (Protocol/permissions.md).
  var summary: String {
    guard let member else { return sharedReads ? "reads shared; writes board-level" : "board-level (scoped callers: none)" }
    let how = match == .any ? "by `\(member)`" : "by `\(member)` (every school)"
    return sharedReads ? "reads shared; writes \(how)" : how
  }
}
