import JSON
import JSONRPC
import Registers

/// `publications.get`, `.history`, `.list`, `.export` and `imageConsents.get`, `.history`, `.list`,
/// `.export`: the two image registers through the shared `RegisterReads`, so the school can show
/// its consents and what rested on them (AVG art. 5(2), 7(1)). Every read is audited.
enum PublicationsReads {
  /// The filters of the publication listing: student, channel, status, date range, school.
  static let publicationFilters: [ParamSpec] = [
    ParamSpec("studentId", "Only publications showing this student.", schema: SharingSchemas.text),
    ParamSpec("channel", "Only this channel.", schema: PublicationSchemas.channel),
    ParamSpec("status", "published or takenDown.", schema: SharingSchemas.choices(PublicationStatus.self)),
    ParamSpec("from", "publishedOn on or after this date.", schema: SharingSchemas.date),
    ParamSpec("to", "publishedOn on or before this date.", schema: SharingSchemas.date),
    ParamSpec("school", "Only this school or location.", schema: SharingSchemas.text),
  ]

  /// The filters of the consent listing: student, channel, status, school.
  static let consentFilters: [ParamSpec] = [
    ParamSpec("studentId", "Only this student's consents.", schema: SharingSchemas.text),
    ParamSpec("channel", "Only this channel.", schema: PublicationSchemas.channel),
    ParamSpec("status", "given, suspended or withdrawn.", schema: SharingSchemas.choices(ImageConsentStatus.self)),
    ParamSpec("school", "Only this school or location.", schema: SharingSchemas.text),
  ]

  /// The publication register's reads.
  static let publications = RegisterReads(
    register: Publications.name, noun: "publication", recordSchema: PublicationSchemas.publication,
    filterParams: publicationFilters, filter: .records(publicationFilter), columns: PublicationExportColumns.publications,
    roles: PublicationSchemas.readers, exampleID: "BP-2026-0001",
    exampleRecord: ["id": "BP-2026-0001", "status": "takenDown", "channel": "WEBSITE"], exampleCount: 4)

  /// The image-consent register's reads.
  static let consents = RegisterReads(
    register: ImageConsents.name, noun: "image consent",
    recordSchema: PublicationSchemas.consent,
    filterParams: consentFilters, filter: .records(consentFilter), columns: PublicationExportColumns.consents,
    roles: PublicationSchemas.readers, exampleID: "BT-2026-0001",
    exampleRecord: ["id": "BT-2026-0001", "status": "withdrawn", "channel": "WEBSITE"], exampleCount: 8)

  /// The declarations of the eight reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] {
    publications.declarations(service) + consents.declarations(service)
  }

  /// The publication predicate for the filter params.
  static func publicationFilter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let student = try p.optionalString("studentId")
    let channel = try p.optionalChoice("channel", PublicationChannel.self)?.rawValue
    let status = try p.optionalChoice("status", PublicationStatus.self)?.rawValue
    let (from, to) = (try p.optionalDate("from")?.description, try p.optionalDate("to")?.description)
    let school = try p.optionalString("school")
    return { r in
      if let school, r["school"]?.stringValue != school { return false }
      if let student, !(r["students"]?.arrayValue ?? []).contains(where: { $0["id"]?.stringValue == student }) { return false }
      if let channel, r["channel"]?.stringValue != channel { return false }
      if let status, r["status"]?.stringValue != status { return false }
      let on = r["publishedOn"]?.stringValue ?? ""
      if let from, on < from { return false }
      if let to, on > to { return false }
      return true
    }
  }

  /// The consent predicate for the filter params.
  static func consentFilter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let student = try p.optionalString("studentId")
    let channel = try p.optionalChoice("channel", PublicationChannel.self)?.rawValue
    let status = try p.optionalChoice("status", ImageConsentStatus.self)?.rawValue
    let school = try p.optionalString("school")
    return { r in
      if let school, r["school"]?.stringValue != school { return false }
      if let student, r["student"]?["id"]?.stringValue != student { return false }
      if let channel, r["channel"]?.stringValue != channel { return false }
      if let status, r["status"]?.stringValue != status { return false }
      return true
    }
  }
}
