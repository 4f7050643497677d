import Wording

/// What the form is filled in for (form section 0): the AP's form lets a controller make a new
/// notification, add to an earlier one, or withdraw it (AVG art. 33(4): information in phases;
/// decision 30).
public enum APFormNotification: String, Sendable, CaseIterable {
  /// The first notification.
  case new
  /// A supplement (aanvulling) after the first report: only what changed since the last report.
  case supplement
  /// The notification was withdrawn (it was no breach); the register keeps the record.
  case withdrawal

  /// The option as the form names it (Dutch: the form takes Dutch).
  public var formValue: String { text.nl }

  /// The option in both languages.
  public var text: Text {
    switch self {
    case .new: Texts.APFormAnswers.newNotification
    case .supplement: Texts.APFormAnswers.supplement
    case .withdrawal: Texts.APFormAnswers.withdrawal
    }
  }
}
