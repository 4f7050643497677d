import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// `consents.correct`, `sharing.correct`, `complaints.correct`, `imageConsents.correct`,
/// `publications.correct` and `staff.correct` in-process (issue 16 §6): each kind of allowed field
/// is corrected, a refused field says why, an invalid new value gets the entry method's own -32602
/// under `fields.`, derived members are recomputed, both versions stay in the history, and only
/// the roles that write the register may correct.
@Suite struct RegisterCorrectionsTests {
  /// The caller holds every role that writes these registers (the counsellor for the dossiers).
  static func service(roles: [Role] = [.privacyOfficer, .confidentialCounsellor]) throws -> AvgdService {
    let s = try makeService(roles: roles)
    for (method, params) in setup { _ = call(s, method, params) }
    return s
  }

  /// One record per register (and a closed dossier, a second consent, a staff member who left).
  static let setup: [(String, JSONObject)] = [
    ("consents.record", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "scope": ["name", "class", "photo"], "purpose": "class photo", "givenOn": "2026-09-01",
    ]),
    ("consents.record", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "scope": ["name", "class"], "purpose": "class photo", "givenOn": "2026-09-05",
    ]),
    ("sharing.record", [
      "recipient": ["name": "Fotostudio De Lens", "role": "thirdPartyController"], "purpose": "class photo", "legalBasis": "AVG6_1a",
      "dataCategories": ["name", "class"], "students": [["id": "4521", "birthDate": "2012-05-10"]], "disclosedOn": "2026-09-10",
      "consentId": "C-2026-0001",
    ]),
    ("complaints.open", [
      "complainant": ["name": "Sanne de Vries", "role": "student"], "accused": ["name": "P. Bakker", "role": "staff"],
      "description": "Remarks in class", "category": "treatment",
      "consent": ["givenBy": "Sanne de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": true],
      "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": "2026-11-02T10:15:00+01:00", "school": "Brederocollege",
    ]),
    ("complaints.open", [
      "complainant": ["name": "F. El Amrani", "role": "parent"], "description": "A remark at the gate",
      "consent": ["givenBy": "F. El Amrani", "givenAt": "2024-03-04T13:00:00+01:00", "explicit": true],
      "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": "2024-03-04T14:00:00+01:00",
    ]),
    ("complaints.close", ["id": "K-2024-0001", "closedAt": "2024-06-10T12:00:00+02:00", "outcome": "resolved"]),
    ("publications.consent", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "channels": ["WEBSITE", "DRUKWERK"], "givenOn": "2026-09-01",
    ]),
    ("publications.record", [
      "channel": "WEBSITE", "publishedOn": "2026-10-05", "description": "Foto's sportdag", "students": [["id": "4521"]],
    ]),
    ("staff.register", ["id": "MW-1", "roles": ["LERAAR"], "schools": ["Brederocollege"], "activeFrom": "2024-08-15"]),
    ("staff.instruct", ["topic": "DATALEK_MELDEN", "on": "2025-11-28", "staff": [["id": "MW-1"]]]),
    ("staff.register", ["id": "MW-2", "roles": ["LERAAR"], "schools": ["Brederocollege"], "activeFrom": "2020-08-01"]),
    ("staff.leave", ["id": "MW-2", "on": "2026-07-31"]),
  ]

  /// Per register and kind of field: method, id, fields, the result member, the corrected path
  /// and its new stored value.
  static let allowed: [(String, String, JSONObject, String, String, JSONValue)] = [
    ("consents.correct", "C-2026-0001", ["givenBy": ["name": "M. Janssen"]], "consent", "givenBy.name", "M. Janssen"),
    ("consents.correct", "C-2026-0001", ["student": ["id": "4522"]], "consent", "student.id", "4522"),
    ("consents.correct", "C-2026-0001", ["givenBy": ["relationship": "guardian"]], "consent", "givenBy.relationship", "guardian"),
    ("consents.correct", "C-2026-0001", ["scope": ["name", "class", "photo", "video"]], "consent", "scope", ["name", "class", "photo", "video"]),
    ("consents.correct", "C-2026-0001", ["givenOn": "2026-08-30"], "consent", "givenOn", "2026-08-30"),
    ("sharing.correct", "S-2026-0001", ["recipient": ["name": "De Lens B.V."]], "disclosure", "recipient.name", "De Lens B.V."),
    ("sharing.correct", "S-2026-0001", ["recipient": ["role": "processor"]], "disclosure", "recipient.role", "processor"),
    ("sharing.correct", "S-2026-0001", ["dataCategories": ["name"]], "disclosure", "dataCategories", ["name"]),
    ("sharing.correct", "S-2026-0001", ["disclosedOn": "2026-09-12", "students": [["id": "4521", "birthDate": "2012-05-10"]]], "disclosure", "disclosedOn", "2026-09-12"),
    ("complaints.correct", "K-2026-0001", ["accused": ["name": "P. Backer"]], "dossier", "accused.name", "P. Backer"),
    ("complaints.correct", "K-2026-0001", ["complainant": ["role": "parent"]], "dossier", "complainant.role", "parent"),
    ("complaints.correct", "K-2026-0001", ["description": "Remarks in the gym"], "dossier", "description", "Remarks in the gym"),
    ("complaints.correct", "K-2026-0001", ["category": "other"], "dossier", "category", "other"),
    ("complaints.correct", "K-2026-0001", ["openedAt": "2026-11-02T10:30:00"], "dossier", "openedAt", "2026-11-02T10:30:00+01:00"),
    ("complaints.correct", "K-2026-0001", ["consent": ["givenBy": "S. de Vries"]], "dossier", "consent.givenBy", "S. de Vries"),
    ("imageConsents.correct", "BT-2026-0001", ["givenBy": ["name": "M. Janssen"]], "consent", "givenBy.name", "M. Janssen"),
    ("imageConsents.correct", "BT-2026-0001", ["validFrom": "2026-09-15"], "consent", "validFrom", "2026-09-15"),
    ("imageConsents.correct", "BT-2026-0001", ["channel": "NIEUWSBRIEF"], "consent", "channel", "NIEUWSBRIEF"),
    ("publications.correct", "BP-2026-0001", ["description": "Foto's sportdag 2026"], "publication", "description", "Foto's sportdag 2026"),
    ("publications.correct", "BP-2026-0001", ["location": "https://school.example/sport"], "publication", "location", "https://school.example/sport"),
    ("publications.correct", "BP-2026-0001", ["publishedOn": "2026-10-06"], "publication", "publishedOn", "2026-10-06"),
    ("staff.correct", "MW-1", ["roles": ["LERAAR", "ZORG"]], "member", "roles", ["LERAAR", "ZORG"]),
    ("staff.correct", "MW-1", ["schools": ["De Linde"]], "member", "schools", ["De Linde"]),
    ("staff.correct", "MW-1", ["activeFrom": "2024-08-19"], "member", "activeFrom", "2024-08-19"),
    ("staff.correct", "MW-2", ["activeTo": "2026-08-31"], "member", "activeTo", "2026-08-31"),
  ]

  @Test(arguments: allowed.indices)
  func eachKindOfFieldIsCorrectedAndBothVersionsStayInTheHistory(_ i: Int) throws {
    let (method, id, fields, member, path, new) = Self.allowed[i]
    let s = try Self.service()
    let register = String(method.split(separator: ".")[0])
    let before = try #require(call(s, "\(register).get", ["id": .string(id)]).objectValue)
    let answer = call(s, method, ["id": .string(id), "fields": .object(fields), "reason": "overgenomen van het formulier"])
    let record = try #require(answer[member]?.objectValue)
    #expect(Correction.value(at: path, in: record) == new, "\(method) \(path)")
    #expect(record["lastCorrectedAt"] == "2026-11-29T10:00:00+01:00")
    let changed = answer["correction"]?["fields"]?.arrayValue ?? []
    #expect(changed.first?["field"] == .string(path) && changed.first?["new"] == new)
    #expect(changed.first?["old"] == Correction.value(at: path, in: before) ?? .null)
    let events = call(s, "\(register).history", ["id": .string(id)])["events"]?.arrayValue ?? []
    #expect(events.last?["event"] == .string("\(register).corrected"))
    #expect(events.last?["change"]?["reason"] == "overgenomen van het formulier")
    #expect(events.last?["change"]?["fields"] == answer["correction"]?["fields"])
    #expect(events.count >= 2, "the entry's event stays beside the correction")
    let stored = try #require(call(s, "\(register).get", ["id": .string(id)]).objectValue)
    #expect(Correction.value(at: path, in: stored) == new)
  }

  /// A refused field: -32602 on `fields.<name>` with the register's reason (Dutch by default).
  static let refused: [(String, String, JSONObject, String, String)] = [
    ("consents.correct", "C-2026-0001", ["status": "withdrawn"], "fields.status", "de status verandert alleen"),
    ("consents.correct", "C-2026-0001", ["withdrawal": ["on": "2026-10-01"]], "fields.withdrawal", "sharing.withdrawConsent"),
    ("consents.correct", "C-2026-0001", ["ageOnGiving": 15], "fields.ageOnGiving", "wordt afgeleid"),
    ("sharing.correct", "S-2026-0001", ["legalBasis": "AVG6_1e"], "fields.legalBasis", "sharing.record"),
    ("sharing.correct", "S-2026-0001", ["informed": []], "fields.informed", "sharing.informed"),
    ("complaints.correct", "K-2026-0001", ["outcome": "resolved"], "fields.outcome", "besloten en meegedeeld"),
    ("complaints.correct", "K-2026-0001", ["consent": ["explicit": false]], "fields.consent.explicit", "uitdrukkelijke toestemming"),
    ("complaints.correct", "K-2026-0001", ["reports": []], "fields.reports", "complaints.addReport"),
    ("complaints.correct", "K-2026-0001", ["closedAt": "2026-11-20T10:00:00+01:00"], "fields.closedAt", "complaints.close"),
    ("imageConsents.correct", "BT-2026-0001", ["validUntil": "2027-08-31"], "fields.validUntil", "wordt afgeleid"),
    ("imageConsents.correct", "BT-2026-0001", ["withdrawal": ["on": "2026-10-01"]], "fields.withdrawal", "publications.withdraw"),
    ("publications.correct", "BP-2026-0001", ["takenDown": ["on": "2026-10-07"]], "fields.takenDown", "publications.takeDown"),
    ("publications.correct", "BP-2026-0001", ["id": "BP-2026-0009"], "fields.id", "het nummer"),
    ("staff.correct", "MW-1", ["id": "MW-9"], "fields.id", "het nummer"),
    ("staff.correct", "MW-1", ["activeTo": "2026-08-31"], "fields.activeTo", "staff.leave"),
  ]

  @Test(arguments: refused.indices)
  func aRefusedFieldSaysWhy(_ i: Int) throws {
    let (method, id, fields, field, reason) = Self.refused[i]
    let s = try Self.service()
    let e = try #require(callError(s, method, ["id": .string(id), "fields": .object(fields), "reason": "x"]))
    #expect(e.code == .invalidParams)
    #expect(e.data?["field"] == .string(field))
    #expect(e.data?["reason"]?.stringValue?.contains(reason) == true, "\(e.data?["reason"] ?? .null)")
  }

  /// An invalid new value: the entry method's own refusal (code and reason), its field under `fields.`.
  /// Each row: the entry call with the bad value, the correction with the same value, the entry's field.
  static let invalid: [(String, JSONObject, String, String, JSONObject, String)] = [
    ("consents.record", with(setup[0].1, "givenOn", "2026-12-01"), "consents.correct", "C-2026-0001", ["givenOn": "2026-12-01"], "givenOn"),
    ("consents.record", with(setup[0].1, "purpose", "  "), "consents.correct", "C-2026-0001", ["purpose": "  "], "purpose"),
    ("consents.record", with(setup[0].1, "student", ["id": "4521", "birthDate": "2010-05-10"]), "consents.correct", "C-2026-0001",
     ["student": ["birthDate": "2010-05-10"]], "givenBy.relationship"),
    ("sharing.record", with(setup[2].1, "purpose", "school trip"), "sharing.correct", "S-2026-0001", ["purpose": "school trip"], "purpose"),
    ("sharing.record", with(setup[2].1, "dataCategories", ["name", "address"]), "sharing.correct", "S-2026-0001",
     ["dataCategories": ["name", "address"]], "dataCategories[1]"),
    ("complaints.open", with(setup[3].1, "consent", ["givenBy": "Sanne de Vries", "givenAt": "2026-11-03T10:00:00+01:00", "explicit": true]),
     "complaints.correct", "K-2026-0001", ["consent": ["givenAt": "2026-11-03T10:00:00+01:00"]], "consent.givenAt"),
    ("complaints.open", with(setup[3].1, "description", " "), "complaints.correct", "K-2026-0001", ["description": " "], "description"),
    ("publications.consent", with(setup[6].1, "validFrom", "2026-08-01"), "imageConsents.correct", "BT-2026-0001",
     ["validFrom": "2026-08-01"], "validFrom"),
    ("publications.record", with(setup[7].1, "channel", "SOCIAAL_MEDIA"), "publications.correct", "BP-2026-0001",
     ["channel": "SOCIAAL_MEDIA"], "students[0].id"),
    ("publications.record", with(setup[7].1, "publishedOn", "2026-12-24"), "publications.correct", "BP-2026-0001",
     ["publishedOn": "2026-12-24"], "publishedOn"),
    ("staff.register", with(setup[8].1, "activeFrom", "2024-02-30"), "staff.correct", "MW-1", ["activeFrom": "2024-02-30"], "activeFrom"),
  ]

  @Test(arguments: invalid.indices)
  func anInvalidNewValueGetsTheEntryMethodsOwnRefusal(_ i: Int) throws {
    let (entry, entryParams, method, id, fields, field) = Self.invalid[i]
    let s = try Self.service()
    let atEntry = try #require(callError(s, entry, entryParams), "\(entry) accepted it")
    let atCorrection = try #require(callError(s, method, ["id": .string(id), "fields": .object(fields), "reason": "x"]), "\(method) accepted it")
    #expect(atEntry.data?["field"] == .string(field))
    #expect(atCorrection.code == atEntry.code)
    #expect(atCorrection.data?["field"] == .string("fields.\(field)"))
    #expect(atCorrection.data?["reason"] == atEntry.data?["reason"])
  }

  /// Derived members follow the corrected facts and are listed under `recomputed`.
  static let recomputed: [(String, String, JSONObject, String, JSONValue, JSONValue)] = [
    ("consents.correct", "C-2026-0001", ["student": ["birthDate": "2012-06-10"]], "studentTakesOverOn", "2028-05-10", "2028-06-10"),
    ("consents.correct", "C-2026-0001", ["givenOn": "2024-09-01"], "ageOnGiving", 14, 12),
    ("sharing.correct", "S-2026-0001", ["students": [["id": "4521", "birthDate": "2012-05-10", "consentId": "C-2026-0002"]]],
     "consentIds", ["C-2026-0001"], ["C-2026-0002"]),
    ("complaints.correct", "K-2024-0001", ["closedAt": "2024-07-01T12:00:00+02:00"], "retainUntil", "2026-06-10", "2026-07-01"),
    ("imageConsents.correct", "BT-2026-0001", ["givenOn": "2026-07-15"], "validUntil", "2027-07-31", "2026-07-31"),
    ("imageConsents.correct", "BT-2026-0001", ["channel": "NIEUWSBRIEF"], "channelLabel", .null, .null),
    ("publications.correct", "BP-2026-0001", ["channel": "DRUKWERK"], "printed", false, true),
  ]

  @Test(arguments: recomputed.indices)
  func derivedMembersAreRecomputed(_ i: Int) throws {
    let (method, id, fields, member, old, new) = Self.recomputed[i]
    let s = try Self.service()
    let answer = call(s, method, ["id": .string(id), "fields": .object(fields), "reason": "verkeerd overgenomen"])
    let list = answer["correction"]?["recomputed"]?.arrayValue ?? []
    let entry = try #require(list.first { $0["field"] == .string(member) }, "\(method): \(list)")
    if old != .null { #expect(entry["old"] == old) }
    if new != .null { #expect(entry["new"] == new) } else { #expect(entry["new"] != entry["old"]) }
  }

  @Test func aCorrectedInstructionDateMovesWhenItIsDueAgain() throws {
    let s = try Self.service()
    #expect((call(s, "staff.due", [:])["items"]?.arrayValue ?? []).contains { $0["staffId"] == "MW-1" && $0["topic"] == "DATALEK_MELDEN" })
    let answer = call(s, "staff.correct", [
      "id": "MW-1", "fields": ["instructions": [["topic": "DATALEK_MELDEN", "on": "2026-01-12"]]], "reason": "datum van de presentielijst",
    ])
    #expect(answer["member"]?["instructions"] == [["topic": "DATALEK_MELDEN", "on": "2026-01-12", "validThrough": "2027-01-12"]])
    #expect(!(call(s, "staff.due", [:])["items"]?.arrayValue ?? []).contains { $0["staffId"] == "MW-1" && $0["topic"] == "DATALEK_MELDEN" })
    let bad = try #require(callError(s, "staff.correct", [
      "id": "MW-1", "fields": ["instructions": [["topic": "DATALEK_MELDEN", "on": "2027-01-12"]]], "reason": "x",
    ]))
    #expect(bad.data?["field"] == "fields.instructions[0].on")
  }

  @Test func aCorrectionThatChangesNothingSaysSo() throws {
    let s = try Self.service()
    for (method, id, fields) in [
      ("consents.correct", "C-2026-0001", ["purpose": "class photo"] as JSONObject),
      ("staff.correct", "MW-1", ["activeFrom": "2024-08-15"] as JSONObject),
      ("publications.correct", "BP-2026-0001", ["channel": "WEBSITE"] as JSONObject),
    ] {
      let e = try #require(callError(s, method, ["id": .string(id), "fields": .object(fields), "reason": "x"]))
      #expect(e.code == .invalidParams && e.data?["field"] == "fields")
      #expect(e.data?["reason"] == "elke gegeven waarde is gelijk aan de vastgelegde: er valt niets te verbeteren")
    }
  }

  @Test func aWithdrawalMayNotFallBeforeACorrectedGivenOn() throws {
    let s = try Self.service()
    _ = call(s, "sharing.withdrawConsent", [
      "consentId": "C-2026-0002", "withdrawnOn": "2026-09-20", "by": ["relationship": "parent", "name": "M. Jansen"],
    ])
    let e = try #require(callError(s, "consents.correct", ["id": "C-2026-0002", "fields": ["givenOn": "2026-09-25"], "reason": "x"]))
    #expect(e.code == .invalidParams && e.data?["field"] == "fields.givenOn")
    #expect(call(s, "consents.correct", ["id": "C-2026-0002", "fields": ["givenOn": "2026-09-04"], "reason": "x"])["consent"]?["status"] == "withdrawn")
  }

  @Test func aCorrectedDisclosureDateNeedsTheBirthDates() throws {
    let s = try Self.service()
    let e = try #require(callError(s, "sharing.correct", ["id": "S-2026-0001", "fields": ["disclosedOn": "2026-09-12"], "reason": "x"]))
    #expect(e.code == .invalidParams && e.data?["field"] == "fields.students")
  }

  /// Who writes the register corrects it: 1004 for anyone else, and the dossiers are the counsellor's alone.
  static let forbidden: [(String, String, [Role])] = [
    ("consents.correct", "C-2026-0001", [.management]),
    ("sharing.correct", "S-2026-0001", [.management]),
    ("complaints.correct", "K-2026-0001", [.privacyOfficer]),
    ("imageConsents.correct", "BT-2026-0001", [.management]),
    ("publications.correct", "BP-2026-0001", [.management]),
    ("staff.correct", "MW-1", [.management]),
  ]

  @Test(arguments: forbidden.indices)
  func aRoleThatMayNotWriteTheRegisterGets1004(_ i: Int) throws {
    let (method, id, roles) = Self.forbidden[i]
    let s = try makeService(roles: roles)
    let e = try #require(callError(s, method, ["id": .string(id), "fields": ["school": "x"], "reason": "x"]))
    #expect(e.code == .forbidden)
    let declared = s.server.table.declarations.first { $0.name == method }?.roles ?? []
    let writer = method == "complaints.correct" ? "complaints.open" : ["consents.correct": "consents.record", "sharing.correct": "sharing.record",
      "imageConsents.correct": "publications.consent", "publications.correct": "publications.record", "staff.correct": "staff.register"][method] ?? ""
    #expect(Set(declared) == Set(s.server.table.declarations.first { $0.name == writer }?.roles ?? ["?"]))
  }

  @Test func reasonsFollowTheCallsLanguage() throws {
    let s = try Self.service()
    let en = try #require(callError(s, "consents.correct", ["id": "C-2026-0001", "fields": ["status": "x"], "reason": "x", "language": "en"]))
    let nl = try #require(callError(s, "consents.correct", ["id": "C-2026-0001", "fields": ["status": "x"], "reason": "x", "language": "nl"]))
    #expect(en.data?["field"] == nl.data?["field"])
    #expect(en.data?["reason"]?.stringValue?.contains("the status moves only") == true)
    #expect(nl.data?["reason"]?.stringValue?.contains("de status verandert alleen") == true)
  }

  /// School scope as for the register's other writes (issue 18 §1): a caller for one school does
  /// not see another school's staff member (1001) and may not correct one out of its schools.
  @Test func aCallerScopedToOneSchoolCorrectsOnlyWithinIt() throws {
    let text = #"{"version": 1, "grants": [{"user": "adm", "role": "administration", "schools": ["Brederocollege"]}, {"user": "all", "role": "administration"}]}"#
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = AccessPolicy(config: try RolesConfig.parse(Array(text.utf8), file: "roles.json"), ownUID: 1000)
    let s = try AvgdService(configuration: c)
    func peer(_ name: String) -> Peer { Peer(kind: .socket, uid: 7000, gid: 65534, pid: 4242, userName: name) }
    for (id, school) in [("MW-1", "Brederocollege"), ("MW-3", "De Linde")] {
      _ = try s.server.call("staff.register", params: ["id": .string(id), "roles": ["LERAAR"], "schools": [.string(school)], "activeFrom": "2024-08-15"], peer: peer("all")).get()
    }
    let fix: JSONObject = ["id": "MW-1", "fields": ["activeFrom": "2024-08-19"], "reason": "x"]
    #expect(try s.server.call("staff.correct", params: fix, peer: peer("adm")).get()["member"]?["activeFrom"] == "2024-08-19")
    let other = s.server.call("staff.correct", params: ["id": "MW-3", "fields": ["activeFrom": "2024-08-19"], "reason": "x"], peer: peer("adm"))
    #expect(other.failure?.code == .notFound)
    let away = s.server.call("staff.correct", params: ["id": "MW-1", "fields": ["schools": ["De Linde"]], "reason": "x"], peer: peer("adm"))
    #expect(away.failure?.code == .invalidParams && away.failure?.data?["field"] == "fields.schools")
  }

  static func with(_ o: JSONObject, _ key: String, _ v: JSONValue) -> JSONObject {
    var o = o
    o[key] = v
    return o
  }
}
