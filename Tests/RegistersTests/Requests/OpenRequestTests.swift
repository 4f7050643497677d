import JSON
import Registers
import Rules
import Testing

/// `requests.open`: deadlines (rules.md §2.2 vectors), standing at receipt, ids, receipt rules.
@Suite struct OpenRequestTests {
  /// received, base 1 month, legal due (rolled), legal extended due.
  static let vectors: [(String, String, String, String)] = [
    ("2026-03-05", "2026-04-05", "2026-04-07", "2026-06-05"),
    ("2026-01-31", "2026-02-28", "2026-03-02", "2026-04-30"),
    ("2028-01-31", "2028-02-29", "2028-02-29", "2028-05-01"),
    ("2026-05-31", "2026-06-30", "2026-06-30", "2026-08-31"),
    ("2026-02-28", "2026-03-28", "2026-03-30", "2026-05-28"),
    ("2026-04-30", "2026-05-30", "2026-06-01", "2026-07-30"),
    ("2026-11-26", "2026-12-26", "2026-12-28", "2027-02-26"),
  ]

  @Test(arguments: vectors)
  func deadlinesThroughOpen(received: String, base: String, due: String, extended: String) throws {
    var desk = Desk()
    desk.now = "2028-12-01T12:00:00+01:00"
    let r = try desk.open(born: "2000-01-01", by: .student, received: received)
    #expect(r.json["baseDueOn"] == .string(base))
    #expect(r.dueOn?.description == due)
    #expect(r.dueBy.map { Amsterdam.date(of: $0).description } == due)
    #expect(r.json["dueBy"]?.stringValue?.hasPrefix(due + "T23:59:59+0") == true)
    let x = try desk.extend(r.id, at: received + "T12:00:00+01:00")
    #expect(x.extendedDueOn?.description == extended)
    #expect(x.effectiveDueOn?.description == extended)
  }

  @Test func anInstantCountsByItsAmsterdamDate() throws {
    var desk = Desk()
    let r = try desk.open(born: "2000-01-01", by: .student, received: "2026-03-14T23:30:00Z")
    #expect(r.receivedOn?.description == "2026-03-15")
    #expect(r.json["receivedAt"] == "2026-03-15T00:30:00+01:00")
    #expect(r.json["registeredAt"] == "2026-11-29T10:00:00+01:00")
    #expect(r.json["registeredBy"] == "test")
  }

  /// birth date, received, type, requester, entitled at receipt.
  static let standing: [(String, String, RequestType, Requester, Bool)] = [
    ("2010-03-15", "2026-03-14", .access, .parent, true),
    ("2010-03-15", "2026-03-15", .access, .parent, false),
    ("2010-03-15", "2026-03-15", .access, .student, true),
    ("2010-03-15", "2026-03-14", .erasure, .student, false),
    ("2010-03-15", "2026-03-14", .rectification, .guardian, true),
    ("2009-03-15", "2026-03-14", .results, .parent, true),
    ("2008-03-15", "2026-03-15", .results, .parent, false),
    ("2014-05-12", "2026-11-20", .access, .parentWithoutAuthority, true),
    ("2014-05-12", "2026-11-20", .erasure, .parentWithoutAuthority, false),
    ("2014-05-12", "2026-11-20", .results, .caregiver, true),
    ("2014-05-12", "2026-11-20", .access, .caregiver, false),
    ("2000-01-01", "2026-11-20", .access, .curator, true),
    ("2012-02-29", "2028-02-29", .access, .student, true),
  ]

  @Test(arguments: standing)
  func standingAtReceipt(born: String, received: String, type: RequestType, requester: Requester, entitled: Bool) throws {
    var desk = Desk()
    desk.now = "2028-12-01T12:00:00+01:00"
    let r = try desk.open(type, born: born, by: requester, received: received)
    #expect(r.entitled == entitled)
    #expect(r.json["entitlementAtReceipt"]?["entitled"] == .bool(entitled))
    #expect(r.json["entitlementAtReceipt"]?["on"] == .string(received))
    #expect(r.json["right"] == .string(type.right.rawValue))
    #expect(r.status == .open)
  }

  @Test func idsNumberPerYearOfReceipt() throws {
    var desk = Desk()
    #expect(try desk.open(received: "2025-12-30").id == "R-2025-0001")
    #expect(try desk.open(received: "2026-01-02").id == "R-2026-0001")
    #expect(try desk.open(received: "2026-01-03").id == "R-2026-0002")
    #expect(try desk.open(received: "2025-12-31").id == "R-2025-0002")
  }

  @Test func receiptInTheFutureOrBeforeBirthIsRefused() throws {
    var desk = Desk()
    #expect(Desk.invalidField(Desk.error { try desk.open(received: "2026-11-29T10:00:01+01:00") }) == "receivedAt")
    #expect(Desk.invalidField(Desk.error { try desk.open(received: "2026-11-30") }) == "receivedOn")
    #expect(Desk.invalidField(Desk.error { try desk.open(born: "2026-12-01", received: "2026-11-20") }) == "student.birthDate")
    #expect(desk.register.order.isEmpty)
  }
}
