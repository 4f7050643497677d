/// Texts of `store.verify`, `avgd store verify` and `avgd store repair` (issue 16 §1): the report's
/// warnings and damage, its lines on the terminal, and what a repair did. The JSON report keeps its
/// member names (`ok`, `damage`, `warnings`, ...) and kinds (`damaged`, `diskFull`, ...) in both
/// languages; only the texts in it change.
extension Texts {
  /// Verify and repair texts.
  public enum StoreVerify {
    // MARK: Warnings

    /// An erasure promised and not finished: the purged data may still be in the files (AVG art. 17).
    public static func erasureNotFinished(_ registers: String) -> Text {
      Text(
        nl: "wissing nog niet afgemaakt voor \(registers): de gewiste gegevens kunnen nog in de bestanden staan; avgd maakt de wissing af bij de volgende start",
        en: "erasure not finished for \(registers): the erased data may still be in the files; avgd finishes the erasure at its next start")
    }
    /// A store directory without a journal.
    public static let noJournalYet = Text(nl: "nog geen journaal (lege store)", en: "no journal yet (empty store)")
    /// A torn final line: not damage, start-up cuts it.
    public static func tornFinalLine(offset: Int, seq: UInt64, reason: Text) -> Text {
      Text(
        nl: "afgebroken laatste regel bij byte \(offset) (seq \(seq)): \(reason.nl); avgd knipt die af bij de start",
        en: "torn final line at byte \(offset) (seq \(seq)): \(reason.en); avgd cuts it at start-up")
    }

    // MARK: Damage

    /// No journal, but the head says events were durable.
    public static func journalMissingHead(seq: UInt64) -> Text {
      Text(
        nl: "journal.jsonl ontbreekt, maar head.json zegt dat seq \(seq) al duurzaam was",
        en: "journal.jsonl is missing, but head.json says seq \(seq) was already durable")
    }
    /// No journal, but a snapshot.
    public static func journalMissingSnapshot(seq: UInt64) -> Text {
      Text(
        nl: "journal.jsonl ontbreekt; snapshot.json dekt seq \(seq) en latere gebeurtenissen zijn niet te controleren",
        en: "journal.jsonl is missing; snapshot.json covers seq \(seq) and later events cannot be checked")
    }
    /// A journal restarted after its snapshot that does not continue the snapshot's chain.
    public static let notContinuingSnapshot = Text(
      nl: "het journaal sluit niet aan op de keten van snapshot.json", en: "the journal does not continue snapshot.json's chain")
    /// No intact line of the snapshot's seq ends at the snapshot's offset.
    public static func snapshotNotAnchored(seq: UInt64, offset: Int) -> Text {
      Text(
        nl: "snapshot.json (seq \(seq)) is niet verankerd in het journaal: geen intacte regel van seq \(seq) eindigt bij byte \(offset)",
        en: "snapshot.json (seq \(seq)) is not anchored in the journal: no intact line of seq \(seq) ends at byte \(offset)")
    }

    // MARK: The report on the terminal

    /// First line: the directory and whether it is healthy.
    public static func header(_ dir: String, ok: Bool) -> Text {
      Text(nl: "store \(dir): \(ok ? "IN ORDE" : "BESCHADIGD")", en: "store \(dir): \(ok ? "OK" : "DAMAGED")")
    }
    /// Second line: counts and the snapshot's position (`snapshotSeq` nil: none).
    public static func counts(events: Int, lastSeq: UInt64, snapshotSeq: UInt64?, snapshotAt: String?) -> Text {
      let at = snapshotAt ?? "?"
      return Text(
        nl: "  gebeurtenissen: \(events), laatste seq: \(lastSeq), snapshot: \(snapshotSeq.map { "seq \($0) van \(at)" } ?? "geen")",
        en: "  events: \(events), last seq: \(lastSeq), snapshot: \(snapshotSeq.map { "seq \($0) at \(at)" } ?? "none")")
    }
    /// One file and its size (the same words in both languages).
    public static func fileSize(_ name: String, bytes: Int) -> Text {
      let line = "  \(name): \(bytes) bytes"
      return Text(nl: line, en: line)
    }
    /// Registers whose erasure is pending.
    public static func pendingErasure(_ registers: String) -> Text {
      Text(nl: "  wissing in afwachting: \(registers)", en: "  pending erasure: \(registers)")
    }
    /// One warning.
    public static func warning(_ w: Text) -> Text {
      Text(nl: "  waarschuwing: \(w.nl)", en: "  warning: \(w.en)")
    }
    /// The first damage, with its location.
    public static func firstDamage(_ d: Text) -> Text {
      Text(nl: "  eerste schade: \(d.nl)", en: "  first damage: \(d.en)")
    }

    // MARK: Repair

    /// A damaged snapshot the journal cannot rebuild: refused.
    public static let snapshotUnrebuildable = Text(
      nl: "snapshot.json is beschadigd en het journaal kan de toestand niet herbouwen (het is beschadigd of begint na een compactie); zet snapshot.json terug uit een back-up",
      en: "snapshot.json is damaged and the journal cannot rebuild the state (it is damaged or starts after a compaction); restore snapshot.json from a backup")
    /// The damaged snapshot was set aside; replay rebuilds the state.
    public static func snapshotSetAside(_ copy: String) -> Text {
      Text(
        nl: "de beschadigde snapshot.json is opzij gezet als \(copy); de toestand wordt herbouwd door het hele journaal opnieuw af te spelen",
        en: "set the damaged snapshot.json aside as \(copy); the state will be rebuilt by replaying the whole journal")
    }
    /// A journal that does not match the snapshot was moved aside.
    public static func journalSetAside(_ copy: String, seq: UInt64) -> Text {
      Text(
        nl: "journal.jsonl is opzij gezet als \(copy): het past niet bij snapshot.json (seq \(seq))",
        en: "moved journal.jsonl aside as \(copy): it does not match snapshot.json (seq \(seq))")
    }
    /// A new journal chained to the snapshot.
    public static func newJournal(seq: UInt64) -> Text {
      Text(
        nl: "een nieuw journaal is begonnen dat aansluit op snapshot.json (seq \(seq)); gebeurtenissen na seq \(seq), als die er waren, zijn verloren",
        en: "started a new journal chained to snapshot.json (seq \(seq)); events after seq \(seq), if any, are lost")
    }
    /// The journal was cut at its first damaged line.
    public static func journalCut(offset: Int, seq: UInt64, reason: Text, copy: String) -> Text {
      Text(
        nl: "journal.jsonl afgeknipt bij byte \(offset) (seq \(seq): \(reason.nl)); een volledige kopie is bewaard als \(copy)",
        en: "cut journal.jsonl at byte \(offset) (seq \(seq): \(reason.en)); a full copy is kept as \(copy)")
    }
    /// The head named a durable end the journal no longer reaches: the loss is accepted.
    public static func headReset(headSeq: String, endSeq: UInt64, copy: String) -> Text {
      Text(
        nl: "head.json noemde seq \(headSeq) als duurzaam, het journaal eindigt bij seq \(endSeq): dat verlies is aanvaard, een nieuwe head.json staat op het einde (de oude is bewaard als \(copy))",
        en: "head.json named seq \(headSeq) as durable, the journal ends at seq \(endSeq): that loss is accepted, a new head.json marks the end (the old one is kept as \(copy))")
    }
  }
}
