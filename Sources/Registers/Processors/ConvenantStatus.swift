/// A supplier's standing under the Convenant Digitale Onderwijsmiddelen en Privacy, as checked in
/// its public register (privacyconvenant.nl; rules.md §6, decision 39).
public enum ConvenantStatus: String, Sendable, CaseIterable {
  /// Deelnemer: signed the convenant; uses model verwerkersovereenkomst 4.0.
  case participant
  /// Medestander: supports it; uses the algemene model verwerkersovereenkomst.
  case supporter
  /// Not in the convenant's register.
  case none
}
