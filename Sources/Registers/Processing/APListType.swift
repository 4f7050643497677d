/// The types on the AP's list of processing that always needs a DPIA (Besluit lijst verwerkingen
/// DPIA verplicht, Stcrt. 2019, 64418; art. 35(4)) that occur in schools (duties.md §2.2).
public enum APListType: String, Sendable, CaseIterable {
  /// Cameratoezicht: structural or long-term camera surveillance.
  case cameraSurveillance
  /// Heimelijk onderzoek: covert investigation.
  case covertInvestigation
  /// Controle werknemers: monitoring staff.
  case employeeMonitoring
  /// Gezondheidsgegevens on a large scale.
  case healthData
  /// Samenwerkingsverbanden: sharing in partnerships of public and private parties.
  case partnerships
  /// Biometrische gegevens.
  case biometrics
  /// Locatiegegevens.
  case locationData
  /// Communicatiegegevens.
  case communicationData
  /// Profilering.
  case profiling
  /// Observatie en beïnvloeding van gedrag.
  case behaviourObservation
  /// Internet of things.
  case internetOfThings
}
