import JSON
import Rules

/// Who received a student's data, what and when: the recipients part of an access answer. Under
/// AVG art. 15(1)(c) the school names the actual recipients, not only categories (CJEU C-154/21
/// Österreichische Post; decision 25), so this reads the sharing register, not the privacy notice.
public enum DisclosureRecipients {
  /// The disclosures that include `studentID`, oldest first, each with its recipient, purpose,
  /// basis, data and date; and the distinct recipients in order of first disclosure.
  public static func list(studentID: String, in register: Register) -> (disclosures: [JSONObject], recipients: [JSONObject]) {
    let hits = register.all { r in
      (r["students"]?.arrayValue ?? []).contains { $0["id"]?.stringValue == studentID }
    }.sorted { key($0) < key($1) }
    var recipients: [JSONObject] = []
    var seen: Set<String> = []
    let disclosures = hits.map { r -> JSONObject in
      let recipient = r["recipient"]?.objectValue ?? JSONObject()
      if seen.insert(recipient["name"]?.stringValue ?? "").inserted { recipients.append(recipient) }
      var d: JSONObject = [
        "disclosureId": r["id"] ?? .null, "recipient": .object(recipient), "purpose": r["purpose"] ?? .null,
        "legalBasis": r["legalBasis"] ?? .null, "dataCategories": r["dataCategories"] ?? [], "disclosedOn": r["disclosedOn"] ?? .null,
      ]
      if let law = r["specificLaw"] { d["specificLaw"] = law }
      return d
    }
    return (disclosures, recipients)
  }

  /// Disclosure date, then id (ids grow per year), so equal dates keep registration order.
  static func key(_ r: JSONObject) -> String { (r["disclosedOn"]?.stringValue ?? "") + (r["id"]?.stringValue ?? "") }
}
