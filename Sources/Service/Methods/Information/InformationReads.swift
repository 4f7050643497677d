import JSON
import JSONRPC
import Registers
import Wording

/// `information.get`, `.history`, `.list`, `.export`: the published statement versions with
/// their texts, through the shared `RegisterReads` (AVG art. 5(2)).
enum InformationReads {
  /// The filters of `list` and `export`: audience and school.
  static let filterParams: [ParamSpec] = [
    ParamSpec("audience", "Only this audience.", schema: InformationSchemas.audience),
    ParamSpec("school", "Only this school's versions.", schema: InformationSchemas.text),
  ]

  /// The export columns (the text itself only in JSON exports: a CSV cell is no place for it).
  static let columns: [RegisterReads.Column] = [
    column("id", H.id), column("audience", H.audience), .init("school", Texts.Export.school),
    column("language", H.language), column("inForceFrom", H.inForceFrom),
    column("changeClass", H.changeClass), column("activelyInform", H.activelyInform),
    .init("sha256", Texts.Export.sha256), column("note", H.note),
    column("publishedAt", H.publishedAt), column("publishedBy", H.publishedBy),
  ]

  /// The catalogue's headers.
  typealias H = Texts.Information.Columns

  /// A column reading `key` under the catalogue's header.
  static func column(_ key: String, _ header: Text) -> RegisterReads.Column { .init(key, header) }

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: StatementVersions.name, noun: "statement version",
    recordSchema: InformationSchemas.version, filterParams: filterParams, filter: .records(filter), columns: columns, roles: InformationSchemas.readers, exampleID: "PV-2026-0001",
    exampleRecord: ["id": "PV-2026-0001", "audience": "parents", "inForceFrom": "2026-12-01"], exampleCount: 1)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let audience = try p.optionalChoice("audience", Audience.self)
    let school = try p.optionalString("school")
    return { json in
      if let audience, json["audience"]?.stringValue != audience.rawValue { return false }
      if let school, json["school"]?.stringValue != school { return false }
      return true
    }
  }
}
