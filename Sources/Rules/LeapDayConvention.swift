/// Which day a 29 February birthday falls on in a non-leap year.
///
/// Dutch law has no rule (rules.md §1.4, open point 4). The default `march1` follows
/// Reg. 1182/71 art. 3(2)(c) by analogy and BGB §188(3): the years are complete at 00:00 on
/// 1 March. `february28` is the configurable alternative; the service reports the one in use.
public enum LeapDayConvention: String, Sendable, Hashable, CaseIterable {
  /// Non-leap-year anniversary on 1 March (default).
  case march1
  /// Non-leap-year anniversary on 28 February.
  case february28

  /// The default: 1 March.
  public static let `default`: LeapDayConvention = .march1
}
