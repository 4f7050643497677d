/// Texts of the store about its files and directories (issue 16 §1): the system calls that failed,
/// owners and modes, the owner lock, network file systems and backup destinations. A store failure
/// keeps its `Text`, so it is said in the language of the call that reports it, even when the
/// store's own flusher thread found it (Protocol/store-format.md, "Language"). File names
/// (journal.jsonl, head.json), commands and field names stay as they are in both languages.
extension Texts {
  /// Store texts about files, directories, owners and modes.
  public enum StoreFiles {
    /// A reason with where it happened: the file, the byte offset and the seq, in parentheses.
    public static func located(_ reason: Text, file: String?, offset: Int?, seq: UInt64?) -> Text {
      var nl: [String] = [], en: [String] = []
      if let file { nl.append(file); en.append(file) }
      if let offset { nl.append("bij byte \(offset)"); en.append("byte \(offset)") }
      if let seq { nl.append("seq \(seq)"); en.append("seq \(seq)") }
      guard !en.isEmpty else { return reason }
      return Text(
        nl: reason.nl + " (" + nl.joined(separator: ", ") + ")", en: reason.en + " (" + en.joined(separator: ", ") + ")")
    }

    /// A failed system call: what avgd tried, then the operating system's own reason (as it gives it).
    public static func systemCall(_ what: Text, _ os: String) -> Text {
      Text(nl: what.nl + ": " + os, en: what.en + ": " + os)
    }

    /// A write that failed for lack of space (or quota, or the file size limit).
    public static func noSpace(_ what: Text, _ os: String) -> Text {
      Text(
        nl: "\(what.nl): \(os); de schrijfactie is teruggedraaid, probeer het opnieuw als er weer ruimte is",
        en: "\(what.en): \(os); the write was undone, retry when there is space")
    }

    /// open(2) of a store file failed.
    public static let cannotOpen = Text(nl: "kan het bestand niet openen", en: "cannot open")
    /// fstat(2) of a store file failed.
    public static let cannotStat = Text(nl: "kan de gegevens van het bestand niet lezen", en: "cannot stat")
    /// write(2) failed.
    public static let writeFailed = Text(nl: "schrijven mislukt", en: "write failed")
    /// pread(2) failed.
    public static let readFailed = Text(nl: "lezen mislukt", en: "read failed")
    /// fsync/fdatasync of a file failed.
    public static let fsyncFailed = Text(nl: "fsync mislukt", en: "fsync failed")
    /// open(2) of a directory (to fsync it) failed.
    public static let cannotOpenDirectory = Text(nl: "kan de map niet openen", en: "cannot open directory")
    /// fsync of a directory failed.
    public static let directoryFsyncFailed = Text(nl: "fsync van de map mislukt", en: "fsync of directory failed")
    /// rename(2) over a store file failed.
    public static let renameFailed = Text(nl: "hernoemen mislukt", en: "rename failed")
    /// rename(2) to another name failed.
    public static func renameToFailed(_ to: String) -> Text {
      Text(nl: "hernoemen naar \(to) mislukt", en: "rename to \(to) failed")
    }
    /// chmod/fchmod failed.
    public static func cannotSetMode(_ mode: String) -> Text {
      Text(nl: "kan modus \(mode) niet instellen", en: "cannot set mode \(mode)")
    }
    /// mkdir(2) failed.
    public static let cannotCreateDirectory = Text(nl: "kan de map niet aanmaken", en: "cannot create directory")
    /// opendir/readdir of a directory failed.
    public static let cannotListDirectory = Text(nl: "kan de inhoud van de map niet lezen", en: "cannot list the directory")
    /// unlink(2) failed.
    public static let cannotRemove = Text(nl: "kan het bestand niet verwijderen", en: "cannot remove")
    /// truncate(2) failed.
    public static let cannotTruncate = Text(nl: "kan het bestand niet inkorten", en: "cannot truncate")
    /// ftruncate(2) of a torn final line failed at start-up.
    public static let cannotCutTornLine = Text(
      nl: "kan de afgebroken laatste regel niet afknippen", en: "cannot cut the torn final line")
    /// The flusher's fdatasync of the journal failed: the store stops (the kernel may have dropped the pages).
    public static let journalFsyncFailedStopped = Text(
      nl: "fsync van het journaal mislukt; de store neemt geen wijzigingen meer aan",
      en: "fsync of the journal failed; the store stopped accepting writes")
    /// An fdatasync of the journal before a snapshot, backup or compaction failed.
    public static let journalFsyncFailed = Text(nl: "fsync van het journaal mislukt", en: "fsync of the journal failed")

    /// A store file owned by another user.
    public static func fileNotOurs(_ path: String, uid: UInt32, me: UInt32) -> Text {
      Text(
        nl: "\(path) is van uid \(uid), niet van deze gebruiker (uid \(me)); avgd gebruikt het niet",
        en: "\(path) belongs to uid \(uid), not to this user (uid \(me)); refusing to use it")
    }

    /// lstat(2) of the store directory failed.
    public static let cannotUseStoreDirectory = Text(nl: "kan de storemap niet gebruiken", en: "cannot use the store directory")
    /// The store path is a file or a symlink.
    public static func notADirectory(_ dir: String) -> Text {
      Text(nl: "\(dir) is geen map (symlinks worden niet gevolgd)", en: "\(dir) is not a directory (symlinks are not followed)")
    }
    /// The store directory belongs to another user.
    public static func storeDirectoryNotOurs(_ dir: String, uid: UInt32, me: UInt32) -> Text {
      Text(
        nl: "storemap \(dir) is van uid \(uid), niet van deze gebruiker (uid \(me)); avgd weigert haar",
        en: "store directory \(dir) belongs to uid \(uid), not to this user (uid \(me)); refusing")
    }
    /// Group or others may write into the store directory (they could swap files under avgd).
    public static func storeDirectoryWritable(_ dir: String, mode: String) -> Text {
      Text(
        nl: "storemap \(dir) is schrijfbaar voor groep of anderen (modus \(mode)); herstel dat met: chmod 700 \(dir)",
        en: "store directory \(dir) is writable by group or others (mode \(mode)); fix with: chmod 700 \(dir)")
    }

    /// flock(2) failed for another reason than a holder.
    public static let cannotLock = Text(nl: "kan de store niet vergrendelen", en: "cannot lock")
    /// Another avgd holds the store.
    public static func inUse(_ dir: String, pid: Int32) -> Text {
      Text(
        nl: "de store \(dir) is in gebruik door een andere avgd (pid \(pid)); praat met die via `avgd connect`",
        en: "the store \(dir) is in use by another avgd (pid \(pid)); talk to it with `avgd connect` instead")
    }
    /// The pid could not be written into `avgd.lock`.
    public static let cannotWritePid = Text(
      nl: "kan het pid niet in het vergrendelingsbestand schrijven", en: "cannot write the pid into the lock file")

    /// A store on a network or user-space file system, refused (contrib/hosting.md, "Storage").
    public static func networkFileSystem(_ dir: String, kind: String) -> Text {
      Text(
        nl: "de store \(dir) staat op een netwerk- of gebruikersbestandssysteem (\(kind)), waar de vergrendeling en fdatasync niet te vertrouwen zijn: een tweede avgd zou dezelfde store kunnen beschrijven en een bevestigde wijziging kan verloren gaan. Zet de store op een lokale schijf of blokvolume, of start met --allow-network-fs als u er precies één avgd voor draait en dat risico aanvaardt (contrib/hosting.md)",
        en: "the store \(dir) is on a network or user-space file system (\(kind)), where the store lock and fdatasync cannot be trusted: a second avgd could write the same store and an acknowledged write could be lost. Put the store on a local disk or block volume, or start with --allow-network-fs if you run exactly one avgd for it and accept that risk (contrib/hosting.md)")
    }

    /// A backup destination refused before anything changed, with why.
    public static func backupRefused(_ destination: String, _ why: Text) -> Text {
      Text(
        nl: "backupbestemming \(destination) geweigerd: \(why.nl)", en: "backup destination \(destination) refused: \(why.en)")
    }
    /// Why: the name is empty.
    public static let backupNameEmpty = Text(nl: "de naam is leeg", en: "the name is empty")
    /// Why: the name holds a NUL (the kernel would see another path than the one checked).
    public static let backupNameHasNul = Text(nl: "de naam bevat een NUL-teken", en: "the name contains a NUL character")
    /// Why: a part of only dots or spaces (`..`, `...`, ` `).
    public static func backupOnlyDots(_ part: String) -> Text {
      Text(nl: "\"\(part)\" bestaat alleen uit punten of spaties", en: "\"\(part)\" is only dots or spaces")
    }
    /// Why: inside the store directory, where a copy would keep erased data (AVG art. 17).
    public static func backupInsideStore(_ store: String) -> Text {
      Text(
        nl: "die ligt in de storemap \(store); een back-up daar zou gewiste gegevens bewaren",
        en: "it lies inside the store directory \(store); a backup there would keep erased data")
    }
    /// lstat(2) or mkdir of the destination failed.
    public static let cannotUseBackupDestination = Text(
      nl: "kan de backupbestemming niet gebruiken", en: "cannot use the backup destination")
    /// The destination is a file or a symlink.
    public static func backupNotADirectory(_ destination: String) -> Text {
      Text(
        nl: "backupbestemming \(destination) is geen map (symlinks worden niet gevolgd)",
        en: "backup destination \(destination) is not a directory (symlinks are not followed)")
    }
    /// The destination belongs to another user.
    public static func backupNotOurs(_ destination: String, uid: UInt32, me: UInt32) -> Text {
      Text(
        nl: "backupbestemming \(destination) is van uid \(uid), niet van deze gebruiker (uid \(me))",
        en: "backup destination \(destination) belongs to uid \(uid), not to this user (uid \(me))")
    }
    /// Group or others may write into the destination (its mode is never changed by avgd).
    public static func backupWritable(_ destination: String, mode: String) -> Text {
      Text(
        nl: "backupbestemming \(destination) is schrijfbaar voor groep of anderen (modus \(mode)); kies een andere map of maak haar zelf veilig (chmod 700)",
        en: "backup destination \(destination) is writable by group or others (mode \(mode)); choose another directory or make it safe yourself (chmod 700)")
    }
    /// The destination already holds files.
    public static func backupNotEmpty(_ destination: String) -> Text {
      Text(nl: "backupbestemming \(destination) is niet leeg", en: "backup destination \(destination) is not empty")
    }

    /// `erasure.pending` cannot be read: nobody can say which erasure is owed.
    public static let erasurePendingDamaged = Text(
      nl: "erasure.pending is beschadigd: een beloofde wissing is niet te lezen. Voer de verwijdering (retention.purge, complaints.purge) opnieuw uit na `avgd store repair --yes`",
      en: "erasure.pending is damaged: a promised erasure cannot be read. Run the removal (retention.purge, complaints.purge) again after `avgd store repair --yes`")
  }
}
