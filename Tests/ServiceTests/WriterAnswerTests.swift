import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// No request command is a way for the administration to read requests (issue 14, item 9): every
/// command that answers an existing record (respond, withdraw, correct, a repeated open by its
/// `externalRef`) answers a writer who may not `requests.get` only where the request stands, and a
/// repeated open, which reads an existing record, is audited; a new open is not a read.
@Suite struct WriterAnswerTests {
  let t = AnswerAuditTests.self

  static let stands: Set<String> = [
    "id", "type", "status", "receivedOn", "dueOn", "dueBy", "extendedDueOn", "extendedDueBy", "identity", "alreadyRegistered",
  ]

  static func isWriterView(_ v: JSONValue?) -> Bool {
    guard let o = v?.objectValue else { return false }
    return Set(o.keys).isSubset(of: stands) && o["requester"] == nil && o["description"] == nil && o["student"] == nil
  }

  @Test func respondWithdrawAndCorrectAnswerTheAdministrationOnlyWhereItStands() throws {
    let s = try AnswerAuditTests()
    let a = try s.openRequest(), b = try s.openRequest()
    let corrected = try s.ok("requests.correct", ["id": .string(a), "fields": ["description": "alles over mijn dochter"], "reason": "tikfout"], as: s.desk)
    #expect(Self.isWriterView(corrected["request"]), "\(corrected)")
    #expect(Self.isWriterView(try s.ok("requests.withdraw", ["id": .string(b)], as: s.desk)))
    let full = try s.ok("requests.correct", ["id": .string(a), "fields": ["description": "alles over mijn kind"], "reason": "tikfout"], as: s.fg)
    #expect(full["request"]?["description"] == "alles over mijn kind")
  }

  @Test func aRepeatedOpenIsAnAuditedReadInTheWriterView() throws {
    let s = try AnswerAuditTests()
    let open: JSONObject = [
      "type": "access", "student": ["id": "S-8", "birthDate": "2013-02-01"], "externalRef": "SIS-4711",
      "requester": ["relationship": "parent", "name": "P. Bakker", "contact": "p.bakker@example.nl"],
      "receivedOn": "2026-11-20", "description": "het dossier van mijn dochter",
    ]
    let first = try s.ok("requests.open", open, as: s.desk)
    #expect(first["requester"]?["name"] == "P. Bakker")  // what the desk itself just entered
    #expect(try s.audits("requests.open").isEmpty, "a new open is no read")
    let again = try s.ok("requests.open", open, as: s.desk)
    #expect(again["alreadyRegistered"] == true && again["id"] == first["id"])
    #expect(Self.isWriterView(again), "\(again)")
    let events = try s.audits("requests.open")
    #expect(events.count == 1 && events.first?["recordIds"] == [first["id"] ?? .null] && events.first?["actor"] == "balie")
  }
}
