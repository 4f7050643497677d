/// What a complaint is about, as a code: the annual report to the bevoegd gezag counts by it
/// (rules.md §7, "spotting patterns", "annual report"), so it never needs the description.
/// The categories follow the themes of the model klachtenregeling and S&V's incident registration.
public enum ComplaintCategory: String, Sendable, CaseIterable {
  /// Sexual harassment or abuse (ongewenste intimiteiten, seksueel misbruik).
  case sexualHarassment
  /// Bullying (pesten).
  case bullying
  /// Discrimination or racism.
  case discrimination
  /// Aggression or violence (agressie, geweld).
  case aggression
  /// Radicalisation or extremism.
  case radicalisation
  /// How a staff member treated someone (bejegening).
  case treatment
  /// Anything else.
  case other
}
