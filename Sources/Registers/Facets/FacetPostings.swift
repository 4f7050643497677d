/// For one many-valued facet (the record ids an audit event names), the positions of the records
/// holding each text, in creation order: "who read R-2026-0042?" then reads the events that name
/// it instead of every event of the audit trail.
///
/// A position is added when a record holding the text is set there and is only dropped by a
/// rebuild, so a list may still name a record that was since changed or removed: readers check the
/// record itself (`FacetRows.matches`), which keeps the answer exact.
struct FacetPostings: Sendable {
  private var lists: [String: [Int]] = [:]

  /// Notes that the record at `position` holds `texts`.
  mutating func add(_ position: Int, _ texts: [String]) {
    for text in Set(texts) {
      var list = lists[text, default: []]
      lists[text] = nil  // keep the array uniquely referenced while it grows
      if let last = list.last, last >= position {
        // A record changed in place: insert in order, once.
        var lo = 0, hi = list.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if list[mid] < position { lo = mid + 1 } else { hi = mid }
        }
        if lo == list.count || list[lo] != position { list.insert(position, at: lo) }
      } else {
        list.append(position)
      }
      lists[text] = list
    }
  }

  /// The positions noted for `text`, ascending (empty when no record held it).
  func positions(_ text: String) -> [Int] { lists[text] ?? [] }

  /// Forgets every position (before a rebuild).
  mutating func removeAll() { lists.removeAll(keepingCapacity: true) }
}
