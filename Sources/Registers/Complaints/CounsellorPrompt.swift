import JSON
import Wording

/// What the counsellor is reminded of when a dossier opens (decision 49; rules.md §7). The Wet
/// bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs (1999) put two duties in
/// the school laws, and they fall on different people:
/// - the **meldplicht**: everyone working at the school who learns, in any way, of a *possible* sexual
///   offence by a staff member (anyone with tasks at the school) against a minor student informs the
///   board (bevoegd gezag) at once and directly; a staff counsellor too, confidentiality
///   notwithstanding. The staff member does not weigh whether the suspicion is reasonable.
/// - the **overleg- en aangifteplicht** of the board: it consults the vertrouwensinspecteur at once;
///   when that shows a reasonable suspicion it files a police report, after informing the accused
///   and the student's parents.
/// An external counsellor has no meldplicht but points the complainant to aangifte. Sources: the
/// Inspectie van het Onderwijs, "Zedenmisdrijven" and seksueelmisdrijf.nl (meldplicht
/// personeelsleden, aangifteplicht bevoegd gezag) [V]; the article numbers are marked [U]/[!]
/// as in rules.md: they were not checked against the statute texts.
public enum CounsellorPrompt {
  /// The legal source as the prompt cites it, with what is and is not verified (in the call's language).
  public static var staffSource: String { Texts.Complaints.staffPromptSource.string }

  /// `{kind, text, textEn, source}` for a counsellor who is (or is not) staff; `text` and `source`
  /// are in the call's language (`Texts.Complaints`), `textEn` is always the English text (kept
  /// for clients that read it).
  public static func json(isStaff: Bool) -> JSONValue {
    let (kind, text, source) = isStaff
      ? ("reportingDuty", Texts.Complaints.staffPrompt, Texts.Complaints.staffPromptSource)
      : ("aangifte", Texts.Complaints.externalPrompt, Texts.Complaints.externalPromptSource)
    return ["kind": .string(kind), "text": .string(text.string), "textEn": .string(text.en), "source": .string(source.string)]
  }
}
