import JSON
import Rules

/// An index a register keeps in step with its records, so a due list reads only the records it
/// may show instead of walking the whole register: each record has a key (a due date, a report
/// deadline) while it awaits something, and none otherwise. `Register.apply`, `remove` and
/// `restore` keep it current; reads ask for the ids whose key is at most a bound.
public struct RegisterIndex: Sendable {
  /// The key of a record while it is indexed, `nil` when it is not.
  let key: @Sendable (JSONObject) -> Int64?
  /// The key of each indexed id.
  private var keyOf: [String: Int64] = [:]
  /// The ids under each key.
  private var buckets: [Int64: Set<String>] = [:]

  /// An index keyed by `key`.
  public init(key: @escaping @Sendable (JSONObject) -> Int64?) { self.key = key }

  /// The number of indexed records.
  public var count: Int { keyOf.count }

  /// Files record `id` under its key, or drops it (`record` nil: removed, or key nil).
  mutating func update(_ id: String, _ record: JSONObject?) {
    let new = record.flatMap(key)
    let old = keyOf[id]
    guard old != new else { return }
    if let old {
      buckets[old]?.remove(id)
      if buckets[old]?.isEmpty == true { buckets[old] = nil }
    }
    keyOf[id] = new
    if let new { buckets[new, default: []].insert(id) }
  }

  /// The ids whose key is at most `bound` (every indexed id when `bound` is nil), unordered.
  func ids(upTo bound: Int64?) -> [String] {
    guard let bound else { return Array(keyOf.keys) }
    var out: [String] = []
    for (k, ids) in buckets where k <= bound { out.append(contentsOf: ids) }
    return out
  }
}
