/// Texts of `requests.decide` (rules.md §2.3–2.4; AVG art. 12(4)–(5), 15(4), 23(1)(i); BW 1:377c):
/// what a decision must show and why a decision is refused, the standing re-checked at the
/// decision, the items, the decision maker, the remedies, the fee and the student's consent.
/// `decision` values and ground codes are passed as they are on the wire.
extension Texts.Requests {
  // MARK: Grounds and written record

  /// `granted` with grounds.
  public static let grantedWithholdsNothing = Text(
    nl: "bij een toegewezen verzoek wordt niets achtergehouden; gebruik partiallyGranted om op een grond iets achter te houden",
    en: "a granted request withholds nothing; use partiallyGranted to withhold on a ground")

  /// A withheld item in a `granted` decision.
  public static let grantedItemWithheld = Text(
    nl: "bij een toegewezen verzoek wordt niets achtergehouden; gebruik partiallyGranted",
    en: "a granted request withholds nothing; use partiallyGranted")

  /// A partial grant or refusal without grounds (AVG art. 12(4)).
  public static func groundsNeeded(_ decision: String) -> Text {
    Text(
      nl: "een beslissing \(decision) moet haar wettelijke grond(en) noemen (AVG art. 12(4); rules.md §2.4 punt 3)",
      en: "a \(decision) decision must name its legal ground(s) (AVG art. 12(4); rules.md §2.4 item 3)")
  }

  /// A partial grant or refusal without the balancing of interests.
  public static func balancingNeeded(_ decision: String) -> Text {
    Text(
      nl: "een beslissing \(decision) vraagt de vastgelegde belangenafweging (rules.md §2.4 punt 8)",
      en: "a \(decision) decision needs the recorded balancing of interests (rules.md §2.4 item 8)")
  }

  /// A partial grant or refusal without the reference of its letter.
  public static func writtenDecisionNeeded(_ decision: String) -> Text {
    Text(
      nl: "een beslissing \(decision) wordt schriftelijk gegeven met de redenen en de rechtsmiddelen (AVG art. 12(4)): geef het kenmerk",
      en: "a \(decision) decision is given in writing with the reasons and the remedies (AVG art. 12(4)): give its reference")
  }

  /// `rejectedNoStanding` with other grounds than NO_STANDING.
  public static let noStandingGround = Text(
    nl: "een afwijzing omdat de verzoeker het recht niet heeft noemt de grond NO_STANDING",
    en: "a rejection for lack of standing names the ground NO_STANDING")

  /// `rejectedNoStanding` without the reference of its letter.
  public static let writtenRejectionNeeded = Text(
    nl: "de verzoeker hoort schriftelijk waarom er niets gebeurt (AVG art. 12(4)): geef het kenmerk",
    en: "the requester is told in writing why nothing is done (AVG art. 12(4)): give its reference")

  /// `fee` on other grounds than AVG art. 12(5).
  public static let feeOnlyManifest = Text(
    nl: "een vergoeding wordt alleen gevraagd voor een kennelijk ongegrond of buitensporig verzoek: de gronden zijn AVG12_5_UNFOUNDED of AVG12_5_EXCESSIVE (AVG art. 12(5))",
    en: "a fee is charged only for a manifestly unfounded or excessive request: the grounds are AVG12_5_UNFOUNDED or AVG12_5_EXCESSIVE (AVG art. 12(5))")

  /// `fee` without the fee.
  public static let feeNeeded = Text(
    nl: "een beslissing fee legt de vergoeding vast: amountCents en de administratieve kosten die zij dekt (AVG art. 12(5)(a))",
    en: "a fee decision records the fee: amountCents and the administrative costs it covers (AVG art. 12(5)(a))")

  /// `fee` without the reference of its letter.
  public static let writtenFeeNeeded = Text(
    nl: "de vergoeding en de redenen worden schriftelijk gegeven met de rechtsmiddelen (AVG art. 12(4)–(5)): geef het kenmerk",
    en: "the fee and its reasons are given in writing with the remedies (AVG art. 12(4)–(5)): give its reference")

  /// A fee with another decision than `fee`.
  public static let feeOnlyWithFeeDecision = Text(
    nl: "alleen een beslissing fee legt een vergoeding vast; een kennelijk ongegrond of buitensporig verzoek wordt anders geweigerd",
    en: "only a fee decision records a fee; a manifestly unfounded or excessive request is otherwise refused")

  /// A decision that does not say which remedies its letter names.
  public static let remediesNeeded = Text(
    nl: "de schriftelijke beslissing moet de rechtsmiddelen noemen (AVG art. 12(4)): geef aan welke zij noemt",
    en: "the written decision must name the remedies (AVG art. 12(4)): say which it names")

  /// BW1_377C_CHILD_INTEREST on an AVG request.
  public static let childInterestOffChannel = Text(
    nl: "BW1_377C_CHILD_INTEREST weigert alleen een verzoek via BW 1:377c (een ouder zonder ouderlijk gezag)",
    en: "BW1_377C_CHILD_INTEREST refuses only a request on the BW 1:377c channel (a parent without parental authority)")

  /// A fee on the BW 1:377c channel.
  public static let noFeeUnderBW = Text(
    nl: "een vergoeding (AVG art. 12(5)) geldt niet voor informatie op grond van BW 1:377c",
    en: "a fee (AVG art. 12(5)) does not apply to information under BW 1:377c")

  /// A BW 1:377c restriction without BW1_377C_CHILD_INTEREST.
  public static let childInterestNeeded = Text(
    nl: "informatie op grond van BW 1:377c wordt alleen geweigerd als zij tegen het belang van het kind ingaat: noem BW1_377C_CHILD_INTEREST",
    en: "BW 1:377c information is refused only when it is against the child's interest: name BW1_377C_CHILD_INTEREST")

  /// Another ground on the BW 1:377c channel.
  public static func notABWGround(_ code: String) -> Text {
    Text(
      nl: "\(code) is geen grond om informatie op grond van BW 1:377c te weigeren: alleen BW1_377C_CHILD_INTEREST (en AVG15_4 voor gegevens van anderen) gelden",
      en: "\(code) does not refuse information under BW 1:377c: only BW1_377C_CHILD_INTEREST (and AVG15_4 for others' data) apply")
  }

  /// An AVG art. 12(5) ground without its reason.
  public static let manifestReasonNeeded = Text(
    nl: "zeg waarom het verzoek kennelijk ongegrond of buitensporig is (AVG art. 12(5)): de school moet het aantonen",
    en: "say why the request is manifestly unfounded or excessive (AVG art. 12(5)): the school bears the burden of proof")

  /// A manifestReason without an AVG art. 12(5) ground.
  public static let manifestReasonWithoutGround = Text(
    nl: "een reden voor een kennelijk ongegrond of buitensporig verzoek hoort bij de grond AVG12_5_UNFOUNDED of AVG12_5_EXCESSIVE",
    en: "a reason for a manifestly unfounded or excessive request goes with the ground AVG12_5_UNFOUNDED or AVG12_5_EXCESSIVE")

  // MARK: Items, decision maker, remedies, fee

  /// A disclosed item declared a private working note.
  public static let disclosedNotANote = Text(
    nl: "een verstrekt stuk wordt niet uitgezonderd als persoonlijke werkaantekening",
    en: "a disclosed item is not excluded as a private working note")

  /// A private working note that fails one of its three conditions (rules.md §2.3).
  public static let notAPrivateNote = Text(
    nl: "een stuk is alleen een persoonlijke werkaantekening als het één auteur heeft, alleen voor eigen gebruik van die auteur is en nooit is gedeeld (rules.md §2.3); anders valt het onder het inzagerecht en mag het alleen op een grond worden achtergehouden",
    en: "an item is a private working note only when it has a single author, is for the author's own use and was never shared (rules.md §2.3); otherwise it is within the access right and may only be withheld on a ground")

  /// A disclosed item with a ground.
  public static let disclosedNoGround = Text(
    nl: "een verstrekt stuk heeft geen grond om achter te houden", en: "a disclosed item has no ground for withholding")

  /// A withheld item without a ground.
  public static let withheldNeedsGround = Text(
    nl: "een achtergehouden stuk moet zijn grond noemen (AVG art. 12(4))",
    en: "a withheld item must name its ground (AVG art. 12(4))")

  /// An item's ground that the decision does not name.
  public static func groundNotInDecision(_ code: String) -> Text {
    Text(
      nl: "\(code) staat niet bij de gronden van de beslissing; voeg hem toe aan `grounds`",
      en: "\(code) is not among the decision's grounds; add it to `grounds`")
  }

  /// A delegate without a mandate (rules.md §2.4 item 7).
  public static let mandateNeeded = Text(
    nl: "een gemandateerde beslist alleen onder een mandaat: noem het (rules.md §2.4 punt 7)",
    en: "a delegate decides only under a mandate: name it (rules.md §2.4 item 7)")

  /// Remedies without the judicial remedy.
  public static let judicialRemedyNeeded = Text(
    nl: "de schriftelijke beslissing moet de gang naar de rechter noemen (AVG art. 12(4); de rechter bij BW 1:377c)",
    en: "the written decision must name the judicial remedy (AVG art. 12(4); the court for BW 1:377c)")

  /// Remedies without the AP complaint.
  public static let apComplaintNeeded = Text(
    nl: "de schriftelijke beslissing moet het recht noemen om te klagen bij de Autoriteit Persoonsgegevens (AVG art. 12(4))",
    en: "the written decision must name the right to complain to the Autoriteit Persoonsgegevens (AVG art. 12(4))")

  /// Remedies without the kind of board.
  public static let boardNeeded = Text(
    nl: "geef aan of het bestuur publicLaw is (openbaar onderwijs: bezwaar volgens de Awb staat open) of private",
    en: "say whether the board is publicLaw (openbaar onderwijs: the Awb objection route applies) or private")

  /// A public-law board's letter without the objection route.
  public static let awbObjectionNeeded = Text(
    nl: "de beslissing van een openbaar bestuur is een Awb-besluit: de brief moet de bezwaarmogelijkheid noemen (bezwaar binnen zes weken, Awb art. 6:7)",
    en: "a public-law board's decision is an Awb besluit: the letter must name the objection route (bezwaar within six weeks, Awb art. 6:7)")

  /// A fee of zero or less.
  public static let feePositive = Text(
    nl: "een vergoeding is een positief bedrag in eurocent", en: "a fee is a positive amount in euro cents")

  /// A fee without the costs it covers (AVG art. 12(5)(a)).
  public static let feeCostsNeeded = Text(
    nl: "noem de administratieve kosten die de vergoeding dekt (AVG art. 12(5)(a)): de school moet laten zien dat zij redelijk is",
    en: "name the administrative costs the fee covers (AVG art. 12(5)(a)): the school must show it is reasonable")
}
