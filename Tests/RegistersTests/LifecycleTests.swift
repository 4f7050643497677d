import JSON
import Testing

@testable import Registers

/// The registers' lifecycles are typed (issue 13): every status is a case of the register's status
/// enum, so a misspelt target does not compile. What the compiler cannot see is checked here: every
/// status is reachable from the initial one, closed statuses allow nothing but `correct` (AVG
/// art. 16 applies to a closed record's facts too, issue 16 §6), and a stored status that
/// is no case is refused (1002, nothing allowed) instead of being read as the initial status.
@Suite struct LifecycleTests {
  /// Each register's statuses and which of them are final (allow no action).
  static let closedStatuses: [(name: String, reachableIsAll: Bool, finals: Set<String>, machine: StateMachine, all: Set<String>)] = [
    ("requests", RequestLifecycle.lifecycle.reachable == Set(RequestStatus.allCases), ["responded", "withdrawn"],
     RequestLifecycle.machine, Set(RequestStatus.allCases.map(\.rawValue))),
    ("breaches", BreachMachine.lifecycle.reachable == Set(BreachStatus.allCases), ["closed"],
     BreachMachine.table, Set(BreachStatus.allCases.map(\.rawValue))),
    ("processors", ProcessorMachine.lifecycle.reachable == Set(ProcessorStatus.allCases), [],
     ProcessorMachine.table, Set(ProcessorStatus.allCases.map(\.rawValue))),
    ("consents", ConsentMachine.lifecycle.reachable == Set(ConsentStatus.allCases), ["withdrawn"],
     ConsentMachine.table, Set(ConsentStatus.allCases.map(\.rawValue))),
    ("complaints", ComplaintMachine.lifecycle.reachable == Set(ComplaintStatus.allCases), ["closed"],
     ComplaintMachine.table, Set(ComplaintStatus.allCases.map(\.rawValue))),
  ]

  @Test(arguments: closedStatuses.map(\.name))
  func everyStatusIsReachableAndOnlyFinalStatusesAllowNothing(_ name: String) throws {
    let c = try #require(Self.closedStatuses.first { $0.name == name })
    #expect(c.reachableIsAll, "\(name): a status no action leads to")
    #expect(Set(c.machine.statuses) == c.all)
    for s in c.all {
      let moves = c.machine.allowed(in: s).filter { $0 != "correct" }
      #expect(moves.isEmpty == c.finals.contains(s), "\(name).\(s)")
      if c.finals.contains(s), ["requests", "breaches"].contains(name) {
        #expect(c.machine.allowed(in: s) == ["correct"], "\(name).\(s): a closed record's facts can be corrected")
        #expect(try c.machine.next(after: "correct", from: s) == s)
      }
    }
  }

  @Test func theDescriptorsPublishTheTypedLifecycles() {
    #expect(RegisterKind.requests.lifecycle?.initial == "open")
    #expect(RegisterKind.breaches.lifecycle?.initial == "registered")
    #expect(RegisterKind.processors.lifecycle?.transitions == ProcessorMachine.table.transitions)
    #expect(RegisterKind.audit.lifecycle == nil)
    #expect(RegisterKind.audit.personalData == false)
    #expect(RegisterKind.requests.personalData)
  }

  @Test func anUnknownStoredStatusAllowsNothingInsteadOfFallingBackToOpen() {
    let record = RequestRecord(["id": "R-2026-0001", "status": "opne"])
    #expect(throws: RegisterError.transition(action: "decide", status: "opne", allowed: [])) {
      try RequestLifecycle.next("decide", from: record)
    }
    #expect(throws: RegisterError.transition(action: "close", status: "sluit", allowed: [])) {
      try BreachMachine.lifecycle.next(after: "close", from: "sluit")
    }
  }

  @Test func aTransitionOutsideTheTableListsWhatIsAllowed() throws {
    #expect(throws: RegisterError.transition(action: "respond", status: "open", allowed: ["adopt", "correct", "decide", "extend", "route", "verifyIdentity", "withdraw"])) {
      try RequestLifecycle.lifecycle.next(after: "respond", from: .open)
    }
    #expect(try ComplaintMachine.lifecycle.next(after: "close", from: .open) == .closed)
  }

  @Test func aRegisterTakesItsIndexAndFacetsFromItsKind() {
    #expect(Register(kind: .requests).keepsFacets)
    #expect(Register(kind: .requests).index != nil)
    #expect(Register(kind: .breaches).index != nil)
    #expect(!Register(kind: .sharing).keepsFacets)
    #expect(Register(kind: .sharing).index == nil)
    #expect(Register(kind: .audit).keepsFacets)
  }
}

/// The moves a command chooses from the facts are declared beside the table.
@Suite struct LifecycleAlternativesTests {
  @Test func decideMayLeadToHolderChangedButRespondMayNot() {
    let l = RequestLifecycle.lifecycle
    #expect(l.allows("decide", from: .open, to: .decided))
    #expect(l.allows("decide", from: .extended, to: .holderChanged))
    #expect(!l.allows("respond", from: .decided, to: .holderChanged))
    #expect(!l.allows("decide", from: .responded, to: .holderChanged))
    #expect(l.allows("adopt", from: .holderChanged, to: .extended))
  }
}
