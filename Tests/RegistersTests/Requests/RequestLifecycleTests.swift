import Registers
import Testing

/// The state machine of Protocol/requests.md, row by row.
@Suite struct RequestLifecycleTests {
  static let cases: [(String, String, String?)] = [
    ("open", "verifyIdentity", "open"), ("open", "extend", "extended"), ("open", "decide", "decided"),
    ("open", "adopt", "open"), ("open", "withdraw", "withdrawn"), ("open", "respond", nil),
    ("extended", "extend", nil), ("extended", "decide", "decided"), ("extended", "verifyIdentity", "extended"),
    ("extended", "adopt", "extended"), ("extended", "withdraw", "withdrawn"), ("extended", "respond", nil),
    ("holderChanged", "adopt", "open"), ("holderChanged", "withdraw", "withdrawn"), ("holderChanged", "decide", nil),
    ("holderChanged", "extend", nil), ("holderChanged", "verifyIdentity", "holderChanged"),
    ("decided", "respond", "responded"), ("decided", "withdraw", "withdrawn"), ("decided", "decide", nil),
    ("decided", "extend", nil), ("responded", "withdraw", nil), ("responded", "respond", nil),
    ("withdrawn", "adopt", nil), ("withdrawn", "decide", nil),
    ("open", "route", "open"), ("extended", "route", "extended"), ("holderChanged", "route", nil),
    ("decided", "route", nil), ("responded", "route", nil),
    ("open", "correct", "open"), ("extended", "correct", "extended"), ("holderChanged", "correct", "holderChanged"),
    ("decided", "correct", "decided"), ("responded", "correct", "responded"), ("withdrawn", "correct", "withdrawn"),
  ]

  @Test(arguments: cases)
  func transition(status: String, action: String, next: String?) {
    do {
      let got = try RequestLifecycle.machine.next(after: action, from: status)
      #expect(got == next, "\(status) --\(action)->")
    } catch {
      #expect(next == nil, "\(status) --\(action)-> refused: \(error)")
      if case .transition(let a, let s, let allowed) = error {
        #expect(a == action && s == status)
        #expect(allowed == RequestLifecycle.machine.allowed(in: status))
        #expect(!allowed.contains(action))
      } else {
        Issue.record("expected a transition error")
      }
    }
  }

  @Test func closedStatesAllowOnlyCorrectionAndEveryStatusHasARow() throws {
    for s in RequestStatus.allCases {
      #expect(RequestLifecycle.machine.transitions[s.rawValue] != nil, "\(s)")
      // A closed request allows only `correct` (its facts, never what was sent; issue 16 §6).
      #expect(RequestLifecycle.machine.allowed(in: s.rawValue).filter { $0 != "correct" }.isEmpty == !s.isPending)
      #expect(try RequestLifecycle.machine.next(after: "correct", from: s.rawValue) == s.rawValue)
    }
  }
}
