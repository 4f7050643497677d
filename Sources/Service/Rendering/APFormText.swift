import JSON
import Registers
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
      out.append("Alles wat avgd kan invullen, is ingevuld.")
    } else {
      out.append("== Nog uit te zoeken vóór het melden ==")
      for m in missing {
        out.append("- \(m["question"]?.stringValue ?? "") (vul aan via \(m["filledBy"]?.stringValue ?? "?"))")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The title and the notification's kind, reference, deadline or date of the last report.
  static func header(_ form: JSONObject) -> [String] {
    let kind = form["notification"]?.stringValue.flatMap(APFormNotification.init(rawValue:)) ?? .new
    var h = [
      "Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor \(form["id"]?.stringValue ?? "")",
      "Formulier: \(form["form"]?["version"]?.stringValue ?? "")",
      "Soort melding: \(kind.formValue)" + (form["reference"]?.stringValue.map { " (meldingsnummer \($0))" } ?? ""),
    ]
    if kind == .new, let by = instant(form["reportBy"]) {
      h.append("Uiterlijk melden: \(APFormFacts.dutch(by)) (72 uur na het moment van kennisname, art. 33 lid 1 AVG)")
    }
    if let since = instant(form["changesSince"]) { h.append("Alleen wat veranderde sinds de vorige melding van \(APFormFacts.dutch(since))") }
    return h
  }

  /// The value's lines: text as is, options as `[x] …`, missing with what records it.
  static func value(_ a: JSONValue) -> [String] {
    if a["missing"]?.boolValue == true {
      guard let method = a["filledBy"]?.stringValue else { return ["(niet vastgelegd in avgd: beantwoord dit in het formulier zelf)"] }
      return ["ONTBREEKT: vul aan via \(method)"]
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
