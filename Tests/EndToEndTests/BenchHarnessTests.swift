import Foundation
import Testing

/// The benchmark harness end to end at its tiniest size (`AVGD_BENCH_QUICK=smoke`, a few seconds):
/// it builds the C baselines, drives the real binaries and writes a report. No timing is asserted;
/// this only proves `./run.sh bench` still works. With the debug binaries and the other suites running
/// in parallel it took about a minute, so it runs only when `AVGD_TEST_BENCH=1` is set.
@Suite struct BenchHarnessTests {
  @Test func smokeRunWritesAReport() throws {
    let gcc = FileManager.default.isExecutableFile(atPath: "/usr/bin/gcc")
    let bench = Binaries.directory.appendingPathComponent("avgd-bench").path
    let wanted = ProcessInfo.processInfo.environment["AVGD_TEST_BENCH"] == "1"
    guard wanted, gcc, FileManager.default.isExecutableFile(atPath: bench) else { return }  // no compiler or tool: nothing to prove
    let dir = Binaries.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Binaries.packageRoot.appendingPathComponent("Benchmarks/bench.py").path]
    var env = ProcessInfo.processInfo.environment
    env["AVGD_BENCH_QUICK"] = "smoke"
    env["AVGD_BENCH_WORK"] = dir + "/work"
    env["AVGD_BENCH_OUT"] = dir + "/BENCHMARKS.md"
    env["AVGD_BIN_DIR"] = Binaries.directory.path
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let report = (try? String(contentsOfFile: dir + "/BENCHMARKS.md", encoding: .utf8)) ?? ""
    for heading in [
      "## Issue 2", "## Issue 3: durable writes", "## Issue 4: in-process calls/s",
      "## Issue 13: rights.resolve with real variety", "## Issue 13: listings at",
    ] {
      #expect(report.contains(heading), "missing \(heading)")
    }
    #expect(report.contains("resident memory per record"), "missing the memory-per-record row")
  }
}
