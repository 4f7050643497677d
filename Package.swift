// swift-tools-version: 6.0
// avgd: AVG (GDPR) duties of Dutch schools as a JSON-RPC 2.0 service. Foundation only: no package dependencies.
// One section per target, dependencies pointing one way:
//   Wording (texts) ← everything;  JSON ← JSONRPC ← Transport;  Rules ← Registers;  JSON ← Store;  all of them ← Service ← avgd
import PackageDescription

let package = Package(
  name: "avgd",
  products: [
    .executable(name: "avgd", targets: ["avgd"]),
  ],
  targets: [
    // MARK: Wording: the catalogue of every human-readable text, in Dutch and English (issue 16 §1).
    .target(name: "Wording"),
    .testTarget(name: "WordingTests", dependencies: ["Wording"]),

    // MARK: JSON: exact JSON values, a lean parser and a direct writer (no Double for numbers).
    .target(name: "JSON", dependencies: ["Wording"]),
    .testTarget(name: "JSONTests", dependencies: ["JSON"]),

    // MARK: JSONRPC: the JSON-RPC 2.0 wire model, method declarations and dispatch. Knows no domain.
    .target(name: "JSONRPC", dependencies: ["JSON", "Wording"]),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "JSON", "JSONRPCFixtures", "Wording"]),
    // Test-only: the JSON-RPC 2.0 §7 fixture methods (subtract, sum, get_data, ...).
    .target(name: "JSONRPCFixtures", dependencies: ["JSONRPC", "JSON", "Wording"], path: "Tests/JSONRPCFixtures"),

    // MARK: Transport: framing (NDJSON, Content-Length), connections, stdio and Unix sockets.
    .target(name: "Transport", dependencies: ["JSONRPC", "JSON", "Wording"]),
    .testTarget(name: "TransportTests", dependencies: ["Transport", "JSONRPC", "JSON"]),

    // MARK: Rules: pure functions of dates and facts (ages, right holders, deadlines, holidays).
    .target(name: "Rules", dependencies: ["Wording"]),
    .testTarget(name: "RulesTests", dependencies: ["Rules", "Wording"]),

    // MARK: Store: the append-only journal, snapshots, lock, verification and backup.
    .target(name: "Store", dependencies: ["JSON", "Wording"]),
    .testTarget(name: "StoreTests", dependencies: ["Store", "JSON", "Wording"]),

    // MARK: Registers: records and state machines of the registers; pure, event-sourced.
    .target(name: "Registers", dependencies: ["Rules", "JSON", "Wording"]),
    .testTarget(name: "RegistersTests", dependencies: ["Registers", "Rules", "JSON", "Wording"]),

    // MARK: Service: binds each published method to the rules, registers and store.
    .target(name: "Service", dependencies: ["JSONRPC", "JSON", "Rules", "Registers", "Store", "Wording"]),
    .testTarget(name: "ServiceTests", dependencies: ["Service", "JSONRPC", "JSON", "Rules", "Registers", "Store", "Wording"]),

    // MARK: avgd: the executable; owns the command line and signals.
    .executableTarget(name: "avgd", dependencies: ["Service", "Transport", "JSONRPC", "JSON", "Store", "Wording"]),

    // MARK: Test-only: the JSON-RPC §7 fixture server (subtract, sum, ...) on the real transports.
    .executableTarget(
      name: "avgd-fixture-server", dependencies: ["Transport", "JSONRPC", "JSON", "JSONRPCFixtures"],
      path: "Tests/FixtureServer"),
    // Test-only: appends from several threads and reports durable seqs, to be SIGKILLed by StoreTests;
    // also the disk-full child (RLIMIT_FSIZE is process-wide, so it must not run inside the test runner).
    .executableTarget(name: "avgd-store-torture", dependencies: ["Store", "JSON"], path: "Tests/StoreTorture"),
    // Benchmarks (./run.sh bench): in-process rates, store making and replay timing; see BENCHMARKS.md.
    .executableTarget(
      name: "avgd-bench", dependencies: ["Service", "Store", "Registers", "Rules", "JSONRPC", "JSON"],
      path: "Benchmarks/Tool"),
    // End-to-end tests start the real binaries over stdio and the socket.
    .testTarget(name: "EndToEndTests", dependencies: ["JSON", "JSONRPCFixtures", "Service", "Wording"]),
  ],
  swiftLanguageModes: [.v6]
)
