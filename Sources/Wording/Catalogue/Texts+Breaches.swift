/// Texts of the breach register (AVG art. 33–34): why a command on a breach is refused, which duty
/// comes first, and the notes a correction or a deleted list of affected people leaves behind.
/// Moments are passed in already formatted (RFC 3339, Amsterdam); the catalogue formats nothing.
extension Texts {
  /// Breach register texts.
  public enum Breaches {
    /// An awareness moment later than the service's "now" (plus the clock-skew tolerance).
    public static func inFuture(_ at: String, now: String) -> Text {
      Text(
        nl: "\(at) ligt in de toekomst (het is nu \(now)); de school kan er nog niet van op de hoogte zijn",
        en: "\(at) is in the future (now is \(now)); the school cannot have become aware yet")
    }

    /// A moment before the school became aware of the breach.
    public static func beforeAware(_ at: String, aware: String) -> Text {
      Text(nl: "\(at) ligt vóór awareAt \(aware)", en: "\(at) is before awareAt \(aware)")
    }

    /// `occurredAt` after `awareAt`.
    public static let occurredAfterAware = Text(
      nl: "ligt na awareAt: de school kan niet op de hoogte zijn van iets voordat het gebeurde",
      en: "is after awareAt: the school cannot be aware of something before it happened")

    /// `discoveredAt` after `awareAt`.
    public static let discoveredAfterAware = Text(
      nl: "ligt na awareAt; de school is op de hoogte uiterlijk vanaf het moment dat zij het ontdekte",
      en: "is after awareAt; awareness starts no later than discovery by the school")

    /// `discoveredAt` before `occurredAt`.
    public static let discoveredBeforeOccurred = Text(nl: "ligt vóór occurredAt", en: "is before occurredAt")

    /// `breaches.apForm` on a record that is no data breach; `kind` nil when the record has none.
    public static func notADataBreach(_ id: String, kind: String?) -> Text {
      Text(
        nl: "\(id) is \(kind.map { "een \($0)" } ?? "een registratie") en geen datalek: alleen een datalek wordt bij de AP gemeld (AVG art. 33 lid 1)",
        en: "\(id) is \(kind.map { "a \($0)" } ?? "a record") and not a data breach: only a data breach is notified to the AP (AVG art. 33(1))")
    }

    /// An affected list for a record that is no data breach.
    public static let affectedOnlyForDataBreach = Text(
      nl: "alleen een datalek heeft betrokkenen die moeten worden ingelicht",
      en: "only a data breach has affected people to notify")

    /// An empty list of affected people.
    public static let atLeastOnePerson = Text(nl: "noem ten minste één persoon", en: "must list at least one person")

    /// A blank required value.
    public static let mustNotBeEmpty = Text(nl: "mag niet leeg zijn", en: "must not be empty")

    /// What 1001 calls a list of affected people that does not exist.
    public static let affectedListOf = Text(nl: "Lijst van betrokkenen bij", en: "Affected list of")

    /// The line kept when a list of affected people is deleted (names no one).
    public static func affectedListDeleted(count: Int, breachId: String, after reason: Text, on date: String) -> Text {
      Text(
        nl: "lijst van \(count) betrokkene(n) bij \(breachId) verwijderd na \(reason.nl) op \(date)",
        en: "list of \(count) affected people of \(breachId) deleted after \(reason.en) on \(date)")
    }

    /// Why the list goes: the people were told.
    public static let afterNotification = Text(nl: "de mededeling van AVG art. 34", en: "the art. 34 notification")

    /// Why the list goes: the breach was closed.
    public static let afterClosing = Text(nl: "het afsluiten van het datalek", en: "closing the breach")

    /// An art. 34(3) exemption with a risk below high.
    public static func exemptionOnlyForHighRisk(_ risk: String) -> Text {
      Text(
        nl: "een uitzondering van AVG art. 34 lid 3 geldt alleen bij een hoog risico, niet bij \(risk)",
        en: "an art. 34(3) exemption applies only to a high risk, not \(risk)")
    }

    /// Closing before the risk was assessed.
    public static let assessFirst = Text(
      nl: "beoordeel eerst het risico van het datalek (breaches.assess; AVG art. 33 lid 5)",
      en: "assess the breach's risk first (breaches.assess; AVG art. 33(5))")

    /// Closing before the required AP report.
    public static let reportFirst = Text(
      nl: "meld het datalek eerst bij de Autoriteit Persoonsgegevens (breaches.reportToAuthority; AVG art. 33 lid 1)",
      en: "report the breach to the Autoriteit Persoonsgegevens first (breaches.reportToAuthority; AVG art. 33(1))")

    /// Closing before the required art. 34 notice.
    public static let notifyFirst = Text(
      nl: "informeer eerst de betrokkenen: het hoge risico vraagt om een mededeling (breaches.notifySubjects; AVG art. 34 lid 1)",
      en: "tell the people first: the high risk calls for a notice (breaches.notifySubjects; AVG art. 34(1))")

    /// Reporting or notifying a record that is no data breach.
    public static let reclassifyFirst = Text(
      nl: "alleen een datalek wordt gemeld of meegedeeld (AVG art. 33 en 34); herclassificeer eerst als datalek (breaches.reclassify)",
      en: "only a data breach is reported or communicated (AVG art. 33 and 34); reclassify it as a data breach first (breaches.reclassify)")

    /// A reclassification to the kind the record already has.
    public static func alreadyKind(_ kind: String) -> Text {
      Text(nl: "de registratie is al een \(kind)", en: "the record is already a \(kind)")
    }

    /// A reclassification to a data breach without `awareAt`.
    public static let awareAtNeededForDataBreach = Text(
      nl: "een registratie die een dataBreach wordt, heeft het moment nodig waarop de school wist dat persoonsgegevens waren getroffen: vanaf dan lopen de 72 uur van AVG art. 33 lid 1",
      en: "a record that becomes a dataBreach needs the moment the school became aware that personal data was breached: the 72 hours of AVG art. 33(1) run from then")

    /// A reclassification's `awareAt` after the reclassification itself.
    public static func awareAfterReclassification(_ aware: String, at: String) -> Text {
      Text(
        nl: "\(aware) ligt na de herclassificatie op \(at): de school wist dat het een datalek was toen zij herclassificeerde",
        en: "\(aware) is after the reclassification at \(at): the school knew it was a data breach when it reclassified")
    }

    /// `awareAt` given for a reclassification to another kind than a data breach.
    public static func awareAtOnlyForDataBreach(_ kind: String) -> Text {
      Text(
        nl: "hoort alleen bij een herclassificatie naar dataBreach (de klok van AVG art. 33 lid 1); een \(kind) heeft geen termijn",
        en: "is only for a reclassification to dataBreach (the art. 33(1) clock); a \(kind) has no deadline")
    }

    /// A report after the 72 hours without reasons for the delay.
    public static func lateReasonRequired(deadline: String) -> Text {
      Text(
        nl: "de melding is na de termijn van 72 uur (\(deadline)), dus AVG art. 33 lid 1 vraagt de redenen voor de vertraging",
        en: "the report is after the 72-hour deadline \(deadline), so art. 33(1) requires the reasons for the delay")
    }

    /// A reason for not telling the people when they were told.
    public static func peopleAlreadyTold(on date: String) -> Text {
      Text(
        nl: "de betrokkenen zijn op \(date) ingelicht (breaches.notifySubjects); er valt niets uit te leggen",
        en: "the people were told on \(date) (breaches.notifySubjects); there is nothing to explain")
    }

    /// A follow-up dated before the AP notification.
    public static func beforeAuthorityReport(_ reported: String) -> Text {
      Text(nl: "ligt vóór de melding aan de AP van \(reported)", en: "is before the AP notification of \(reported)")
    }

    /// The record was written but no change came back (an internal fault, not the caller's).
    public static let noChangeJournaled = Text(
      nl: "er is geen wijziging vastgelegd", en: "no change was journaled")

    /// A count below zero.
    public static func negativeCount(_ n: Int) -> Text {
      Text(nl: "mag niet negatief zijn, gekregen: \(n)", en: "must not be negative, got \(n)")
    }

    /// A count range with `max` below `min`.
    public static func maxBelowMin(min: Int, max: Int) -> Text {
      Text(nl: "moet ten minste min (\(min)) zijn, gekregen: \(max)", en: "must be at least min (\(min)), got \(max)")
    }
  }
}
