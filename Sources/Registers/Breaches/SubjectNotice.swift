import JSON

/// What an art. 34 communication told the people (AVG art. 34(2)): in clear and plain language
/// the nature of the breach and at least the items of art. 33(3)(b)–(d): a contact point (the FG
/// or another, decision 52), the likely consequences and the measures taken or proposed. The
/// register keeps what was said, so the AP can check the notice (art. 33(5), 34(4)).
public struct SubjectNotice: Sendable, Equatable {
  /// The FG or another contact point where people get more information (33(3)(b)).
  public var contactPoint: String
  /// The likely consequences for the people (33(3)(c)).
  public var consequences: String
  /// The measures taken or proposed, including those to mitigate the effects (33(3)(d)).
  public var measures: String
  /// The nature of the breach as the notice described it (34(2) first part), when given.
  public var nature: String?

  /// A notice's content.
  public init(contactPoint: String, consequences: String, measures: String, nature: String? = nil) {
    self.contactPoint = contactPoint
    self.consequences = consequences
    self.measures = measures
    self.nature = nature
  }

  /// `{contactPoint, consequences, measures, nature?}`; a blank item is -32602 naming
  /// `content.<item>`, since art. 34(2) requires each of them.
  func json() throws(RegisterError) -> JSONValue {
    var o: JSONObject = [
      "contactPoint": .string(try requiredText(contactPoint, field: "content.contactPoint")),
      "consequences": .string(try requiredText(consequences, field: "content.consequences")),
      "measures": .string(try requiredText(measures, field: "content.measures")),
    ]
    if let nature { o["nature"] = .string(try requiredText(nature, field: "content.nature")) }
    return .object(o)
  }
}
