import JSONRPC
import Registers
import Wording

extension ServiceConfiguration {
  /// True when `text` is a renewal date `MM-DD` that exists every year (`--image-consent-renewal`).
  public static func isValidImageConsentRenewal(_ text: String) -> Bool { (try? RenewalDate.parse(text)) != nil }  // a yes/no check: the error is not needed
}

extension AvgdService {
  /// The school's image-consent renewal date (duties.md D16); a configuration that is no date is
  /// -32603 naming the setting, never a silent default.
  func imageConsentRenewal() throws(RPCError) -> RenewalDate {
    do { return try RenewalDate.parse(configuration.imageConsentRenewal) } catch {
      throw RPCError.internalError(Texts.Publications.badRenewalSetting(configuration.imageConsentRenewal).string)
    }
  }
}
