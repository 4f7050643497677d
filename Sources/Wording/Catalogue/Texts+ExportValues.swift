/// Export values (issue 16 §2): the words a school office reads in an export instead of the wire's
/// enum values (`dataBreach` → `datalek`, `closed` → `afgerond`). Dutch exports show the Dutch label;
/// English exports keep the wire value itself, so an export read back by the import (Python client,
/// `avgd-import-requests`) gives the same values. Each function answers nil for a value it does not
/// know; the service's tests check every case of every exported enum has its label.
extension Texts {
  /// Enum values in exports, by enum.
  public enum ExportValues {
    /// The label of a `RequestType` value in an export.
    public static func requestType(_ value: String) -> Text? {
      switch value {
      case "access": Text(nl: "inzage", en: "access")
      case "rectification": Text(nl: "rectificatie", en: "rectification")
      case "erasure": Text(nl: "verwijdering", en: "erasure")
      case "restriction": Text(nl: "beperking", en: "restriction")
      case "objection": Text(nl: "bezwaar", en: "objection")
      case "portability": Text(nl: "overdraagbaarheid", en: "portability")
      case "results": Text(nl: "inzage in resultaten", en: "results")
      default: nil
      }
    }
    /// The label of a `RequestStatus` value in an export.
    public static func requestStatus(_ value: String) -> Text? {
      switch value {
      case "open": Text.alike("open")
      case "extended": Text(nl: "verlengd", en: "extended")
      case "holderChanged": Text(nl: "rechthebbende gewijzigd", en: "holderChanged")
      case "decided": Text(nl: "besloten", en: "decided")
      case "responded": Text(nl: "afgehandeld", en: "responded")
      case "withdrawn": Text(nl: "ingetrokken", en: "withdrawn")
      default: nil
      }
    }
    /// The label of a `Requester` value in an export.
    public static func requester(_ value: String) -> Text? {
      switch value {
      case "student": Text(nl: "leerling", en: "student")
      case "parent": Text(nl: "ouder met gezag", en: "parent")
      case "guardian": Text(nl: "voogd", en: "guardian")
      case "parentWithoutAuthority": Text(nl: "ouder zonder gezag", en: "parentWithoutAuthority")
      case "caregiver": Text(nl: "verzorger", en: "caregiver")
      case "curator": Text.alike("curator")
      default: nil
      }
    }
    /// The label of a `Decision` value in an export.
    public static func decision(_ value: String) -> Text? {
      switch value {
      case "granted": Text(nl: "toegewezen", en: "granted")
      case "partiallyGranted": Text(nl: "gedeeltelijk toegewezen", en: "partiallyGranted")
      case "refused": Text(nl: "afgewezen", en: "refused")
      case "rejectedNoStanding": Text(nl: "niet-ontvankelijk (niet bevoegd)", en: "rejectedNoStanding")
      case "fee": Text(nl: "vergoeding gevraagd", en: "fee")
      default: nil
      }
    }
    /// The label of a `GroundCode` value in an export.
    public static func ground(_ value: String) -> Text? {
      switch value {
      case "UAVG41_1i_PROTECT_DATA_SUBJECT": Text(nl: "bescherming betrokkene (UAVG art. 41 lid 1 sub i)", en: "UAVG41_1i_PROTECT_DATA_SUBJECT")
      case "UAVG41_1i_RIGHTS_OF_OTHERS": Text(nl: "rechten van anderen (UAVG art. 41 lid 1 sub i)", en: "UAVG41_1i_RIGHTS_OF_OTHERS")
      case "AVG15_4": Text(nl: "rechten van anderen (AVG art. 15 lid 4)", en: "AVG15_4")
      case "AVG12_5_UNFOUNDED": Text(nl: "kennelijk ongegrond (AVG art. 12 lid 5)", en: "AVG12_5_UNFOUNDED")
      case "AVG12_5_EXCESSIVE": Text(nl: "buitensporig (AVG art. 12 lid 5)", en: "AVG12_5_EXCESSIVE")
      case "AVG17_3b_LEGAL_OBLIGATION": Text(nl: "wettelijke bewaarplicht (AVG art. 17 lid 3 sub b)", en: "AVG17_3b_LEGAL_OBLIGATION")
      case "NO_STANDING": Text(nl: "verzoeker niet bevoegd", en: "NO_STANDING")
      case "IDENTITY_NOT_ESTABLISHED": Text(nl: "identiteit niet vastgesteld (AVG art. 12 lid 6)", en: "IDENTITY_NOT_ESTABLISHED")
      case "BW1_377C_CHILD_INTEREST": Text(nl: "belang van het kind (BW 1:377c)", en: "BW1_377C_CHILD_INTEREST")
      default: nil
      }
    }
    /// The label of a `BreachKind` value in an export.
    public static func breachKind(_ value: String) -> Text? {
      switch value {
      case "securityIncident": Text(nl: "beveiligingsincident", en: "securityIncident")
      case "dataBreach": Text(nl: "datalek", en: "dataBreach")
      case "nearMiss": Text(nl: "bijna-incident", en: "nearMiss")
      default: nil
      }
    }
    /// The label of a `BreachStatus` value in an export.
    public static func breachStatus(_ value: String) -> Text? {
      switch value {
      case "registered": Text(nl: "geregistreerd", en: "registered")
      case "assessed": Text(nl: "beoordeeld", en: "assessed")
      case "reported": Text(nl: "gemeld", en: "reported")
      case "closed": Text(nl: "afgerond", en: "closed")
      default: nil
      }
    }
    /// The label of a `CIAType` value in an export.
    public static func cia(_ value: String) -> Text? {
      switch value {
      case "confidentiality": Text(nl: "vertrouwelijkheid", en: "confidentiality")
      case "integrity": Text(nl: "integriteit", en: "integrity")
      case "availability": Text(nl: "beschikbaarheid", en: "availability")
      default: nil
      }
    }
    /// The label of a `RiskLevel` value in an export.
    public static func risk(_ value: String) -> Text? {
      switch value {
      case "unlikely": Text(nl: "geen risico waarschijnlijk", en: "unlikely")
      case "risk": Text(nl: "risico", en: "risk")
      case "high": Text(nl: "hoog risico", en: "high")
      default: nil
      }
    }
    /// The label of a `ExemptionGround` value in an export.
    public static func exemption(_ value: String) -> Text? {
      switch value {
      case "encrypted": Text(nl: "versleuteld (art. 34 lid 3 sub a)", en: "encrypted")
      case "subsequentMeasures": Text(nl: "maatregelen achteraf (art. 34 lid 3 sub b)", en: "subsequentMeasures")
      case "disproportionateEffort": Text(nl: "onevenredige inspanning (art. 34 lid 3 sub c)", en: "disproportionateEffort")
      default: nil
      }
    }
    /// The label of a `ProcessorStatus` value in an export.
    public static func processorStatus(_ value: String) -> Text? {
      switch value {
      case "active": Text(nl: "actief", en: "active")
      case "ended": Text(nl: "beëindigd", en: "ended")
      default: nil
      }
    }
    /// The label of a `ConvenantStatus` value in an export.
    public static func convenant(_ value: String) -> Text? {
      switch value {
      case "participant": Text(nl: "deelnemer", en: "participant")
      case "supporter": Text.alike("supporter")
      case "none": Text(nl: "geen", en: "none")
      default: nil
      }
    }
    /// The label of a `AgreementModel` value in an export.
    public static func agreementModel(_ value: String) -> Text? {
      switch value {
      case "model4_0": Text(nl: "model 4.0", en: "model4_0")
      case "generalModel": Text(nl: "algemeen model", en: "generalModel")
      case "model3_0": Text(nl: "model 3.0", en: "model3_0")
      case "model2_0": Text(nl: "model 2.0", en: "model2_0")
      case "supplierOwn": Text(nl: "eigen model leverancier", en: "supplierOwn")
      case "other": Text(nl: "anders", en: "other")
      default: nil
      }
    }
    /// The label of a `ProcessingStatus` value in an export.
    public static func processingStatus(_ value: String) -> Text? {
      switch value {
      case "active": Text(nl: "actief", en: "active")
      case "ended": Text(nl: "beëindigd", en: "ended")
      default: nil
      }
    }
    /// The label of a `BasisLetter` value in an export.
    public static func basisLetter(_ value: String) -> Text? {
      switch value {
      case "a": Text(nl: "a: toestemming", en: "a")
      case "b": Text(nl: "b: overeenkomst", en: "b")
      case "c": Text(nl: "c: wettelijke verplichting", en: "c")
      case "d": Text(nl: "d: vitaal belang", en: "d")
      case "e": Text(nl: "e: taak van algemeen belang", en: "e")
      case "f": Text(nl: "f: gerechtvaardigd belang", en: "f")
      default: nil
      }
    }
  }
}
