/// Texts of `breaches.correct` (AVG art. 16 on the register, art. 33(5)): what may not be corrected
/// and why, what a correction must look like, and the review notes after one that moves `reportBy`.
extension Texts.Breaches {
  /// What one record is called in a refusal of `breaches.correct`.
  public static let recordNoun = Text(nl: "een datalekregistratie", en: "a breach record")

  /// Why a field may not be corrected, by field (the register's `correctable` declaration).
  public static let notCorrectable: [String: Text] = [
    "id": Text(
      nl: "het id noemt de registratie in de melding aan de AP, in brieven en in de geschiedenis",
      en: "the id names the record in the AP report, letters and the history"),
    "status": Text(
      nl: "de status verandert alleen door de eigen handelingen van de levenscyclus",
      en: "the status moves only by the lifecycle's own actions"),
    "kind": Text(
      nl: "een ander oordeel over wat er gebeurde is breaches.reclassify, met een eigen reden (AVG art. 33 lid 5)",
      en: "a changed judgement of what happened is breaches.reclassify, with its own reason (art. 33(5))"),
    "reportBy": Text(
      nl: "afgeleid: 72 uur na awareAt (of breachAwareAt); verbeter die",
      en: "derived: 72 hours from awareAt (or breachAwareAt); correct those"),
    "authorityReportRequired": derivedFromAssessment,
    "subjectsNotificationRequired": derivedFromAssessment,
    "assessment.risk": assessAgain,
    "assessment.riskRationale": assessAgain,
    "assessment.exemption": assessAgain,
    "assessment.assessedBy": assessmentTrace,
    "assessment.assessedAt": assessmentTrace,
    "authorityReport": Text(
      nl: "verstuurd aan de Autoriteit Persoonsgegevens: de melding blijft zoals verstuurd; geef wat veranderde door met breaches.followUp",
      en: "sent to the Autoriteit Persoonsgegevens: it stays as sent; add what changed with breaches.followUp"),
    "notifications": Text(
      nl: "verstuurd aan de betrokkenen, met de ontvangers geteld naar hun leeftijd op die dag: de mededeling blijft zoals verstuurd; bij verkeerde ontvangers volgt een nieuwe mededeling (breaches.notifySubjects)",
      en: "sent to the people affected, with the audience counted from their ages on that day: it stays as sent; a wrong audience means a new communication (breaches.notifySubjects)"),
    "measures": Text(
      nl: "elke maatregel is een eigen handeling (breaches.addMeasure)",
      en: "each measure is an act of its own (breaches.addMeasure)"),
    "reclassifications": Text(
      nl: "elke herclassificatie is een eigen handeling", en: "each reclassification is an act of its own"),
    "registeredAt": registrationTrace,
    "registeredBy": registrationTrace,
    "closedAt": Text(nl: "het afsluiten is een eigen handeling", en: "the closure is an act of its own"),
    "lessonsLearned": Text(nl: "hoort bij het afsluiten", en: "part of the closure"),
  ]

  /// A derived requirement.
  static let derivedFromAssessment = Text(nl: "afgeleid uit de beoordeling", en: "derived from the assessment")
  /// A judgement of the assessment.
  static let assessAgain = Text(
    nl: "een oordeel, geen feit: beoordeel opnieuw (breaches.assess)",
    en: "a judgement, not a fact: assess again (breaches.assess)")
  /// Who assessed and when.
  static let assessmentTrace = Text(nl: "het eigen spoor van de beoordeling", en: "the assessment's own trace")
  /// Who registered and when.
  static let registrationTrace = Text(nl: "het eigen spoor van de registratie", en: "the registration's own trace")

  /// A moment that is not an RFC 3339 instant.
  public static let mustBeInstant = Text(nl: "moet een RFC 3339-tijdstip zijn", en: "must be an RFC 3339 instant")

  /// `breachAwareAt` on a record that was never reclassified to a data breach.
  public static let breachAwareAtOnlyReclassified = Text(
    nl: "alleen een registratie die naar dataBreach is geherclassificeerd heeft breachAwareAt (breaches.reclassify)",
    en: "only a record reclassified to a dataBreach has breachAwareAt (breaches.reclassify)")

  /// Correcting assessment facts before there is an assessment.
  public static let noAssessmentYet = Text(
    nl: "de registratie heeft nog geen beoordeling: geef die met breaches.assess",
    en: "the record has no assessment yet: give it with breaches.assess")

  /// A count range that is not `{min, max}`.
  public static let mustBeRange = Text(nl: "moet {min, max} met hele getallen zijn", en: "must be {min, max} with whole numbers")

  /// A category list that is not a list of strings.
  public static let mustBeStrings = Text(nl: "moet een lijst van teksten zijn", en: "must be an array of strings")

  /// A correction that changes nothing.
  public static let nothingToCorrect = Text(
    nl: "elke gegeven waarde is gelijk aan de opgeslagen waarde: er is niets te verbeteren",
    en: "every value given equals the stored one: nothing to correct")

  /// A record without `awareAt` (a corrupt store, not the caller).
  public static let noAwareAt = Text(nl: "de registratie heeft geen awareAt", en: "the record has no awareAt")

  /// A recorded act (report, notice, closing) before the corrected awareness.
  public static func actBeforeAware(_ start: String, act: String, at: String) -> Text {
    Text(
      nl: "\(start) ligt na \(act) \(at): er is niets aan een datalek gedaan voordat de school ervan wist",
      en: "\(start) is after \(act) \(at): nothing was done about a breach before the school was aware of it")
  }

  /// `lateReason` on a record without an AP report.
  public static let lateReasonWithoutReport = Text(
    nl: "hoort alleen bij een verbetering die de melding aan de AP te laat maakt; deze registratie heeft geen melding aan de AP",
    en: "only for a correction that makes the AP report late; this record has no AP report")

  /// `lateReason` for a correction that does not change whether the report was late.
  public static func lateReasonUnchanged(wasLate: Bool) -> Text {
    Text(
      nl: "de verbetering maakt de melding aan de AP niet te laat (die was \(wasLate ? "te laat" : "op tijd") en blijft dat)",
      en: "the correction does not make the AP report late (it was \(wasLate ? "late" : "in time") and stays so)")
  }

  /// A correction that makes the AP report late, without reasons for the delay.
  public static func lateReasonRequiredAfterCorrection(reported: String, deadline: String) -> Text {
    Text(
      nl: "met het verbeterde moment van bewustwording is de melding aan de AP (\(reported)) na de termijn van 72 uur \(deadline), dus AVG art. 33 lid 1 vraagt de redenen voor de vertraging",
      en: "with the corrected awareness the AP report (\(reported)) is after the 72-hour deadline \(deadline), so art. 33(1) requires the reasons for the delay")
  }

  /// `lateReason` for a correction that makes the report timely.
  public static let lateReasonNotNeeded = Text(
    nl: "de verbetering maakt de melding aan de AP tijdig: redenen voor een vertraging zijn niet nodig",
    en: "the correction makes the AP report timely: no reasons for a delay are needed")

  /// Review note: the AP report named the old facts.
  public static func reviewReportNamedOldFacts(reported: String) -> Text {
    Text(
      nl: "De melding aan de AP (\(reported)) noemde de oude gegevens: geef de verbetering door met breaches.followUp (AVG art. 33(4)).",
      en: "The AP report (\(reported)) named the old facts: pass the correction on with breaches.followUp (AVG art. 33(4)).")
  }

  /// Review note: the report is late after the correction.
  public static let reviewNowLate = Text(
    nl: "Met de verbeterde gegevens is de melding aan de AP te laat: geef de redenen voor de vertraging door met breaches.followUp (AVG art. 33(1)).",
    en: "With the corrected facts the AP report is late: pass the reasons for the delay on with breaches.followUp (AVG art. 33(1)).")

  /// Review note: the report was timely after the correction.
  public static let reviewNowTimely = Text(
    nl: "Met de verbeterde gegevens was de melding aan de AP op tijd; de gemelde redenen voor vertraging blijven zoals verstuurd.",
    en: "With the corrected facts the AP report was in time; the reasons for the delay stay as sent.")
}
