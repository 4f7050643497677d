/// Texts of the store about the contents of its files (issue 16 §1): why a journal line, the
/// snapshot or the head fails its checks, what start-up recovery refuses or fixes, and why a write
/// is refused after the store stopped. Protocol/store-format.md names the checks; file names,
/// commands and the field names `seq`, `prev`, `hash` stay as they are in both languages.
extension Texts {
  /// Store texts about damage, recovery and stopped writes.
  public enum StoreRecovery {
    /// A reason with its cause in parentheses.
    public static func because(_ reason: Text, _ cause: Text) -> Text {
      Text(nl: reason.nl + " (" + cause.nl + ")", en: reason.en + " (" + cause.en + ")")
    }

    /// A reason about one named file: "journal.jsonl: ...".
    public static func inFile(_ name: String, _ reason: Text) -> Text {
      Text(nl: name + ": " + reason.nl, en: name + ": " + reason.en)
    }

    // MARK: One line (or the snapshot, or the head) failing its own checks

    /// The line is not JSON.
    public static let notValidJSON = Text(nl: "geen geldige JSON", en: "not valid JSON")
    /// The line is not JSON, with the parser's reason.
    public static func notValidJSON(_ detail: String) -> Text {
      Text(nl: "geen geldige JSON (\(detail))", en: "not valid JSON (\(detail))")
    }
    /// The line is JSON but not an object.
    public static let notAnObject = Text(nl: "geen JSON-object", en: "not a JSON object")
    /// No `v` member.
    public static let noFormatVersion = Text(nl: "geen formaatversie \"v\"", en: "no format version \"v\"")
    /// A newer avgd wrote this file.
    public static func newerFormat(_ v: Int, known: Int) -> Text {
      Text(
        nl: "formaatversie \(v) is nieuwer dan deze avgd kent (\(known)); werk avgd bij",
        en: "format version \(v) is newer than this avgd knows (\(known)); upgrade avgd")
    }
    /// A format version that never existed.
    public static func unknownFormat(_ v: Int) -> Text {
      Text(nl: "onbekende formaatversie \(v)", en: "unknown format version \(v)")
    }
    /// The `hash` member is missing or not the last one.
    public static let hashMissing = Text(
      nl: "\"hash\" ontbreekt of staat niet als laatste", en: "missing or misplaced \"hash\"")
    /// The hash member's bytes are not in the sealed form.
    public static let hashMalformed = Text(nl: "het lid \"hash\" is misvormd", en: "malformed hash member")
    /// The line's bytes do not give its hash.
    public static let hashMismatch = Text(
      nl: "hash klopt niet: de regel is veranderd of afgebroken", en: "hash mismatch: the line was altered or torn")
    /// A journal line without exactly the members of an event.
    public static let wrongMembers = Text(
      nl: "de leden zijn niet v, seq, at, actor, type, data, prev, hash",
      en: "members are not v, seq, at, actor, type, data, prev, hash")
    /// A line whose `prev` is not the line before's hash.
    public static let chainBroken = Text(
      nl: "keten gebroken: prev is niet de hash van de regel ervoor (er is een regel weggehaald, toegevoegd of veranderd)",
      en: "chain broken: prev is not the hash of the line before (a line was removed, added or changed)")
    /// A seq that does not increase.
    public static func seqOutOfOrder(_ seq: UInt64, after last: UInt64) -> Text {
      Text(nl: "seq \(seq) volgt niet op seq \(last)", en: "seq \(seq) does not follow seq \(last)")
    }
    /// The journal ends without a newline: the one write a crash may tear.
    public static let partialFinalLine = Text(
      nl: "onvolledige laatste regel (geen newline): een afgebroken schrijfactie",
      en: "partial final line (no newline): a torn write")
    /// head.json without its final newline.
    public static let noFinalNewline = Text(nl: "geen newline aan het eind", en: "no final newline")
    /// snapshot.json without its final newline.
    public static let cutShort = Text(
      nl: "geen newline aan het eind: het bestand is afgekapt", en: "no final newline: the file is cut short")
    /// A head or snapshot without the members it needs.
    public static let missingMembers = Text(nl: "leden ontbreken of zijn ongeldig", en: "missing or invalid members")

    // MARK: Head and snapshot

    /// head.json cannot be read.
    public static func headDamaged(_ why: Text) -> Text {
      Text(
        nl: "head.json is beschadigd (\(why.nl)); avgd kan niet nagaan of het einde van journal.jsonl compleet is. Zet head.json terug uit een back-up, of `avgd store repair --yes` schrijft een nieuwe",
        en: "head.json is damaged (\(why.en)); avgd cannot tell whether the end of journal.jsonl is complete. Restore head.json from a backup, or `avgd store repair --yes` writes a new one")
    }
    /// The journal ends before the head's durable seq: acknowledged events are missing.
    public static func endsBeforeHead(lastSeq: UInt64, headSeq: UInt64, at: String) -> Text {
      Text(
        nl: "journal.jsonl eindigt bij seq \(lastSeq), maar head.json (\(at)) zegt dat seq \(headSeq) al duurzaam was en dus bevestigd kan zijn: bevestigde gebeurtenissen ontbreken (het einde is afgeknipt of beschadigd). Zet journal.jsonl terug uit een back-up; of aanvaard het verlies met `avgd store repair --yes` (die bewaart een kopie)",
        en: "journal.jsonl ends at seq \(lastSeq), but head.json (\(at)) says seq \(headSeq) was already durable and so may have been acknowledged: acknowledged events are missing (the end was cut off or damaged). Restore journal.jsonl from a backup; or accept the loss with `avgd store repair --yes` (it keeps a copy)")
    }
    /// The head's event is no longer the line it was.
    public static func headEventChanged(seq: UInt64, at: String) -> Text {
      Text(
        nl: "de regel van seq \(seq) in journal.jsonl is niet meer die van head.json (\(at)): een bevestigde gebeurtenis is veranderd of vervangen. Zet journal.jsonl terug uit een back-up, of aanvaard het met `avgd store repair --yes` (die bewaart een kopie)",
        en: "the line of seq \(seq) in journal.jsonl is no longer the one in head.json (\(at)): an acknowledged event was changed or replaced. Restore journal.jsonl from a backup, or accept it with `avgd store repair --yes` (it keeps a copy)")
    }
    /// snapshot.json cannot be read: avgd will not guess the state.
    public static func snapshotDamaged(_ why: Text) -> Text {
      Text(
        nl: "snapshot.json is afgekapt of beschadigd (\(why.nl)); avgd gaat de toestand niet raden. Zet snapshot.json terug uit een back-up, of voer `avgd store repair --yes` uit (die kan alleen herbouwen als het journaal compleet is)",
        en: "snapshot.json is truncated or corrupt (\(why.en)); avgd will not guess the state. Restore snapshot.json from a backup, or run `avgd store repair --yes` (it can rebuild only when the journal is complete)")
    }
    /// The journal line before the snapshot's offset is not the snapshot's event.
    public static func snapshotNotMatching(seq: UInt64, end: Int) -> Text {
      Text(
        nl: "snapshot.json (seq \(seq)) past niet bij de journaalregel vóór byte \(end): de snapshot of het journaal is vervangen of veranderd. Zet beide terug uit dezelfde back-up",
        en: "snapshot.json (seq \(seq)) does not match the journal line before byte \(end): the snapshot or the journal was replaced or altered. Restore both from the same backup")
    }
    /// The journal starts after a compaction while snapshot.json is missing (start-up, verify, repair).
    public static func compactedWithoutSnapshot(firstSeq: UInt64) -> Text {
      Text(
        nl: "snapshot.json ontbreekt en journal.jsonl begint na een compactie of een herstel (de eerste regel, seq \(firstSeq), sluit aan op een eerdere keten): zonder die snapshot is de toestand niet uit het journaal op te bouwen, ook niet met `avgd store repair`. Zet snapshot.json terug uit een back-up van na de compactie (of zet de hele store terug)",
        en: "snapshot.json is missing and journal.jsonl starts after a compaction or a repair (its first line, seq \(firstSeq), continues an earlier chain): without that snapshot the state cannot be rebuilt from the journal, not even with `avgd store repair`. Restore snapshot.json from a backup made after the compaction (or restore the whole store)")
    }

    // MARK: Start-up recovery

    /// An erasure promised before a crash, finished now.
    public static func erasureToFinish(_ registers: String) -> Text {
      Text(
        nl: "een wissing was beloofd en niet afgemaakt (register \(registers)): de service maakt haar nu af",
        en: "an erasure was promised and not finished (register \(registers)): the service finishes it now")
    }
    /// No journal, but the head says events were durable.
    public static func journalMissingHead(seq: UInt64) -> Text {
      Text(
        nl: "journal.jsonl ontbreekt, maar head.json zegt dat seq \(seq) al duurzaam was: bevestigde gebeurtenissen zijn weg. Zet journal.jsonl terug uit een back-up",
        en: "journal.jsonl is missing, but head.json says seq \(seq) was already durable: acknowledged events are gone. Restore journal.jsonl from a backup")
    }
    /// No journal, but a snapshot.
    public static func journalMissingSnapshot(seq: UInt64, at: String) -> Text {
      Text(
        nl: "journal.jsonl ontbreekt, maar snapshot.json (seq \(seq), \(at)) bestaat: gebeurtenissen na de snapshot, als die er waren, zijn niet te controleren. Zet journal.jsonl terug uit een back-up; of, om te aanvaarden dat alles na seq \(seq) verloren is, voer `avgd store repair --yes` uit (die begint een nieuw journaal dat aansluit op de snapshot)",
        en: "journal.jsonl is missing but snapshot.json (seq \(seq), \(at)) exists: events after the snapshot, if there were any, cannot be checked. Restore journal.jsonl from a backup; or, to accept that anything after seq \(seq) is lost, run `avgd store repair --yes` (starts a new journal chained to the snapshot)")
    }
    /// The journal is shorter than the snapshot's offset.
    public static func journalShorterThanSnapshot(size: Int, seq: UInt64, end: Int) -> Text {
      Text(
        nl: "journal.jsonl is \(size) bytes, maar snapshot.json (seq \(seq)) zegt dat de gebeurtenissen ervan eindigen bij byte \(end): er ontbreken journaalregels. Zet een back-up terug, of voer `avgd store repair --yes` uit",
        en: "journal.jsonl is \(size) bytes but snapshot.json (seq \(seq)) says its events end at byte \(end): journal lines are missing. Restore from a backup, or run `avgd store repair --yes`")
    }
    /// Damage before the journal's last line: refused, nothing skipped.
    public static func damagedBeforeEnd(_ reason: Text) -> Text {
      Text(
        nl: "journal.jsonl is beschadigd vóór het einde (\(reason.nl)); er is niets overgeslagen. Voer `avgd store verify` uit voor details; zet een back-up terug, of `avgd store repair --yes` bewaart een kopie en knipt het journaal daar af",
        en: "journal.jsonl is damaged before its end (\(reason.en)); nothing was skipped. Run `avgd store verify` for details; restore from a backup, or `avgd store repair --yes` to keep a copy and cut the journal there")
    }
    /// A torn final line was cut at start-up (it was never acknowledged); `headSeq` when head.json says so.
    public static func tornLineCut(offset: Int, seq: UInt64, bytes: Int, reason: Text, headSeq: UInt64?, copy: String)
      -> Text
    {
      let nlHead = headSeq.map { " (head.json: seq \($0) was de laatste duurzame)" } ?? ""
      let enHead = headSeq.map { " (head.json: seq \($0) was the last durable one)" } ?? ""
      return Text(
        nl: "afgebroken laatste regel afgeknipt bij byte \(offset) van journal.jsonl (seq \(seq), \(bytes) bytes: \(reason.nl)); die schrijfactie is nooit bevestigd\(nlHead); de afgeknipte bytes zijn bewaard als \(copy)",
        en: "cut a torn final record at byte \(offset) of journal.jsonl (seq \(seq), \(bytes) bytes: \(reason.en)); that write was never acknowledged\(enHead); the cut bytes are kept as \(copy)")
    }
    /// A compaction interrupted after its commit point was finished at start-up.
    public static let compactionFinished = Text(
      nl: "een compactie die na haar vastlegpunt was onderbroken is afgemaakt (de snapshot was al gewisseld)",
      en: "finished a compaction that was interrupted after its commit point (snapshot already switched)")
    /// A compaction interrupted before its commit point was discarded at start-up.
    public static let compactionDiscarded = Text(
      nl: "een onafgemaakte compactie (journal.jsonl.next) is weggegooid; de store is zoals ervoor",
      en: "discarded an unfinished compaction (journal.jsonl.next); the store is as before it")

    // MARK: Writes refused

    /// The store was closed.
    public static let closed = Text(nl: "de store is gesloten", en: "the store is closed")
    /// A wait for a seq that was never appended (a programming error of the caller).
    public static func notAppended(_ seq: UInt64, last: UInt64) -> Text {
      Text(nl: "seq \(seq) is niet geschreven (de laatste is \(last))", en: "seq \(seq) has not been appended (last is \(last))")
    }
    /// The store closed before the awaited seq was durable.
    public static func closedBeforeDurable(_ seq: UInt64) -> Text {
      Text(
        nl: "de store is gesloten voordat seq \(seq) duurzaam was", en: "the store was closed before seq \(seq) was durable")
    }
    /// The store closed before a waiting writer's event was durable.
    public static let closedBeforeEventDurable = Text(
      nl: "de store is gesloten voordat de gebeurtenis duurzaam was", en: "the store was closed before the event was durable")
    /// A failed write whose bytes could not be cut away: the store stops.
    public static let writeNotUndone = Text(
      nl: "een mislukte schrijfactie kon niet worden teruggedraaid; de store neemt geen wijzigingen meer aan. Herstart avgd: het herstel bij de start knipt de afgebroken regel af",
      en: "a failed write could not be undone; the store stopped accepting writes. Restart avgd: recovery cuts the torn line")
    /// The store directory or its journal was removed or replaced while avgd ran.
    public static func storeGone(_ dir: String) -> Text {
      Text(
        nl: "de storemap \(dir) of journal.jsonl daarin is verwijderd of vervangen terwijl avgd draaide; wijzigingen worden niet meer bevestigd (ze zouden na een herstart weg zijn). Zet de store terug (uit een back-up) en herstart avgd",
        en: "the store directory \(dir) or journal.jsonl in it was removed or replaced while avgd ran; changes are no longer acknowledged (they would be gone after a restart). Restore the store (from a backup) and restart avgd")
    }
    /// A snapshot asked for a seq outside the events since the last snapshot.
    public static func snapshotNotPossible(_ seq: UInt64) -> Text {
      Text(
        nl: "een snapshot tot en met seq \(seq) kan niet: die moet tussen de laatste snapshot en de laatste gebeurtenis liggen",
        en: "snapshot through seq \(seq) is not possible: it must be between the last snapshot and the last event")
    }
    /// A compaction of a damaged journal is refused.
    public static func cannotCompactDamaged(_ reason: Text) -> Text {
      Text(
        nl: "een beschadigd journaal wordt niet gecompacteerd (\(reason.nl)); voer `avgd store verify` uit",
        en: "cannot compact a damaged journal (\(reason.en)); run `avgd store verify`")
    }
    /// A compaction committed (the snapshot switched) but the new journal could not be put in place.
    public static func switchFailed(_ error: Text) -> Text {
      Text(
        nl: "de compactie is vastgelegd, maar het wisselen van het journaal mislukte (\(error.nl)); herstart avgd om haar af te maken",
        en: "compaction committed but the journal switch failed (\(error.en)); restart avgd to finish it")
    }
  }
}
