import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// The list of people affected by a breach belongs to its breach (issue 18 §1): it takes the
/// breach's school, so Noorderschool's privacy contact attaches and reads the list of its own
/// breach (the art. 34 notice) and never another school's; it follows a corrected school; a
/// list stored before lists kept a school is board-level but is still deleted after the notice.
@Suite struct AffectedListScopeTests {
  typealias T = SchoolPublicationsScopeTests
  static let people: JSONValue = [["name": "Familie Oosterhuis", "contact": "Laan 3"], ["name": "Familie Brink"]]

  static func breach(_ s: AvgdService, school: String?, as peer: Peer = T.board) throws -> String {
    var p: JSONObject = ["kind": "dataBreach", "summary": "cijferlijst verkeerd gemaild", "awareAt": "2026-11-27T16:30:00+01:00"]
    if let school { p["school"] = .string(school) }
    return try #require(try T.ok(s, "breaches.register", p, as: peer)["id"]?.stringValue)
  }

  static func attach(_ id: String) -> JSONObject { ["id": .string(id), "at": "2026-11-28T09:00:00+01:00", "people": people] }

  /// The answer to `method` on `id` by `peer`, with the id blanked, to compare with a missing id's.
  static func answer(_ s: AvgdService, _ method: String, _ params: JSONObject, as peer: Peer) -> String {
    let id = params["id"]?.stringValue ?? "?"
    switch s.server.call(method, params: params, peer: peer) {
    case .success(let v): return "ok " + JSONWriter.string(v)
    case .failure(let e): return "\(e.code.rawValue) \(e.message) \(JSONWriter.string(e.data ?? .null))".replacingOccurrences(of: id, with: "<id>")
    }
  }

  @Test func aSchoolsPrivacyContactHandlesTheListOfItsOwnBreachOnly() throws {
    let s = try T.service()
    let own = try Self.breach(s, school: T.noord, as: T.a)
    let attached = try T.ok(s, "breaches.attachAffected", Self.attach(own), as: T.a)
    #expect(attached["count"] == 2)
    #expect(try T.ok(s, "breaches.affected", ["id": .string(own)], as: T.a)["people"]?.arrayValue?.count == 2)
    #expect(try s.ledger.readWhole(AffectedList.name) { $0[own]?["school"] } == .string(T.noord), "the list keeps the breach's school")

    let zuid = try Self.breach(s, school: T.zuid)
    let board = try Self.breach(s, school: nil)
    for id in [zuid, board] { _ = try T.ok(s, "breaches.attachAffected", Self.attach(id)) }
    let missing = "B-2026-9999"
    for method in ["breaches.attachAffected", "breaches.affected"] {
      let params = { (id: String) in method == "breaches.affected" ? ["id": .string(id)] : Self.attach(id) }
      let none = Self.answer(s, method, params(missing), as: T.a)
      #expect(none.hasPrefix("1001 "), "\(method): \(none)")
      for foreign in [zuid, board] {
        #expect(Self.answer(s, method, params(foreign), as: T.a) == none, "\(method) on \(foreign) by Noorderschool")
      }
    }
    // Both schools' contact reads both schools' lists; only the board reads the board-level one.
    #expect(try T.ok(s, "breaches.affected", ["id": .string(zuid)], as: T.ab)["count"] == 2)
    #expect(Self.answer(s, "breaches.affected", ["id": .string(board)], as: T.ab).hasPrefix("1001 "))
    for id in [own, zuid, board] { #expect(try T.ok(s, "breaches.affected", ["id": .string(id)])["count"] == 2) }
  }

  /// The list follows its breach when `breaches.correct` changes the school (table: from, to, who
  /// reads the list afterwards).
  @Test(arguments: [
    (T.noord, T.zuid, [T.ab, T.board], [T.a]), (nil, T.noord, [T.a, T.ab, T.board], []), (T.zuid, T.noord, [T.a, T.ab, T.board], []),
  ] as [(String?, String, [Peer], [Peer])])
  func theListFollowsACorrectedSchool(from: String?, to: String, readers: [Peer], refused: [Peer]) throws {
    let s = try T.service()
    let id = try Self.breach(s, school: from)
    _ = try T.ok(s, "breaches.attachAffected", Self.attach(id))
    let corrected = try T.ok(s, "breaches.correct", ["id": .string(id), "fields": ["school": .string(to)], "reason": "verkeerde school gekozen"])
    #expect(corrected["breach"]?["school"] == .string(to))
    #expect(try s.ledger.readWhole(AffectedList.name) { $0[id]?["school"] } == .string(to))
    for peer in readers { #expect(try T.ok(s, "breaches.affected", ["id": .string(id)], as: peer)["count"] == 2, "\(peer.userName ?? "")") }
    for peer in refused { #expect(T.error(s, "breaches.affected", ["id": .string(id)], as: peer)?.code.rawValue == 1001, "\(peer.userName ?? "")") }
    let history = try T.ok(s, "breaches.history", ["id": .string(id)])
    #expect(!JSONWriter.string(history).contains("Oosterhuis"), "the breach's history names no one")
  }

  /// A list attached before lists kept a school (the old shape) is board-level: the school's contact
  /// does not read it, a corrected school takes it along, and the notice still deletes it.
  @Test func aListInTheOldShapeIsBoardLevelFollowsAndIsStillDeleted() throws {
    let s = try T.service()
    func oldList(_ id: String) throws {
      let old: JSONObject = ["id": .string(id), "breachId": .string(id), "people": Self.people, "count": 2, "attachedAt": "2026-11-28T09:00:00+01:00"]
      try s.ledger.write(AffectedList.name, actor: "fg", at: "2026-11-28T09:00:00+01:00") { _ throws(RegisterError) in
        RegisterChange(type: "affected.attached", id: id, record: old, change: ["breachId": .string(id), "count": 2])
      }
    }
    let id = try Self.breach(s, school: T.noord)
    let notified = try Self.breach(s, school: T.noord)
    try oldList(id)
    try oldList(notified)
    #expect(T.error(s, "breaches.affected", ["id": .string(id)], as: T.a)?.code.rawValue == 1001)
    #expect(try T.ok(s, "breaches.affected", ["id": .string(id)])["count"] == 2)
    _ = try T.ok(s, "breaches.correct", ["id": .string(id), "fields": ["school": .string(T.zuid)], "reason": "verkeerde school"], as: T.ab)
    #expect(try s.ledger.readWhole(AffectedList.name) { $0[id]?["school"] } == .string(T.zuid), "the old list follows too")
    // Noorderschool's contact, who cannot read the old list, still has it deleted by the notice.
    _ = try T.ok(s, "breaches.notifySubjects", [
      "id": .string(notified), "notifiedAt": "2026-11-28T15:00:00+01:00", "channel": "letter",
      "content": ["contactPoint": "FG", "consequences": "namen gezien door anderen", "measures": "mail teruggehaald"],
      "audience": ["legalRepresentatives": 2],
    ], as: T.a)
    #expect(try s.ledger.readWhole(AffectedList.name) { $0[notified] } == nil, "deleted after the notice by a scoped contact")
    #expect(try s.ledger.readWhole(AffectedList.name) { $0[id] } != nil, "another breach's list stays")
  }
}
