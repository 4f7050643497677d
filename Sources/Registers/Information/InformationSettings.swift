import JSON
import Rules
import Wording

/// The settings the privacy statement and the rights notice are written from that no register
/// holds: the board as controller and its contact details (AVG art. 13(1)(a)), the data
/// protection officer (13(1)(b), 37(7); rules #52), the channel for requests (art. 12(2)) and the
/// board's legal form (duties.md D13). Kept as one record of their own register, so a change is
/// journaled with who made it and when (art. 5(2)), and the school changes them without a restart.
public struct InformationSettings: Sendable {
  /// The register's name (and event-type prefix).
  public static let register = "informationSettings"
  /// The one record's id.
  public static let recordID = "board"

  /// The stored record.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// The settings in `register`, or nil before `information.configure` ran.
  public static func current(in register: Register) -> InformationSettings? {
    register[recordID].map(InformationSettings.init)
  }

  /// The board's name (the controller).
  public var boardName: String { json["board"]?["name"]?.stringValue ?? "" }
  /// The board's postal address on one line.
  public var boardAddress: String {
    [json["board"]?["address"]?.stringValue, [json["board"]?["postcode"]?.stringValue, json["board"]?["city"]?.stringValue].compactMap { $0 }.joined(separator: " ")]
      .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
  }
  /// The board's e-mail, phone and website, those recorded.
  public var boardContact: [String] { contact(json["board"]) }
  /// The DPO's name.
  public var dpoName: String? { json["dpo"]?["name"]?.stringValue }
  /// The DPO's e-mail and phone.
  public var dpoContact: [String] { contact(json["dpo"]) }
  /// Where requests go: e-mail, postal address, web form, those recorded.
  public var requestEmail: String? { json["requestChannel"]?["email"]?.stringValue }
  /// The postal address for requests.
  public var requestAddress: String? { json["requestChannel"]?["address"]?.stringValue }
  /// The web form for requests.
  public var requestWebForm: String? { json["requestChannel"]?["webForm"]?.stringValue }
  /// The board's legal form.
  public var boardType: BoardType { json["boardType"]?.stringValue.flatMap(BoardType.init(rawValue:)) ?? .bijzonder }
  /// The board's complaints procedure (klachtenregeling), where to find it.
  public var complaintsProcedure: String? { json["complaintsProcedure"]?.stringValue }

  private func contact(_ v: JSONValue?) -> [String] {
    let lines: [(String, (String) -> Text)] = [
      ("email", Texts.Information.email), ("phone", Texts.Information.phone), ("website", Texts.Information.website),
    ]
    return lines.compactMap { key, line in v?[key]?.stringValue.map { line($0).string } }
  }

  /// Replaces the settings with `input` (the whole set each time, so a removed member is gone).
  public static func configure(_ input: InputReader, in register: Register, now: Instant, by actor: String) throws(RegisterError) -> RegisterChange {
    let b = try input.nested("board")
    var board: JSONObject = ["name": .string(try b.text("name")), "address": .string(try b.text("address"))]
    for key in ["postcode", "city", "phone", "website"] { if let v = try b.optionalText(key) { board[key] = .string(v) } }
    board["email"] = .string(try email(b, "email"))
    let d = try input.nested("dpo")
    var dpo: JSONObject = ["name": .string(try d.text("name")), "email": .string(try email(d, "email"))]
    if let v = try d.optionalText("phone") { dpo["phone"] = .string(v) }
    let c = try input.nested("requestChannel")
    var channel: JSONObject = ["email": .string(try email(c, "email"))]
    for key in ["address", "webForm"] { if let v = try c.optionalText(key) { channel[key] = .string(v) } }
    var record: JSONObject = [
      "id": .string(recordID), "board": .object(board), "dpo": .object(dpo), "requestChannel": .object(channel),
      "boardType": .string(try input.choice("boardType", BoardType.self).rawValue),
    ]
    if let v = try input.optionalText("complaintsProcedure") { record["complaintsProcedure"] = .string(v) }
    record["updatedAt"] = .string(Amsterdam.format(now))
    record["updatedBy"] = .string(actor)
    let first = register[recordID] == nil
    return RegisterChange(
      type: "\(Self.register).\(first ? "configured" : "changed")", id: recordID, record: record,
      change: ["before": register[recordID].map { JSONValue.object($0) } ?? .null])
  }

  /// An e-mail address: one `@` with text on both sides and a dot in the domain.
  static func email(_ r: InputReader, _ name: String) throws(RegisterError) -> String {
    let s = try r.text(name)
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !s.contains(where: \.isWhitespace) else {
      throw .invalid(r.field(name), Texts.Information.notAnEmail(s).string)
    }
    return s
  }
}
