/// What the recipient is to the school (rules.md §5): a processor is not a third party (it needs
/// an art. 28 agreement, see the processors register), but the disclosure is still recorded so
/// an access request can name it (AVG art. 15(1)(c); CJEU C-154/21).
public enum RecipientRole: String, Sendable, CaseIterable {
  /// Another controller: a new school, DUO, leerplicht, jeugdhulp, a photographer.
  case thirdPartyController
  /// A processor acting on the school's instructions (art. 28).
  case processor
  /// A joint controller (art. 26).
  case joint
}
