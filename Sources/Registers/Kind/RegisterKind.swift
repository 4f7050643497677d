import Wording

/// Everything that makes a register what it is, declared once per register: its name (also the
/// event-type prefix and the method prefix), its id prefix, the noun its errors use, its typed
/// lifecycle, the due-list index and the filter facets it keeps, and whether its answers hold
/// personal data (its reads are then audited, AVG art. 5(2), 32(1)(b)).
///
/// `Register`, the ledger and the shared reads take their behaviour from here, so adding a
/// register is one descriptor (a static member on this type, next to the register's commands),
/// one line in the service's `RegisterCatalog`, and its methods: no code anywhere switches on a
/// register's name (issue 13).
public struct RegisterKind: Sendable {
  /// `requests`: the register's name, the event-type prefix (`requests.opened`) and method prefix.
  public let name: String
  /// `R` gives ids `R-2026-0042`.
  public let idPrefix: String
  /// What one record is called in an error (`Request` → "Request not found"), in both languages.
  public let recordNameText: Text
  /// What one record is called, in the call's language (`Language.current`).
  public var recordName: String { recordNameText.string }
  /// The statuses and allowed actions (`Lifecycle.erased`); nil for a register without statuses
  /// (the audit trail, the affected-people lists).
  public let lifecycle: StateMachine?
  /// The due-list index the register keeps in step with its records, if any.
  public let index: RegisterIndex?
  /// The filter columns the register keeps beside its records, if any.
  public let facets: RegisterFacets?
  /// True when the register's records hold personal data, so every read that returns them
  /// leaves an audit event naming them.
  public let personalData: Bool
  /// The register's title for people, in Dutch and English (`Verzoeken`, `Subject requests`): the
  /// sheet of an xlsx export, the heading of a report.
  public let titleText: Text
  /// Where its records keep their school, for callers scoped to schools (issue 18 §1);
  /// `.board` when they keep none.
  public let school: RegisterSchool

  /// A descriptor whose record name and title come from the catalogue. `title` defaults to the name.
  public init(
    name: String, idPrefix: String, recordName: Text, lifecycle: StateMachine? = nil,
    index: RegisterIndex? = nil, facets: RegisterFacets? = nil, personalData: Bool = true,
    title: Text? = nil, school: RegisterSchool = .board
  ) {
    self.school = school
    self.titleText = title ?? Text(nl: name, en: name)
    self.name = name
    self.idPrefix = idPrefix
    self.recordNameText = recordName
    self.lifecycle = lifecycle
    self.index = index
    self.facets = facets
    self.personalData = personalData
  }
}
