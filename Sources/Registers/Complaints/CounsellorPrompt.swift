import JSON

/// What the counsellor is reminded of when a dossier opens (decision 49; rules.md §7): a staff VP
/// has the duty to report sexual offences against minor students (Wet bestrijding seksueel misbruik
/// en seksuele intimidatie in het onderwijs, 1999; WPO art. 4a, WVO art. 3, WEC art. 4a); an
/// external VP has no such duty but points the complainant to reporting to the police (aangifte).
public enum CounsellorPrompt {
  /// `{kind, text, source}` for a counsellor who is (or is not) staff.
  public static func json(isStaff: Bool) -> JSONValue {
    if isStaff {
      return [
        "kind": "reportingDuty",
        "text": """
          You work at the school, so the duty to report applies to you: if this complaint gives a reasonable \
          suspicion that someone working for the school committed a sexual offence against a minor student, \
          inform the board (bevoegd gezag) at once. The board consults the vertrouwensinspecteur and reports \
          to the police. Confidentiality towards the complainant does not lift this duty.
          """,
        "source": "Wet bestrijding seksueel misbruik en seksuele intimidatie in het onderwijs; WPO art. 4a (WVO art. 3, WEC art. 4a)",
      ]
    }
    return [
      "kind": "aangifte",
      "text": """
        As an external counsellor you have no duty to report to the board. If the complaint concerns a \
        sexual offence, point the complainant to the possibility of reporting it to the police (aangifte) \
        and to the vertrouwensinspecteur.
        """,
      "source": "rules.md §7; seksueelmisdrijf.nl (onderwijs, vertrouwenspersoon); decision 49",
    ]
  }
}
