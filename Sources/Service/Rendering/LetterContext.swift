import JSON
import Rules
import Registers

/// What a letter needs besides its record: the language, the date it is made, the board type
/// (for the remedies of a refusal, duties.md §7.4) and the contact point (AVG art. 33(3)(b), 38(4)).
struct LetterContext: Sendable {
  /// The letter's language.
  let language: ReportLanguage
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
  func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }

  /// `29 november 2026`.
  func long(_ d: CivilDate) -> String { language.long(d.year, d.month, d.day) }

  /// The long form of a stored date or instant member; `?` when it is missing.
  func long(_ v: JSONValue?) -> String { ReportInput.date(v).map(long) ?? "?" }

  /// Where to go with questions.
  var contactPoint: String {
    contact ?? t("de functionaris voor gegevensbescherming (FG) van de school, via de administratie van de school",
                 "the school's data protection officer (DPO), through the school office")
  }

  /// The reference and date labels.
  var labels: (reference: String, date: String) { (t("Ons kenmerk", "Our reference"), t("Datum", "Date")) }

  /// `Met vriendelijke groet,` and the sender as a role.
  func closing(_ role: String? = nil) -> [String] {
    [t("Met vriendelijke groet,", "Kind regards,"), role ?? t("De school", "The school")]
  }

  /// The contact paragraph every letter ends with.
  var questions: String {
    t("Heeft u vragen over deze brief? Neem dan contact op met \(contactPoint). Noem daarbij ons kenmerk.",
      "Questions about this letter? Contact \(contactPoint), quoting our reference.")
  }
}
