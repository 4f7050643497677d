/// Where a student's own request under 16 goes (rules.md §1.3 [!], settled decision 7): the
/// request is registered and never turned away; the legal representatives hold the right, so the
/// privacy officer routes it to them, or an authorised staff member accepts the student's own
/// request with a recorded justification of the student's capacity (EDPB Guidelines 01/2022: the
/// child's best interest [U]).
public enum RouteTarget: String, Sendable, Hashable, CaseIterable {
  /// The legal representatives (parents with authority, guardians) take the request over.
  case legalRepresentatives
  /// The school accepts the student's own request (the student's capacity, justified).
  case student

  /// The `route.status` member of the record.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Registered, not yet routed or accepted: no decision can be taken yet.
    case pending
    /// Routed to the legal representatives: they are now the requester.
    case legalRepresentatives
    /// Accepted for the student with a recorded justification.
    case acceptedForStudent
  }

  /// The status this target leads to.
  public var status: Status { self == .student ? .acceptedForStudent : .legalRepresentatives }
}
