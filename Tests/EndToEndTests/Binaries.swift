import Foundation
import Testing

/// Where the built executables are: `$AVGD_BIN_DIR` (set by run.sh), else beside the test bundle.
enum Binaries {
  static var directory: URL {
    if let d = ProcessInfo.processInfo.environment["AVGD_BIN_DIR"], !d.isEmpty { return URL(fileURLWithPath: d) }
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On Linux the runner is .build/<triple>/debug/avgdPackageTests.xctest.
    if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
    return dir
  }

  static var avgd: String { directory.appendingPathComponent("avgd").path }
  static var fixtureServer: String { directory.appendingPathComponent("avgd-fixture-server").path }

  /// The package root (for Protocol/ files).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// A fresh private temporary directory.
  static func temporaryDirectory() -> String {
    let path = "/tmp/avgd-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(path, 0o700)
    chmod(path, 0o700)  // whatever the test process's umask is at this moment
    return path
  }
}

/// The harness finds what it runs: a missing binary fails here, plainly, not as a hang elsewhere.
@Suite struct BinariesTests {
  @Test func theBuiltExecutablesAreWhereTheTestsLook() {
    #expect(FileManager.default.isExecutableFile(atPath: Binaries.avgd), "\(Binaries.avgd)")
    #expect(FileManager.default.isExecutableFile(atPath: Binaries.fixtureServer), "\(Binaries.fixtureServer)")
    #expect(FileManager.default.fileExists(atPath: Binaries.packageRoot.appendingPathComponent("Protocol/openrpc.json").path))
  }
}
