import JSON
import Registers
import Rules

/// The sources of today's overview, in order. Add a register's `StatusSource` here.
enum StatusSources {
  /// Every source.
  static let all: [any StatusSource] = [RequestsStatus(), BreachesStatus(), ProcessorsStatus(), SharingStatus()]

  /// Every register any source reads, deduplicated.
  static var registers: [String] {
    var seen = Set<String>()
    return all.flatMap(\.registers).filter { seen.insert($0).inserted }
  }
}
