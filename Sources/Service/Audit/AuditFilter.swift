import JSON
import JSONRPC
import Registers
import Wording

/// The filter of a filtered `list` or `export`, as its audit event keeps it: the validated filter
/// params, nothing else, so the event costs the same journal bytes however many records matched
/// (issue 13 §3). `audit.list {recordId}` later runs the same filter, through the register's own
/// `RegisterReads.Selection`, against the record as it was at the read's journal position
/// (`Register.version(of:at:)`), so it answers "who read R-2026-0001" exactly (AVG art. 5(2)).
///
/// A filter whose meaning depends on the moment of the read cannot be run again later with the
/// same result: `overdue` counts from the read's "now". A read filtered on it is audited by ids
/// (`momentary`; Protocol/access.md, "Audit of reads").
struct AuditFilter: Equatable {
  /// The member of the audit event's `answer` holding the filter.
  static let member = "filter"
  /// Filter params whose meaning depends on when the read ran: reads using one keep their ids.
  static let momentary: Set<String> = ["overdue"]

  /// The filter params, by name.
  let params: JSONObject

  /// The shared reads of every register whose `list` and `export` take filters, by register name.
  /// A test checks that every `*.export` in the method catalog is here.
  static let reads: [String: RegisterReads] = {
    let all = [
      RequestsReads.reads, BreachesReads.reads, SharingReads.reads, ConsentsReads.reads, SharingAssessmentsReads.reads,
      ComplaintsReads.reads, PublicationsReads.publications, PublicationsReads.consents, StaffReads.reads,
      ProcessingReads.reads, ProcessorsReads.reads, InformationReads.reads,
    ]
    return Dictionary(all.map { ($0.register, $0) }, uniquingKeysWith: { a, _ in a })
  }()

  /// The filter of a call of `reads`' `list` or `export` with `params` (already validated by the
  /// handler): the filter params given and not null, in name order; nil when there are none.
  init?(_ params: Params, of reads: RegisterReads) {
    let given = reads.filterParams.map(\.name).sorted().compactMap { name -> (String, JSONValue)? in
      guard let v = params.object[name], !v.isNull else { return nil }
      return (name, v)
    }
    guard !given.isEmpty else { return nil }
    self.params = JSONObject(given)
  }

  /// The filter an audit event's `answer` holds, if any.
  init?(answer: JSONObject) {
    guard let params = answer[Self.member]?.objectValue else { return nil }
    self.params = params
  }

  /// True when the filter can be run again later with the same result (no `momentary` param).
  var repeatable: Bool { !params.contains { Self.momentary.contains($0.key) } }

  /// A test of one record of register `r` (as it was) against this filter, built once for many
  /// records. A register that takes no filters, or params that no longer read (which a kept event
  /// should not cause: they were validated when it was written), is -32603 naming the register:
  /// answering "not returned" would drop a read from "who read record X" (AVG art. 5(2)).
  func test(for r: Register, _ service: AvgdService) throws(RPCError) -> (JSONObject) -> Bool {
    guard let reads = Self.reads[r.name] else {
      throw RPCError.internalError(Texts.Failures.auditFilterNoReads(r.name).string)
    }
    let p = Params(params)
    func unreadable(_ error: RPCError) -> RPCError {
      let field = error.data?["field"]?.stringValue ?? Self.member
      let reason = error.data?["reason"]?.stringValue ?? error.message
      return RPCError.internalError(Texts.Failures.auditFilterUnreadable(r.name, field: field, reason).string)
    }
    switch reads.filter {
    case .records(let make):
      do { return try make(p, service) } catch { throw unreadable(error) }
    case .facets(let make):
      let conditions: [FacetCondition]
      do { conditions = try make(p, service) } catch { throw unreadable(error) }
      // The conditions are checked once here (`record(_:meets:)` throws for the conditions alone,
      // never for a record), so the test below cannot fail on any record.
      do { _ = try r.record(JSONObject(), meets: conditions) } catch { throw unreadable(error.rpcError) }
      return { record in (try? r.record(record, meets: conditions)) ?? false }  // cannot throw: checked above
    }
  }
}
