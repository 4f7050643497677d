/// A JSON object that keeps its members in order.
///
/// Order matters to people reading replies, to CSV column order and to comparing the served
/// OpenRPC document with the committed one. Objects on this wire are small, so lookups scan.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
  /// The members in order; keys are unique.
  public private(set) var members: [(key: String, value: JSONValue)]

  /// An empty object.
  public init() { members = [] }

  /// An object from ordered members; a later duplicate key replaces the earlier value in place.
  public init(_ pairs: [(String, JSONValue)]) {
    members = []
    members.reserveCapacity(pairs.count)
    // Small objects (nearly everything on the wire) find duplicates by scanning, as the subscript
    // does. Large ones (a snapshot's `histories` has one member per record; the parser builds its
    // objects here too) index their keys, so an n-member object costs O(n), not O(n²): at 100k
    // records the scan made each snapshot take minutes. Same result: a later duplicate replaces
    // the earlier value in place.
    guard pairs.count > 32 else {
      for (k, v) in pairs { self[k] = v }
      return
    }
    var index: [String: Int] = [:]
    index.reserveCapacity(pairs.count)
    for (k, v) in pairs {
      if let i = index[k] {
        members[i].value = v
      } else {
        index[k] = members.count
        members.append((k, v))
      }
    }
  }

  public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }

  /// The member's value, or `nil`; setting `nil` removes the member.
  public subscript(key: String) -> JSONValue? {
    get {
      for m in members where m.key == key { return m.value }
      return nil
    }
    set {
      if let i = members.firstIndex(where: { $0.key == key }) {
        if let newValue { members[i].value = newValue } else { members.remove(at: i) }
      } else if let newValue {
        members.append((key, newValue))
      }
    }
  }

  /// The keys in order.
  public var keys: [String] { members.map(\.key) }
  /// Number of members.
  public var count: Int { members.count }
  /// True when there are no members.
  public var isEmpty: Bool { members.isEmpty }

  public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
    members.makeIterator()
  }

  /// Objects are equal when they hold the same members, whatever their order (RFC 8259 §4).
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.members.count == rhs.members.count else { return false }
    for m in lhs.members where rhs[m.key] != m.value { return false }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(members.count)
    for key in keys.sorted() { hasher.combine(key); hasher.combine(self[key]) }
  }
}
