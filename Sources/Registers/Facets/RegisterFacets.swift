import JSON
import Rules

/// Small integer columns a register keeps beside its records, so a filtered listing compares
/// integers in one flat array instead of reading every record's JSON. At 100k requests a filter
/// by student or status used to read 100k JSON documents (20–35 ms a page); reading 100k short
/// rows takes well under a millisecond (issue 5: listing stays under 5 ms p99 at 100k).
///
/// A facet is one value per record: a number (dates as days since 1970), a text (interned to a
/// number by `FacetRows`), or nothing. `Register` keeps the rows in step in `apply`, `remove`,
/// `restore` and compaction, so they are never stored: snapshots and journals stay as they are.
public struct RegisterFacets: Sendable {
  /// One facet's value for one record.
  public enum Value: Sendable, Equatable {
    /// The record has no value for this facet.
    case none
    /// A number (a date is its day count since 1970-01-01).
    case number(Int64)
    /// A text, compared for equality only.
    case text(String)

    /// `text`, or `none` when there is no text.
    public static func text(_ s: String?) -> Value { s.map { .text($0) } ?? .none }
    /// `number`, or `none` when there is no number.
    public static func number(_ n: Int64?) -> Value { n.map { .number($0) } ?? .none }
  }

  /// The facets' names, in column order.
  public let names: [String]
  /// The record's value of each facet, in `names` order.
  let values: @Sendable (JSONObject) -> [Value]
  /// Facets with any number of texts per record (`FacetCondition.contains`).
  public let manyNames: [String]
  /// The record's texts of each many-valued facet, in `manyNames` order.
  let manyValues: @Sendable (JSONObject) -> [[String]]

  /// Facets `names`, computed from a record by `values` (one value per name, in order), and
  /// many-valued facets `many`, computed by `manyValues` (one list per name, in order).
  public init(
    _ names: [String], many: [String] = [], values: @escaping @Sendable (JSONObject) -> [Value],
    manyValues: @escaping @Sendable (JSONObject) -> [[String]] = { _ in [] }
  ) {
    self.names = names
    self.values = values
    self.manyNames = many
    self.manyValues = manyValues
  }

  /// The column of facet `name`.
  func column(_ name: String) -> Int? { names.firstIndex(of: name) }
}

/// A condition on one facet; a listing's filters are a list of them, all of which must hold.
public enum FacetCondition: Sendable, Equatable {
  /// The facet's value is exactly this (`.none`: the record has no value).
  case equals(String, RegisterFacets.Value)
  /// The facet holds a number below the bound (a record without a value never matches).
  case below(String, Int64)
  /// The facet holds nothing, or a number at or above the bound: exactly the records `below` leaves out.
  case notBelow(String, Int64)
  /// The facet holds a number at or above the bound (a record without a value never matches).
  case atLeast(String, Int64)
  /// The many-valued facet's texts include this one.
  case contains(String, String)
}
