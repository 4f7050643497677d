import JSON
import Wording

/// An approximate number as a range (AVG art. 33(3)(a): "approximate number of data subjects /
/// records"; the AP form asks for a minimum and maximum).
public struct CountRange: Sendable, Equatable {
  /// At least this many.
  public let min: Int
  /// At most this many.
  public let max: Int

  /// A range; refuses negative counts and `min > max`, naming `field.min` / `field.max`.
  public init(min: Int, max: Int, field: String) throws(RegisterError) {
    guard min >= 0 else { throw .invalid("\(field).min", Texts.Breaches.negativeCount(min).string) }
    guard max >= 0 else { throw .invalid("\(field).max", Texts.Breaches.negativeCount(max).string) }
    guard min <= max else { throw .invalid("\(field).max", Texts.Breaches.maxBelowMin(min: min, max: max).string) }
    self.min = min
    self.max = max
  }

  /// `{min, max}`.
  public var json: JSONValue { ["min": .int(min), "max": .int(max)] }
}
