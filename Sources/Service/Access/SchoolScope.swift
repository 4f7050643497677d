import JSON
import JSONRPC
import Registers
import Wording

/// Scoping to schools (issue 18 §1): what a caller whose roles are granted for named schools may
/// see and write, and how each method's scoping is derived or declared. A board is the controller
/// (AVG art. 4(7)), but within it access follows the function (art. 5(1)(f), 25(2), 32(4)): the
/// administration of one school has no business with another school's pupils.
///
/// Enforcement lives in one place, the ledger: every read gets the register as the caller's scope
/// allows (`Register.scoped`, driven by the register's `RegisterKind.school`) and every write is
/// checked here. Handlers never filter by hand.
enum SchoolScope {
  /// Refuses a write by a caller scoped to `scope` that leaves `record` outside its schools:
  /// -32602 naming the register's school member (`school`, `schools`), or `school` for a
  /// board-level register.
  static func checkWrite(_ record: JSONObject, in kind: RegisterKind, scope: [String]?) throws(RegisterError) {
    guard let scope, !kind.school.mayWrite(record, scope: scope) else { return }
    let yours = scope.joined(separator: ", ")
    guard let member = kind.school.member else {
      throw .invalid("school", Texts.Access.boardLevelRegister(kind.name, yours: yours).string)
    }
    let named = kind.school.schools(of: record)
    throw .invalid(
      member,
      named.isEmpty
        ? Texts.Access.schoolRequired(yours: yours, record: kind.recordNameText).string
        : Texts.Access.outsideYourSchools(named.joined(separator: ", "), yours: yours).string)
  }

  /// How a method is scoped, in words (`x-scope`, Protocol/permissions.md): its declared `scope`,
  /// else derived from the register its name belongs to (`requests.*` → the requests register's
  /// `school`). Nil when it can be neither: a test requires every method to have one.
  static func rule(of declaration: MethodDeclaration) -> String? {
    if let declared = declaration.scope { return declared }
    guard let kind = RegisterCatalog.kind(named: declaration.tag) else { return nil }
    return "\(kind.name): \(kind.school.summary)"
  }

  /// Declared scope of methods that read no register: they answer from the rules and the call.
  static let rulesOnly = ScopeWords.rulesOnly
  /// Declared scope of methods that act on the whole store (backup, verification, retention's
  /// erasure from the journal files): only callers for the whole board; a caller scoped to schools
  /// is refused with 1004 (`AccessPolicy.authorize`).
  static let boardOnly = ScopeWords.boardOnly
  /// Declared scope of `letters.render`: the record the letter is for.
  static let letters = registers(["requests", "breaches"])
  /// Declared scope of methods whose records come from several registers, each scoped by its own descriptor.
  static func registers(_ names: [String]) -> String {
    ScopeWords.registers
      + names.map { n in "\(n) (\(RegisterCatalog.kind(named: n)?.school.summary ?? "?"))" }.joined(separator: "; ")
  }
}
