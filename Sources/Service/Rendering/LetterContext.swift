import JSON
import Rules
import Registers
import Wording

/// What a letter needs besides its record: the language, the date it is made, the board type
/// (for the remedies of a refusal, duties.md §7.4) and the contact point (AVG art. 33(3)(b), 38(4)).
struct LetterContext: Sendable {
  /// The letter's language.
  let language: Language
  /// The day the letter is made.
  let today: CivilDate
  /// The kind of board, when the caller gave it.
  let board: Remedies.Board?
  /// The contact point, as the caller gave it; a neutral default otherwise.
  let contact: String?
  /// The remedy route of the board's configured legal form (`information.configure`), used when
  /// neither the call nor the decision names one.
  var configuredBoard: Remedies.Board? = nil

  /// The same context with `board` (the one recorded with a decision, when the caller named none).
  func with(board: Remedies.Board?) -> LetterContext {
    LetterContext(language: language, today: today, board: board, contact: contact, configuredBoard: configuredBoard)
  }

  /// The text in the letter's language.
  func t(_ text: Text) -> String { text(language) }

  /// `29 november 2026`.
  func long(_ d: CivilDate) -> String { language.long(d.year, d.month, d.day) }

  /// The long form of a stored date or instant member; `?` when it is missing.
  func long(_ v: JSONValue?) -> String { ReportInput.date(v).map(long) ?? "?" }

  /// Where to go with questions.
  var contactPoint: String {
    contact ?? t(Texts.Letters.theSchoolSDataProtection)
  }

  /// The reference and date labels.
  var labels: (reference: String, date: String) { (t(Texts.Letters.ourReference), t(Texts.Letters.date)) }

  /// `Met vriendelijke groet,` and the sender as a role.
  func closing(_ role: String? = nil) -> [String] {
    [t(Texts.Letters.kindRegards), role ?? t(Texts.Letters.theSchool)]
  }

  /// The contact paragraph every letter ends with.
  var questions: String {
    t(Texts.Letters.questionsAboutThisLetterContact("\(contactPoint)"))
  }
}
