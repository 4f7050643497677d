import Foundation
import JSON
import JSONRPC
import Registers
import Wording

/// The board's own details that no register holds: who the controller is and whom the AP may
/// contact (AVG art. 33(3)(b); the FG, decision 52). They fill section 1 of the AP form
/// (`breaches.apForm`) and, later, the letterheads of reports. Kept in `settings.json` in the
/// store directory (read when needed, so an edit needs no restart) or given directly in the
/// configuration (tests, examples). Protocol/breaches.md, "Settings", shows the file.
public struct ServiceSettings: Sendable, Equatable {
  /// The file name in the store directory.
  public static let fileName = "settings.json"

  /// The board and its contact person.
  public var contacts: APFormContacts

  /// Settings.
  public init(contacts: APFormContacts = APFormContacts()) { self.contacts = contacts }

  /// Parses `{board: {name, kvkNumber?, address?}, contactPerson: {name, function?, phone?, email?}, reporter?: {…}}`;
  /// a wrong shape is refused with the member named.
  public static func parse(_ json: JSONValue) throws(RPCError) -> ServiceSettings {
    guard case .object(let o) = json else { throw settingsError(Texts.Access.settingsObject) }
    func text(_ p: JSONObject, _ k: String, _ path: String) throws(RPCError) -> String? {
      guard let v = p[k] else { return nil }
      guard let s = v.stringValue else { throw settingsError(Texts.Access.settingsString("\(path).\(k)")) }
      return s
    }
    func person(_ k: String) throws(RPCError) -> APFormContacts.Person? {
      guard let v = o[k] else { return nil }
      guard case .object(let p) = v, let name = try text(p, "name", k) else { throw settingsError(Texts.Access.settingsNamed(k)) }
      return .init(name: name, function: try text(p, "function", k), phone: try text(p, "phone", k), email: try text(p, "email", k))
    }
    var c = APFormContacts()
    if let v = o["board"] {
      guard case .object(let b) = v, let name = try text(b, "name", "board") else { throw settingsError(Texts.Access.settingsNamed("board")) }
      c.board = .init(name: name, kvkNumber: try text(b, "kvkNumber", "board"), address: try text(b, "address", "board"))
    }
    c.contactPerson = try person("contactPerson")
    c.reporter = try person("reporter")
    return ServiceSettings(contacts: c)
  }

  /// The settings as `settings.json` holds them (the inverse of `parse`).
  public var json: JSONValue {
    func person(_ p: APFormContacts.Person) -> JSONValue {
      var o: JSONObject = ["name": .string(p.name)]
      if let v = p.function { o["function"] = .string(v) }
      if let v = p.phone { o["phone"] = .string(v) }
      if let v = p.email { o["email"] = .string(v) }
      return .object(o)
    }
    var o = JSONObject()
    if let b = contacts.board {
      var board: JSONObject = ["name": .string(b.name)]
      if let v = b.kvkNumber { board["kvkNumber"] = .string(v) }
      if let v = b.address { board["address"] = .string(v) }
      o["board"] = .object(board)
    }
    if let p = contacts.contactPerson { o["contactPerson"] = person(p) }
    if let p = contacts.reporter { o["reporter"] = person(p) }
    return .object(o)
  }

  /// `settings.json` in `storeDirectory`: empty settings when there is no such file (or no
  /// store), an error naming the file when it is not valid.
  public static func load(storeDirectory: String?) throws(RPCError) -> ServiceSettings {
    guard let dir = storeDirectory, let data = FileManager.default.contents(atPath: dir + "/" + fileName) else {
      return ServiceSettings()
    }
    do { return try parse(try JSONParser.parse([UInt8](data))) } catch let e as RPCError { throw e } catch {
      throw settingsError(Texts.Access.settingsNotJSON("\(error)"))
    }
  }

  /// An internal error naming the settings file (the caller's params were fine; the daemon's file is not).
  static func settingsError(_ reason: Text) -> RPCError {
    RPCError.internalError(Texts.Access.inStoreDirectory(fileName, reason.string).string)
  }
}

extension AvgdService {
  /// The settings: as configured (tests, examples), else the board's journaled settings
  /// (`information.configure`: the one source of the board's name and address and of its FG, who
  /// is the AP's contact person) completed from `settings.json` with what that register does not
  /// hold (KvK number, a separate reporter). Without `information.configure`, `settings.json` alone.
  func settings() throws(RPCError) -> ServiceSettings {
    if let s = configuration.settings { return s }
    var s = try ServiceSettings.load(storeDirectory: configuration.storeDirectory)
    let configured = try ledger.read(InformationSettings.register) { r throws(RPCError) in InformationSettings.current(in: r) }
    guard let info = configured else { return s }
    s.contacts.board = .init(
      name: info.boardName, kvkNumber: s.contacts.board?.kvkNumber, address: info.boardAddress.isEmpty ? nil : info.boardAddress)
    if let dpo = info.dpoName {
      s.contacts.contactPerson = .init(
        name: dpo, function: Texts.Access.dpoFunction.string, phone: info.json["dpo"]?["phone"]?.stringValue,
        email: info.json["dpo"]?["email"]?.stringValue)
    }
    return s
  }
}
