import JSON
import JSONRPC
import Testing

@testable import Service

/// The rules methods' real values on the wire.
@Suite struct RulesMethodsTests {
  @Test func resolveListsEveryRightWithBasis() throws {
    let r = call(try makeService(), "rights.resolve", ["birthDate": "2010-03-15", "on": "2026-03-14"])
    #expect(r["age"] == 15)
    let rights = r["rights"]?.arrayValue ?? []
    #expect(rights.compactMap { $0["right"]?.stringValue } == [
      "access", "rectification", "erasure", "restriction", "objection", "portability", "consent", "results",
    ])
    for e in rights {
      #expect(e["holders"] == ["parents"])
      #expect(e["until"] == "2026-03-15")
      #expect(e["since"] == nil)
      #expect(e["parentsWithStudentConsent"] == false)
      #expect(e["basis"]?["article"]?.stringValue?.isEmpty == false)
      #expect(e["basis"]?["sentence"]?.stringValue?.isEmpty == false)
    }
    #expect(r["nextChange"]?["on"] == "2026-03-15")
  }

  @Test func resolveFrom18() throws {
    let r = call(try makeService(), "rights.resolve", ["birthDate": "2008-02-29", "on": "2026-03-01"])
    #expect(r["age"] == 18)
    #expect(r["nextChange"] == nil)
    let results = r["rights"]?.arrayValue?.first { $0["right"] == "results" }
    #expect(results?["holders"] == ["student"])
    #expect(results?["parentsWithStudentConsent"] == true)
    #expect(results?["since"] == "2026-03-01")
  }

  @Test(arguments: [("march1", 17), ("february28", 18)])
  func leapDayConventionFromConfiguration(convention: String, expected: Int) throws {
    let service = try makeService(convention: convention)
    #expect(call(service, "rights.resolve", ["birthDate": "2008-02-29", "on": "2026-02-28"])["age"] == .int(expected))
  }

  @Test func defaultOnIsTodayInAmsterdam() throws {
    // 23:30 UTC on 14 March is already 15 March in Amsterdam.
    let service = try makeService(now: "2026-03-14T23:30:00Z")
    let r = call(service, "rights.resolve", ["birthDate": "2010-03-15"])
    #expect(r["on"] == "2026-03-15")
    #expect(r["age"] == 16)
    #expect(call(service, "rights.check", ["birthDate": "2010-03-15", "right": "access", "requester": "student"])["entitled"] == true)
  }

  @Test(arguments: [
    ("parentWithoutAuthority", "access", false, "BW 1:377c"),
    ("caregiver", "access", false, "Channel B"),
    ("caregiver", "results", true, "ouder"),
    ("curator", "consent", false, "adult student"),
    ("guardian", "consent", true, "guardian"),
    ("student", "access", false, "under 16"),
  ])
  func checkReasons(requester: String, right: String, entitled: Bool, reasonContains: String) throws {
    let r = call(try makeService(), "rights.check", [
      "birthDate": "2012-05-01", "on": "2026-03-15", "right": .string(right), "requester": .string(requester), "language": "en",
    ])
    #expect(r["entitled"] == .bool(entitled))
    #expect(r["reason"]?.stringValue?.contains(reasonContains) == true, "\(r["reason"] ?? .null)")
    #expect(r["on"] == "2026-03-15")
  }

  @Test func timelineChangesCarryTheNewEntries() throws {
    let r = call(try makeService(), "rights.timeline", ["birthDate": "2010-03-15", "from": "2026-03-15T00:30:00+01:00"])
    #expect(r["from"] == "2026-03-15")
    #expect(r["dates"] == ["2026-03-15", "2028-03-15"])
    let changes = r["changes"]?.arrayValue ?? []
    #expect(changes.count == 2)
    #expect(changes.first?["age"] == 16)
    #expect(changes.first?["rights"]?.arrayValue?.count == 8)
    #expect(changes.last?["rights"]?.arrayValue?.first?["parentsWithStudentConsent"] == true)
  }

  /// rules.md §2.2: received, base, due, extended base, extended due, chained.
  @Test(arguments: [
    ("2026-03-05", "2026-04-05", "2026-04-07", "2026-06-05", "2026-06-05", "2026-06-05"),
    ("2026-01-31", "2026-02-28", "2026-03-02", "2026-04-30", "2026-04-30", "2026-04-28"),
    ("2028-01-31", "2028-02-29", "2028-02-29", "2028-04-30", "2028-05-01", "2028-04-29"),
    ("2026-05-31", "2026-06-30", "2026-06-30", "2026-08-31", "2026-08-31", "2026-08-30"),
    ("2026-02-28", "2026-03-28", "2026-03-30", "2026-05-28", "2026-05-28", "2026-05-28"),
    ("2026-04-30", "2026-05-30", "2026-06-01", "2026-07-30", "2026-07-30", "2026-07-30"),
    ("2026-11-26", "2026-12-26", "2026-12-28", "2027-02-26", "2027-02-26", "2027-02-26"),
  ])
  func requestDeadlines(received: String, base: String, due: String, extBase: String, extDue: String, chained: String) throws {
    let r = call(try makeService(), "deadlines.request", ["receivedOn": .string(received), "extended": true])
    #expect(r["receivedOn"] == .string(received))
    #expect(r["baseDueOn"] == .string(base))
    #expect(r["dueOn"] == .string(due))
    #expect(r["extendedBaseDueOn"] == .string(extBase))
    #expect(r["extendedDueOn"] == .string(extDue))
    #expect(r["chainedExtendedDueOn"] == .string(chained))
    #expect(r["dueBy"]?.stringValue?.hasPrefix("\(due)T23:59:59+0") == true)
  }

  @Test func requestWithoutExtensionOmitsExtendedMembers() throws {
    let r = call(try makeService(), "deadlines.request", ["receivedOn": "2026-11-26"])
    #expect(r["extendedDueOn"] == nil)
    #expect(r["dueBy"] == "2026-12-28T23:59:59+01:00")
    #expect(r["rolledOver"]?.arrayValue?.compactMap { $0["date"]?.stringValue } == ["2026-12-26", "2026-12-27"])
  }

  @Test(arguments: [
    ("2026-10-23T10:15:00+02:00", "2026-10-26T09:15:00+01:00"),
    ("2026-12-24T15:00:00Z", "2026-12-27T16:00:00+01:00"),
    ("2026-06-01T12:00:00.5Z", "2026-06-04T14:00:00.500+02:00"),
  ])
  func breach(aware: String, reportBy: String) throws {
    #expect(call(try makeService(), "deadlines.breach", ["awareAt": .string(aware)])["reportBy"] == .string(reportBy))
  }

  @Test(arguments: [(2031, "2031-04-26"), (2036, "2036-04-26"), (2026, "2026-04-27"), (1900, "1900-04-27"), (2200, "2200-04-26")])
  func holidaysKingsDay(year: Int, kingsDay: String) throws {
    let r = call(try makeService(), "calendar.holidays", ["year": .int(year)])
    let list = r["holidays"]?.arrayValue ?? []
    #expect(list.count == 9)
    #expect(list.first { $0["key"] == "kingsDay" }?["date"] == .string(kingsDay))
  }
}

@Suite struct RulesMethodsDefaultsTests {
  @Test func timelineDefaultsToBirthThrough18() throws {
    let r = call(try makeService(), "rights.timeline", ["birthDate": "2010-03-15"])
    #expect(r["from"] == "2010-03-15")
    #expect(r["to"] == "2028-03-15")
    #expect(r["dates"] == ["2026-03-15", "2028-03-15"])
  }

  @Test func checkDefaultsOnToToday() throws {
    let r = call(try makeService(), "rights.check", ["birthDate": "2010-11-29", "right": "consent", "requester": "student"])
    #expect(r["on"] == "2026-11-29")
    #expect(r["entitled"] == true)
  }
}
