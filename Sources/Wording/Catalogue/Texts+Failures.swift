/// Texts of failures that used to pass unnoticed (a `try?` that turned them into "nothing"): an
/// erasure that could not learn what to erase, an audit filter that no longer reads, a service
/// for the examples that would not start. Each now reaches the caller or the log.
extension Texts {
  /// Failures reported instead of swallowed.
  public enum Failures {
    /// A purge's erasure could not read which records were purged: the promise stays pending.
    public static func purgedUnreadable(_ register: String, _ error: String) -> Text {
      Text(
        nl: "niet te lezen welke dossiers uit \(register) zijn verwijderd (\(error)); de wissing blijft openstaan en wordt bij de volgende start opnieuw geprobeerd",
        en: "could not read which records were purged from \(register) (\(error)); the erasure stays pending and is tried again at the next start")
    }

    /// A filtered read kept in the audit trail whose filter can no longer be run on the register.
    public static func auditFilterUnreadable(_ register: String, field: String, _ reason: String) -> Text {
      Text(
        nl: "het filter van een vastgelegde leesactie op \(register) is niet meer uit te voeren (\(field): \(reason)); het auditspoor kan niet zeggen of die leesactie dit dossier opleverde",
        en: "the filter of a recorded read of \(register) can no longer be run (\(field): \(reason)); the audit trail cannot tell whether that read returned this record")
    }

    /// The register a filtered read is kept for takes no filters.
    public static func auditFilterNoReads(_ register: String) -> Text {
      Text(
        nl: "register \(register) kent geen filters, maar een vastgelegde leesactie heeft er een",
        en: "register \(register) takes no filters, yet a recorded read holds one")
    }

    /// The throwaway service that records the published examples did not start.
    public static func exampleServiceFailed(_ error: String) -> Text {
      Text(
        nl: "de voorbeelden konden niet worden uitgevoerd: de tijdelijke service start niet (\(error))",
        en: "the examples could not be run: the temporary service did not start (\(error))")
    }

    /// The temporary directory of the examples' store could not be removed (a log line).
    public static func exampleDirectoryLeft(_ path: String, _ error: String) -> Text {
      Text(
        nl: "de tijdelijke map van de voorbeelden \(path) is niet verwijderd (\(error)); er staan alleen voorbeeldgegevens in",
        en: "the examples' temporary directory \(path) was not removed (\(error)); it holds example data only")
    }

    /// A declared example whose recorded answer differs from what the method now answers (a log
    /// line at start; `./run.sh openrpc` fails on the same problem).
    public static func exampleDoesNotHold(_ problem: String) -> Text {
      Text(nl: "voorbeeld klopt niet: \(problem)", en: "example does not hold: \(problem)")
    }
  }
}
