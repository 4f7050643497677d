import Wording
import JSONRPC
import Store

/// How the service was started; reported by `service.info`.
public struct ServiceConfiguration: Sendable {
  /// The store directory, or nil for an in-memory service (tests, `rpc.discover` generation).
  public var storeDirectory: String?
  /// The socket path when serving on a socket.
  public var socketPath: String?
  /// The wire limits.
  public var limits: Limits = Limits()
  /// Whether stdio is served.
  public var stdio: Bool = false
  /// A fixed "now" (RFC 3339) for tests and examples; nil means the system clock.
  public var fixedNow: String?
  /// The language of the answers' texts when a call names none (`avgd serve --language nl|en`;
  /// Dutch by default: the users are Dutch schools; issue 16 §1).
  public var language: Language = .nl
  /// When a 29 February birthday counts in a non-leap year: `march1` (default, rules.md 1.4) or
  /// `february28`.
  public var leapDayConvention: String = "march1"
  /// Years a closed confidential-counsellor dossier is kept before `complaints.purge` removes it
  /// (rules.md §8: closure + 2 years by default, configurable [!]).
  public var complaintRetentionYears: Int = 2
  /// The school's yearly renewal date for image consent, `MM-DD` (duties.md D16; default `08-01`,
  /// the start of the school year): a consent holds until the day before the first renewal date
  /// after it starts, because schools ask again every school year (Protocol/publications.md).
  public var imageConsentRenewal: String = "08-01"
  /// Days after a staff member's start before a missing instruction is due (duties.md D22; default 30).
  public var staffInstructionGraceDays: Int = 30
  /// The largest answer whose audit event names every record id; a larger whole-register answer is
  /// described compactly instead (Protocol/access.md, "Audit of reads"). Tests set it to compare both.
  public var auditIdsUpTo: Int = 100
  /// Who may call what: the roles file, or the default (the daemon's own user is privacyOfficer).
  public var access = AccessPolicy()
  /// Store tuning; the example recorder turns fsync off for its throwaway store.
  public var storeOptions = StoreOptions()
  /// The school board (bevoegd gezag, the AVG's controller) this avgd serves, when a host runs one
  /// avgd per board (`avgd serve --board ID`, `avgd@ID.service`): named in the logs and
  /// `service.info`, so an operator of many boards sees at once whose process answers. Nil: one
  /// board per host, not named.
  public var board: String?
  /// The board's details for the AP form and reports (`ServiceSettings`); nil: read
  /// `settings.json` from the store directory when needed (Protocol/breaches.md, "Settings").
  public var settings: ServiceSettings?
  /// A configuration.
  public init() {}
}
