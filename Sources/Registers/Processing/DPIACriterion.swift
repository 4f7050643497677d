/// The nine criteria of the EDPB/WP29 guidelines on DPIA (WP248 rev.01), recorded as facts of an
/// activity: two or more mean a DPIA is needed in most cases (AVG art. 35(1); duties.md §2.1, D5).
public enum DPIACriterion: String, Sendable, CaseIterable {
  /// 1. Evaluation or scoring, including profiling and predicting (LVS signals, learning analytics).
  case evaluationOrScoring
  /// 2. Automated decision-making with legal or similarly significant effect.
  case automatedDecision
  /// 3. Systematic monitoring (cameras, device monitoring).
  case systematicMonitoring
  /// 4. Sensitive or highly personal data (zorgdossier, behaviour notes).
  case sensitiveData
  /// 5. Processing on a large scale (board-wide LAS, cloud suite).
  case largeScale
  /// 6. Matching or combining datasets.
  case matchingDatasets
  /// 7. Vulnerable data subjects: children (preset when students are data subjects, D5).
  case vulnerableSubjects
  /// 8. Innovative use of new technological or organisational solutions (AI tools, biometrics).
  case innovativeTechnology
  /// 9. Processing that prevents people from exercising a right or using a service.
  case preventsRightOrService
}
