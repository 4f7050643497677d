import JSON
import Rules
import Wording

/// The risk assessment of a breach: the facts of art. 33(3)(a)/(c) and the decision of
/// rules.md §3.1 steps 4–6, with its reasoning (EDPB 9/2022 asks for the reasons of every
/// decision not to notify). Counts and categories only, never identities.
public struct BreachAssessment: Sendable {
  /// Confidentiality, integrity, availability (art. 4(12)).
  public var ciaTypes: [CIAType] = []
  /// Kinds of personal data (AP form section 4).
  public var dataCategories: [String] = []
  /// Art. 9/10 categories involved.
  public var specialCategories: [String] = []
  /// Whether minors are among the people (weighs on the risk; art. 34 goes to representatives).
  public var includesMinors: Bool?
  /// Approximate number of people (33(3)(a)).
  public var subjectsAffected: CountRange?
  /// Approximate number of records (33(3)(a)).
  public var recordsAffected: CountRange?
  /// Students, parents, staff, ... (AP form section 5).
  public var subjectCategories: [String] = []
  /// Likely consequences (33(3)(c)).
  public var consequences: String?
  /// Encryption and other measures taken before (AP form section 6; 34(3)(a)).
  public var preBreachMeasures: String?
  /// The decision.
  public var risk: RiskLevel
  /// Why (required for every level: WP250/EDPB 9/2022, decision 29).
  public var riskRationale: String
  /// Who decided: name and role.
  public var assessedByName: String
  /// The decider's role (privacy officer, director, ...).
  public var assessedByRole: String
  /// When.
  public var assessedAt: Instant
  /// An art. 34(3) exemption, only for high risk.
  public var exemption: BreachExemption?

  /// An assessment with the decision; the facts are set afterwards.
  public init(risk: RiskLevel, riskRationale: String, assessedByName: String, assessedByRole: String, assessedAt: Instant) {
    self.risk = risk
    self.riskRationale = riskRationale
    self.assessedByName = assessedByName
    self.assessedByRole = assessedByRole
    self.assessedAt = assessedAt
  }
}

/// An art. 34(3) exemption with its justification (decision 32: "with a stated reason").
public struct BreachExemption: Sendable {
  /// The ground.
  public var ground: ExemptionGround
  /// Why it applies.
  public var justification: String
  /// For 34(3)(c): how the public was told instead (required then).
  public var publicCommunication: String?

  /// An exemption.
  public init(ground: ExemptionGround, justification: String, publicCommunication: String? = nil) {
    self.ground = ground
    self.justification = justification
    self.publicCommunication = publicCommunication
  }
}

extension Breaches {
  /// Records (or revises) the assessment. `unlikely` → no AP report (art. 33(1)) but the
  /// rationale documented (33(5)); `risk`/`high` → AP report required; `high` → the people must be
  /// told (34(1)) unless an art. 34(3) exemption is recorded with its justification.
  public static func assess(id: String, _ a: BreachAssessment, in register: Register) throws(RegisterError)
    -> RegisterChange
  {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "assess", record: before)
    var assessment: JSONObject = ["risk": .string(a.risk.rawValue)]
    assessment["riskRationale"] = .string(try requiredText(a.riskRationale, field: "riskRationale"))
    assessment["ciaTypes"] = .array(a.ciaTypes.map { .string($0.rawValue) })
    assessment["dataCategories"] = .array(a.dataCategories.map { .string($0) })
    assessment["specialCategories"] = .array(a.specialCategories.map { .string($0) })
    if let m = a.includesMinors { assessment["includesMinors"] = .bool(m) }
    if let s = a.subjectsAffected { assessment["subjectsAffected"] = s.json }
    if let r = a.recordsAffected { assessment["recordsAffected"] = r.json }
    assessment["subjectCategories"] = .array(a.subjectCategories.map { .string($0) })
    if let c = a.consequences { assessment["consequences"] = .string(c) }
    if let m = a.preBreachMeasures { assessment["preBreachMeasures"] = .string(m) }
    if let e = a.exemption {
      guard a.risk == .high else {
        throw .invalid("exemption", Texts.Breaches.exemptionOnlyForHighRisk(a.risk.rawValue).string)
      }
      var ex: JSONObject = [
        "ground": .string(e.ground.rawValue), "article": .string(e.ground.article),
        "justification": .string(try requiredText(e.justification, field: "exemption.justification")),
      ]
      if e.ground == .disproportionateEffort {
        ex["publicCommunication"] = .string(try requiredText(e.publicCommunication, field: "exemption.publicCommunication"))
      } else if let p = e.publicCommunication {
        ex["publicCommunication"] = .string(p)
      }
      assessment["exemption"] = .object(ex)
    }
    assessment["assessedBy"] = [
      "name": .string(try requiredText(a.assessedByName, field: "assessedBy.name")),
      "role": .string(try requiredText(a.assessedByRole, field: "assessedBy.role")),
    ]
    assessment["assessedAt"] = .string(Amsterdam.format(a.assessedAt))
    var record = before.json
    record["assessment"] = .object(assessment)
    return try change("assess", event: "assessed", before, record, assessment)
  }
}
