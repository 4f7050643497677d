import JSON
import Rules

/// The facets of the requests register: what `requests.list` and `requests.export` filter on
/// (status, type, student, school, the due date that counts, and that date while an answer is
/// still owed, for `overdue`). Read through `RequestRecord`, so a filter means what the record
/// means: the effective due date is the extended one after an extension (AVG art. 12(3)).
public enum RequestFacets {
  /// Facet names, as the filters use them.
  public static let status = "status", type = "type", student = "studentId", school = "school"
  /// The effective due date (days since 1970), whatever the status.
  public static let due = "due"
  /// The effective due date while the request is pending; nothing once it is closed.
  public static let pendingDue = "pendingDue"

  /// The facets.
  public static let facets = RegisterFacets([status, type, student, school, due, pendingDue]) { json in
    let r = RequestRecord(json)
    let due = RegisterFacets.Value.number(r.effectiveDueOn.map { Int64($0.daysSinceEpoch) })
    return [
      .text(r.status?.rawValue), .text(r.type?.rawValue), .text(r.studentID), .text(r.school),
      due, r.status?.isPending == true ? due : .none,
    ]
  }
}
