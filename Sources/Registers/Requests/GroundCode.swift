/// A coded legal ground for withholding, refusing or rejecting (rules.md §2.4 item 3). A
/// written refusal must name its ground (AVG art. 12(4)); codes make the register countable.
public enum GroundCode: String, Sendable, Hashable, CaseIterable {
  /// Restriction to protect the data subject (AVG art. 23(1)(i); UAVG art. 41(1)(i)).
  case UAVG41_1i_PROTECT_DATA_SUBJECT
  /// Restriction to protect the rights and freedoms of others (AVG art. 23(1)(i); UAVG art. 41(1)(i)).
  case UAVG41_1i_RIGHTS_OF_OTHERS
  /// The copy would adversely affect others' rights and freedoms (AVG art. 15(4)).
  case AVG15_4
  /// Manifestly unfounded (AVG art. 12(5)); the school bears the burden of proof.
  case AVG12_5_UNFOUNDED
  /// Manifestly excessive, in particular repetitive (AVG art. 12(5)).
  case AVG12_5_EXCESSIVE
  /// Erasure refused for a legal retention duty or public task (AVG art. 17(3)(b)).
  case AVG17_3b_LEGAL_OBLIGATION
  /// No standing: age or authority (UAVG art. 5(1); BW 1:245(4)), or a parent's results request
  /// for an adult student without the student's consent (settled decision 6).
  case NO_STANDING
  /// Identity could not be established (AVG art. 12(6)).
  case IDENTITY_NOT_ESTABLISHED
  /// BW 1:377c: giving the information to the parent without parental authority is against the
  /// child's interest (settled decision 8). The only ground that refuses a `BW_377C` request.
  case BW1_377C_CHILD_INTEREST

  /// True for the grounds of AVG art. 12(5): a manifestly unfounded or excessive request.
  public var isManifest: Bool { self == .AVG12_5_UNFOUNDED || self == .AVG12_5_EXCESSIVE }

  /// The article the code stands for, for letters and exports: a citation, the same in Dutch and
  /// English.
  public var article: String {
    switch self {
    case .UAVG41_1i_PROTECT_DATA_SUBJECT, .UAVG41_1i_RIGHTS_OF_OTHERS: return Self.cite("AVG", "23(1)(i)") + "; " + Self.cite("UAVG", "41(1)(i)")
    case .AVG15_4: return Self.cite("AVG", "15(4)")
    case .AVG12_5_UNFOUNDED, .AVG12_5_EXCESSIVE: return Self.cite("AVG", "12(5)")
    case .AVG17_3b_LEGAL_OBLIGATION: return Self.cite("AVG", "17(3)(b)")
    case .NO_STANDING: return Self.cite("UAVG", "5(1)") + "; BW 1:245(4); BW 1:233"
    case .IDENTITY_NOT_ESTABLISHED: return Self.cite("AVG", "12(6)")
    case .BW1_377C_CHILD_INTEREST: return "BW 1:377c"
    }
  }

  /// `law` and `article` in citation form ("AVG art. 15(4)").
  private static func cite(_ law: String, _ article: String) -> String { "\(law) art. \(article)" }
}
