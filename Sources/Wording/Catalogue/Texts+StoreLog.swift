/// The store's log lines (issue 16 §1): what it did or could not do on its own, for the operator.
/// They run outside any call (the flusher, start-up, a snapshot after a write), so the store renders
/// them in `Language.processDefault`, the daemon's `--language`. Each starts with `store:` so an
/// operator can grep the daemon's log for them in either language.
extension Texts {
  /// Store log lines.
  public enum StoreLog {
    /// A store failure, logged as it stops the store.
    public static func failure(_ error: Text) -> Text {
      Text(nl: "store: " + error.nl, en: "store: " + error.en)
    }
    /// Something recovery fixed or found at start-up.
    public static func warning(_ w: Text) -> Text {
      Text(nl: "store: waarschuwing: \(w.nl)", en: "store: warning: \(w.en)")
    }
    /// What a repair did.
    public static func repaired(_ action: Text) -> Text {
      Text(nl: "store-herstel: \(action.nl)", en: "store repair: \(action.en)")
    }
    /// The registers whose erasure is now promised (`erasure.pending`), or none.
    public static func erasuresPending(_ registers: [String]) -> Text {
      Text(
        nl: "store: wissing in afwachting: \(registers.isEmpty ? "geen" : registers.joined(separator: ", "))",
        en: "store: erasure pending: \(registers.isEmpty ? "none" : registers.joined(separator: ", "))")
    }
    /// head.json could not be written while serving (retried after the interval).
    public static func headNotWritten(_ error: Text) -> Text {
      Text(
        nl: "store: head.json kon niet worden geschreven (het journaal zelf is in orde): \(error.nl)",
        en: "store: head.json could not be written (the journal itself is intact): \(error.en)")
    }
    /// head.json could not be written after a compaction.
    public static func headNotWrittenAfterCompaction(_ error: Text) -> Text {
      Text(
        nl: "store: head.json kon na de compactie niet worden geschreven (wordt opnieuw geprobeerd): \(error.nl)",
        en: "store: head.json could not be written after the compaction (tried again later): \(error.en)")
    }
    /// head.json could not be written at close.
    public static func headNotWrittenAtClose(_ error: Text) -> Text {
      Text(
        nl: "store: head.json kon bij het sluiten niet worden geschreven: \(error.nl)",
        en: "store: head.json could not be written at close: \(error.en)")
    }
    /// A snapshot failed; the journal keeps every event.
    public static func snapshotNotWritten(_ seq: UInt64, _ error: Text) -> Text {
      Text(
        nl: "store: snapshot tot en met seq \(seq) is niet geschreven (het journaal houdt alles): \(error.nl)",
        en: "store: snapshot through seq \(seq) was not written (the journal keeps everything): \(error.en)")
    }
    /// A snapshot was written.
    public static func snapshotWritten(_ seq: UInt64, bytes: Int) -> Text {
      Text(
        nl: "store: snapshot geschreven tot en met seq \(seq) (\(bytes) bytes)",
        en: "store: snapshot written through seq \(seq) (\(bytes) bytes)")
    }
    /// A compaction failed: the promised erasure stays and is done again.
    public static func compactionFailed(_ error: Text) -> Text {
      Text(
        nl: "store: compactie mislukt (een beloofde wissing blijft staan en wordt opnieuw gedaan): \(error.nl)",
        en: "store: compaction failed (a promised erasure stays and is done again): \(error.en)")
    }
    /// A compaction deleted a copy of cut bytes that could hold removed data.
    public static func compactionDeleted(_ name: String) -> Text {
      Text(
        nl: "store: de compactie heeft \(name) verwijderd: het kon de verwijderde gegevens bevatten",
        en: "store: compaction deleted \(name): it could hold the removed data")
    }
    /// A compaction could not look for copies of cut bytes: they may still hold removed data.
    public static func damagedCopiesNotChecked(_ error: Text) -> Text {
      Text(
        nl: "store: de compactie kon niet nagaan of er *.damaged-kopieën zijn, die de verwijderde gegevens kunnen bevatten; verwijder ze zelf: \(error.nl)",
        en: "store: the compaction could not look for *.damaged- copies, which may hold the removed data; delete them yourself: \(error.en)")
    }
    /// A compaction finished.
    public static func compacted(kept: Int, removed: Int, changed: Int, marker: UInt64) -> Text {
      Text(
        nl: "store: journaal gecompacteerd: \(kept) behouden, \(removed) verwijderd, \(changed) gewijzigd; markering seq \(marker) verbindt de laatste hash van de oude keten",
        en: "store: compacted the journal: kept \(kept), removed \(removed), changed \(changed); marker seq \(marker) links the old chain's final hash")
    }
    /// A backup was written.
    public static func backupWritten(_ seq: UInt64, to destination: String) -> Text {
      Text(
        nl: "store: back-up tot en met seq \(seq) geschreven naar \(destination)",
        en: "store: backup through seq \(seq) written to \(destination)")
    }
    /// An append failed and its bytes were cut away.
    public static func appendUndone(_ seq: UInt64, _ error: Text) -> Text {
      Text(
        nl: "store: schrijven van seq \(seq) mislukt en teruggedraaid: \(error.nl)",
        en: "store: append of seq \(seq) failed and was undone: \(error.en)")
    }
    /// A directory with loose modes that is not a store: its mode is left alone.
    public static func modeLeftAlone(_ dir: String, mode: String) -> Text {
      Text(
        nl: "store: \(dir) heeft modus \(mode) en is (nog) geen store; de modus blijft zoals hij is",
        en: "store: \(dir) has mode \(mode) and is not a store (yet); its mode stays as it is")
    }
    /// The store directory's mode was tightened.
    public static func modeTightened(_ dir: String) -> Text {
      Text(nl: "store: modus van \(dir) aangescherpt tot 0700", en: "store: tightened \(dir) to mode 0700")
    }
    /// A store on a network file system, allowed by the operator: what is at stake.
    public static func networkFileSystemAllowed(_ dir: String, kind: String) -> Text {
      Text(
        nl: "store: de store \(dir) staat op \(kind), toegestaan met --allow-network-fs: de vergrendeling houdt een tweede avgd misschien niet buiten en een bevestigde wijziging kan verloren gaan als de server crasht; draai precies één avgd per store",
        en: "store: the store \(dir) is on \(kind), allowed by --allow-network-fs: its lock may not keep a second avgd out and an acknowledged write may be lost if the server crashes; run exactly one avgd per store")
    }
  }
}
