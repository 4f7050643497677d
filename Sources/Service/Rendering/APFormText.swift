import JSON
import Registers
import Wording
import Rules

/// The filled-in AP form (`breaches.apForm`) as plain text a privacy officer copies field by field
/// into the Meldloket datalekken: the form's sections in order, each question on its own line with
/// the value indented under it, ticked options as `[x]`, and at the end what still has to be found
/// out. Built from the JSON form, so text, HTML and JSON always say the same.
enum APFormText {
  /// The text of `form` (the object `APForm.fill` returns).
  static func render(_ form: JSONObject) -> String {
    var out: [String] = header(form).map { $0 }
    for s in form["sections"]?.arrayValue ?? [] {
      out.append("")
      out.append("== \(s["number"]?.intValue ?? 0). \(s["title"]?.stringValue ?? "") ==")
      for a in s["answers"]?.arrayValue ?? [] {
        out.append("")
        out.append(a["question"]?.stringValue ?? "")
        if let en = a["questionEN"]?.stringValue { out.append("  (\(en))") }
        out += value(a).map { "  " + $0 }
      }
    }
    let missing = form["missing"]?.arrayValue ?? []
    out.append("")
    if missing.isEmpty {
      out.append(Texts.APFormPage.allFilledIn.string)
    } else {
      out.append("== \(Texts.APFormPage.stillToFindOut) ==")
      for m in missing {
        out.append("- " + Texts.APFormPage.fillInWith(m["question"]?.stringValue ?? "", m["filledBy"]?.stringValue ?? "?").string)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The title and the notification's kind, reference, deadline or date of the last report.
  static func header(_ form: JSONObject) -> [String] {
    let kind = form["notification"]?.stringValue.flatMap(APFormNotification.init(rawValue:)) ?? .new
    var h = [
      Texts.APFormPage.title(form["id"]?.stringValue ?? "").string,
      Texts.APFormPage.formVersion(form["form"]?["version"]?.stringValue ?? "").string,
      Texts.APFormPage.notificationKind(kind.formValue, reference: form["reference"]?.stringValue).string,
    ]
    if kind == .new, let by = instant(form["reportBy"]) {
      h.append(Texts.APFormPage.reportBy(APFormFacts.dutch(by)).string)
    }
    if let since = instant(form["changesSince"]) { h.append(Texts.APFormPage.changesSince(APFormFacts.dutch(since)).string) }
    return h
  }

  /// The value's lines: text as is, options as `[x] …`, missing with what records it.
  static func value(_ a: JSONValue) -> [String] {
    if a["missing"]?.boolValue == true {
      guard let method = a["filledBy"]?.stringValue else { return [Texts.APFormPage.notRecorded.string] }
      return [Texts.APFormPage.missing(method).string]
    }
    switch a["value"] {
    case .array(let items)?: return items.map { "[x] \($0.stringValue ?? "")" }
    case .string(let s)?: return s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    default: return [""]
    }
  }

  /// A stored RFC 3339 instant.
  static func instant(_ v: JSONValue?) -> Instant? { v?.storedInstant }
}
