import JSONRPC

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
