/// What was registered: the school keeps one register of incidents and breaches (Kennisnet,
/// rules.md §3.1), and only a data breach (AVG art. 4(12)) starts the art. 33/34 duties.
public enum BreachKind: String, Sendable, CaseIterable {
  /// A failure of security that does not affect personal data (Normenkader IBP; decision 31).
  case securityIncident
  /// A personal data breach, AVG art. 4(12): the 72-hour clock of art. 33(1) runs.
  case dataBreach
  /// Security almost failed; registered so the school learns from it (sector policy, not AVG).
  case nearMiss
}
