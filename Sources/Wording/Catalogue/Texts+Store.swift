/// Texts of the store methods (`store.info`, `store.verify`, `store.backup`) that the service says
/// itself. What the store reports about its files (a broken hash, a missing snapshot) is in
/// `Texts.StoreFiles`, `Texts.StoreRecovery`, `Texts.StoreVerify`, `Texts.StoreLog` and
/// `Texts.StoreCommand` (Protocol/store-format.md, "Language").
extension Texts {
  /// Store-method texts.
  public enum Store {
    /// `store.verify` on a memory-only service.
    public static let memoryKeepsNoJournal = Text(
      nl: "een service in het geheugen houdt geen journaal bij", en: "an in-memory service keeps no journal")
    /// A backup destination that is neither an absolute path nor a plain name.
    public static let destinationShape = Text(
      nl: "moet een absoluut pad zijn of een gewone naam (geen /, niet alleen punten of spaties, geen NUL)",
      en: "must be an absolute path or a plain name (no /, not only dots or spaces, no NUL)")
  }
}

extension Texts.Reports {
  /// `reports.annual` for a year outside the supported range.
  public static func yearOutOfRange(_ from: Int, _ to: Int) -> Text {
    Text(nl: "moet een jaar van \(from) tot en met \(to) zijn", en: "must be a year from \(from) to \(to)")
  }
}
