import Foundation
import Service
import Store

/// Start-up cost of a store: `Store.open` alone (read, check every hash and the chain, decode),
/// then the whole service (store + replay into the registers + method table), the snapshot that a
/// clean shutdown writes, and the peak memory of all that.
enum ReplayBench {
  /// Opens `directory` twice (store only, then the service) and prints the times and max RSS.
  static func run(directory: String) throws {
    let (events, storeOpen) = try openStore(directory)
    var start = BenchArgs.now()
    var configuration = ServiceConfiguration()
    configuration.storeDirectory = directory
    let service = try AvgdService(configuration: configuration)
    let serviceOpen = BenchArgs.now() - start
    start = BenchArgs.now()
    service.shutdown()  // writes the snapshot of every register, then closes the store
    let snapshot = BenchArgs.now() - start
    let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/snapshot.json")[.size] as? Int) ?? 0
    BenchArgs.emit([
      ("events", events), ("store_open_s", storeOpen), ("service_open_s", serviceOpen), ("snapshot_s", snapshot),
      ("snapshot_bytes", snapshotBytes ?? 0), ("max_rss_mib", BenchArgs.maxRSSMiB()),
    ])
  }

  /// Opens and closes the store alone (its recovered events are freed on return): events, seconds.
  private static func openStore(_ directory: String) throws -> (Int, Double) {
    let start = BenchArgs.now()
    let store = try Store.open(directory: directory)
    let events = store.recovered.events.count
    let seconds = BenchArgs.now() - start
    store.close()
    return (events, seconds)
  }
}
