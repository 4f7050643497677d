import JSON
import JSONRPC
import Rules
import Testing
import Wording

@testable import Service

/// `rights.resolve` answers on the wire from encoded bytes it keeps (`RightsResolveCache`); these
/// tests hold that shortcut to the answer built from the rules and encoded the ordinary way.
@Suite struct RightsResolveWireTests {
  /// Birth dates across the phases, leap days and month ends; dates evaluated per birth date.
  static let birthDates = ["2010-03-15", "2008-02-29", "2012-02-29", "2014-12-31", "2000-01-01", "2026-11-29"]
  static let offsets = [0, 1, 365, 5_843, 5_844, 5_845, 6_574, 6_575, 6_576, 9_000]

  static func date(_ s: String) throws -> CivilDate { try CivilDate.parse(s) }
  /// Bytes as text, so a difference reads as JSON in the failure message.
  func text(_ bytes: [UInt8]?) -> String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? "(no reply)" }

  @Test(arguments: [LeapDayConvention.march1, .february28], Language.allCases)
  func cachedAnswersEqualFreshOnesByteForByte(convention: LeapDayConvention, language: Language) throws {
    try language.bound { try cachedAnswersEqualFreshOnes(convention: convention) }
  }

  func cachedAnswersEqualFreshOnes(convention: LeapDayConvention) throws {
    let shared = RightsResolveCache()
    for b in Self.birthDates {
      let birth = try Self.date(b)
      for offset in Self.offsets {
        let on = birth.adding(days: offset)
        let cached = try shared.answer(birthDate: birth, on: on, convention: convention)
        let fresh = try RightsResolveCache().answer(birthDate: birth, on: on, convention: convention)
        #expect(cached.value == fresh.value, "\(b) on \(on)")
        #expect(text(cached.encoded.bytes) == text(fresh.encoded.bytes), "\(b) on \(on)")
        // The kept encoding is exactly what the writer makes of the value, member order included.
        #expect(text(cached.encoded.bytes) == JSONWriter.string(cached.value), "\(b) on \(on)")
        #expect(cached.encoded.value() == cached.value)
        // And the value is the one the rules give.
        let rules = try RightHolder.resolve(birthDate: birth, on: on, convention: convention)
        #expect(cached.value["age"] == .int(rules.age))
        #expect(cached.value["rights"] == .array(rules.rights.map(RulesJSON.entry)))
        #expect((cached.value["nextChange"]?["on"]).flatMap(\.stringValue) == rules.nextChange.map { "\($0.on)" })
      }
    }
  }

  /// The templates (one per convention and phase, birthdays filled in) over many birth dates, the
  /// variety of a school board (issue 13 §4): every answer is the writer's encoding of the rules' value.
  @Test(arguments: [LeapDayConvention.march1, .february28], Language.allCases)
  func templatedAnswersOverManyBirthDates(convention: LeapDayConvention, language: Language) throws {
    try language.bound { try templatedAnswers(convention: convention) }
  }

  func templatedAnswers(convention: LeapDayConvention) throws {
    let shared = RightsResolveCache()
    let first = try Self.date("1996-02-29")
    for k in stride(from: 0, to: 11_000, by: 37) {
      let birth = first.adding(days: k)
      for on in [birth.adding(days: 5_843), birth.adding(days: 5_844), birth.adding(days: 6_575), try Self.date("2026-09-01")]
      where on >= birth {
        let answer = try shared.answer(birthDate: birth, on: on, convention: convention)
        let rules = try RightHolder.resolve(birthDate: birth, on: on, convention: convention)
        #expect(answer.value == RightsResolveCache.result(rules), "\(birth) on \(on)")
        #expect(text(answer.encoded.bytes) == JSONWriter.string(RightsResolveCache.result(rules)), "\(birth) on \(on)")
      }
    }
  }

  /// One cache serves both languages: a template made for a Dutch call is never given to an English
  /// one (the language is part of its key), and each answer is the fresh one in its own language.
  /// Every (convention, phase, language) has its template from the start, so no call builds or
  /// locks anything: 2 conventions × 3 phases × 2 languages.
  @Test func everyKeyHasACheckedTemplate() {
    #expect(RightsResolveCache().checkedTemplates == 12)
  }

  @Test func templatesAreKeptPerLanguage() throws {
    let shared = RightsResolveCache()
    let birth = try Self.date("2010-03-15"), on = try Self.date("2026-09-01")
    for round in 0..<2 {
      for language in Language.allCases {
        let (kept, fresh) = try language.bound {
          (try shared.answer(birthDate: birth, on: on, convention: .march1), try RightsResolveCache().answer(birthDate: birth, on: on, convention: .march1))
        }
        #expect(text(kept.encoded.bytes) == text(fresh.encoded.bytes), "\(language), round \(round)")
        // The value, built later and elsewhere, is in the language of the call that asked.
        #expect(Language.nl.bound { kept.value } == fresh.value, "\(language)")
        let sentence = kept.value["rights"]?.arrayValue?.first?["basis"]?["sentence"]?.stringValue ?? ""
        #expect(sentence.hasPrefix(language == .nl ? "Vanaf 16" : "From 16"), "\(sentence)")
      }
    }
    let service = try makeService()
    let session = RPCSession(peer: testPeer)
    for (k, language) in ["nl", "en", "nl"].enumerated() {
      let request: JSONValue = [
        "jsonrpc": "2.0", "method": "rights.resolve", "id": .int(k),
        "params": ["birthDate": "2010-03-15", "on": "2026-09-01", "language": .string(language)],
      ]
      let reply = text(service.server.handle(JSONWriter.bytes(request), session: session))
      #expect(reply.contains(language == "nl" ? "Vanaf 16 oefent de leerling" : "From 16 the student exercises"), "\(reply)")
    }
  }

  @Test func wireReplyIsTheEncodedCallResult() throws {
    let service = try makeService()
    let session = RPCSession(peer: testPeer)
    for (k, b) in Self.birthDates.enumerated() {
      for on in ["2026-03-14", "2026-03-15", "2028-03-15T00:30:00+01:00", "2028-03-14T23:30:00Z", nil] {
        var params: JSONObject = ["birthDate": .string(b)]
        if let on { params["on"] = .string(on) }
        let request: JSONValue = ["jsonrpc": "2.0", "method": "rights.resolve", "params": .object(params), "id": .int(k)]
        let reply = service.server.handle(JSONWriter.bytes(request), session: session)
        switch service.server.call("rights.resolve", params: params, peer: testPeer) {
        case .success(let result):
          #expect(text(reply) == text(RPCServer.encode(.success(result), id: .number(JSONNumber(k)))), "\(b) on \(on ?? "today")")
        case .failure(let error):
          // A birth date after `on`: the wire gives the same error.
          #expect(text(reply) == text(RPCServer.encode(.failure(error), id: .number(JSONNumber(k)))), "\(b) on \(on ?? "today")")
        }
      }
    }
  }

  @Test func wireErrorsAreTheUsualOnes() throws {
    let service = try makeService()
    let request = #"{"jsonrpc":"2.0","method":"rights.resolve","params":{"birthDate":"2026-02-30"},"id":7}"#
    let reply = try JSONParser.parse(service.server.handle(Array(request.utf8), session: RPCSession(peer: testPeer)) ?? [])
    #expect(reply["error"]?["code"] == -32602)
    #expect(reply["error"]?["data"]?["field"] == "birthDate")
    #expect(reply["id"] == 7)
  }
}
