import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// One source for who the board is: once `information.configure` has run, the AP form's section 1
/// names the board and the FG recorded there (journaled, AVG art. 5(2)), the same the privacy
/// statement names, instead of a second copy in `settings.json`.
@Suite struct APFormBoardSettingsTests {
  @Test func theAPFormNamesTheBoardAndFGThePrivacyStatementNames() throws {
    let s = try InProcessWithSettings(now: "2026-11-29T10:00:00+01:00", settings: nil)
    let breach = try s.ok("breaches.register", APFormTests.register)
    let id = breach["id"]?.stringValue ?? ""
    let before = try s.ok("breaches.apForm", ["id": .string(id)])
    #expect(APFormTests.answer(before, "contact.board.name")?["missing"] == true)
    _ = try s.ok("information.configure", InformationExamples.settings)
    let after = try s.ok("breaches.apForm", ["id": .string(id)])
    #expect(APFormTests.answer(after, "contact.board.name")?["value"] == "Stichting Kennemer College Groep")
    #expect(APFormTests.answer(after, "contact.person.name")?["value"] == "mr. A. de Vries")
  }
}
