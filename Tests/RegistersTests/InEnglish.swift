import Testing
import Wording

/// Runs a test, or every test of a suite, with English as the language of the texts it reads
/// outside a call (issue 16 §1: Dutch is the default). For tests whose expectations are the
/// English texts; the Dutch ones are held by the language tests.
struct InEnglish: TestTrait, SuiteTrait, TestScoping {
  var isRecursive: Bool { true }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    try await Language.$binding.withValue(.en) { try await function() }
  }
}

extension Trait where Self == InEnglish {
  /// The test's texts in English.
  static var inEnglish: Self { InEnglish() }
}
