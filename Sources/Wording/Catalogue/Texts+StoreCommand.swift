/// Texts of the command line `avgd store verify|repair|backup|info` (issue 16 §1), printed in
/// `Language.current`: the process's language (`--language`, default Dutch). Commands, options and
/// file names stay as they are in both languages.
extension Texts {
  /// `avgd store ...` texts.
  public enum StoreCommand {
    /// The usage, shown on `help` and after a usage error.
    public static let usage = Text(
      nl: """
        gebruik: avgd store verify [--store MAP]          controleer elke regel, hash, schakel van de keten en de snapshot
                 avgd store repair [--store MAP] --yes    bewaar een kopie van beschadigde bestanden en knip het journaal af of begin het opnieuw
                 avgd store backup DOEL [--store MAP] [--socket PAD]  samenhangende kopie, ook terwijl avgd draait (die wordt het gevraagd)
                 avgd store info [--store MAP]            bestanden, groottes, gebeurtenissen, laatste seq, snapshot
        Elk commando neemt ook --language nl|en (standaard nl) en --json (verify, info).
        MAP is standaard $AVGD_STORE, anders $XDG_STATE_HOME/avgd, anders ~/.local/state/avgd
        """,
      en: """
        usage: avgd store verify [--store DIR]          check every line, hash, chain link and the snapshot
               avgd store repair [--store DIR] --yes    keep a copy of damaged files and cut/restart the journal
               avgd store backup DEST [--store DIR] [--socket PATH]  consistent copy, also while avgd runs (it is asked)
               avgd store info [--store DIR]            files, sizes, events, last seq, snapshot
        Every command also takes --language nl|en (default nl) and --json (verify, info).
        DIR defaults to $AVGD_STORE, else $XDG_STATE_HOME/avgd, else ~/.local/state/avgd
        """)

    /// A usage error, followed by the usage.
    public static func usageError(_ message: Text) -> Text {
      Text(nl: "avgd store: \(message.nl)\n\(usage.nl)", en: "avgd store: \(message.en)\n\(usage.en)")
    }
    /// `--store` at the end.
    public static let storeNeedsDirectory = Text(nl: "--store heeft een map nodig", en: "--store needs a directory")
    /// An option the command does not know.
    public static func unknownOption(_ option: String) -> Text {
      Text(nl: "onbekende optie \(option)", en: "unknown option \(option)")
    }
    /// An argument the command does not take.
    public static func unexpectedArgument(_ argument: String) -> Text {
      Text(nl: "onverwacht argument \(argument)", en: "unexpected argument \(argument)")
    }
    /// `backup` without exactly one destination.
    public static let backupNeedsOneDestination = Text(
      nl: "backup heeft precies één doelmap nodig", en: "backup needs exactly one destination directory")
    /// A subcommand that does not exist.
    public static func unknownSubcommand(_ name: String) -> Text {
      Text(nl: "onbekend subcommando \(name)", en: "unknown subcommand \(name)")
    }
    /// No subcommand at all.
    public static let missingSubcommand = Text(nl: "subcommando ontbreekt", en: "missing subcommand")

    /// `repair` without `--yes`: it only showed the check.
    public static let repairNeedsYes = Text(
      nl: "repair verandert bestanden (en bewaart kopieën van wat het verandert); voer het opnieuw uit met --yes om door te gaan",
      en: "repair changes files (keeping copies of what it changes); run again with --yes to proceed")
    /// `repair` found nothing to change.
    public static let nothingToRepair = Text(nl: "niets te herstellen", en: "nothing to repair")
    /// One change a repair made.
    public static func repaired(_ action: Text) -> Text {
      Text(nl: "hersteld: \(action.nl)", en: "repaired: \(action.en)")
    }
    /// `repair` refused or failed.
    public static func repairFailed(_ error: Text) -> Text {
      Text(nl: "herstel mislukt: \(error.nl)", en: "repair failed: \(error.en)")
    }
    /// `backup` of a store a running avgd holds: ask the daemon instead.
    public static func askTheDaemon(pid: Int32, destination: String) -> Text {
      Text(
        nl: "de store is in gebruik door avgd (pid \(pid)); vraag die om een samenhangende back-up: avgd call store.backup '{\"destination\":\"\(destination)\"}'",
        en: "the store is in use by avgd (pid \(pid)); ask it for a consistent backup: avgd call store.backup '{\"destination\":\"\(destination)\"}'")
    }
    /// `backup` done.
    public static func backupWritten(_ dir: String, to destination: String) -> Text {
      Text(nl: "back-up van \(dir) geschreven naar \(destination)", en: "backup of \(dir) written to \(destination)")
    }
    /// `backup` failed.
    public static func backupFailed(_ error: Text) -> Text {
      Text(nl: "back-up mislukt: \(error.nl)", en: "backup failed: \(error.en)")
    }
  }
}
