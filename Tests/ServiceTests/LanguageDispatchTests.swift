import Foundation
import JSON
import JSONRPC
import Testing
import Wording

@testable import Service

/// The language of an answer's texts (issue 16 §1): Dutch unless the daemon was started with
/// `--language en` or the call names its own `language`; names and enum values never change.
@Suite struct LanguageDispatchTests {
  @Test func dutchByDefaultEnglishOnRequest() throws {
    let service = try makeService()
    let nl = try #require(callError(service, "rights.resolve", [:]))
    #expect(nl.data?["reason"] == "is verplicht")
    let en = try #require(callError(service, "rights.resolve", ["language": "en"]))
    #expect(en.data?["reason"] == "is required")
    #expect(en.data?["field"] == "birthDate" && nl.data?["field"] == "birthDate")
  }

  @Test func theDaemonsDefaultIsItsLanguageOption() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.language = .en
    let service = try AvgdService(configuration: c)
    #expect(callError(service, "rights.resolve", [:])?.data?["reason"] == "is required")
    #expect(callError(service, "rights.resolve", ["language": "nl"])?.data?["reason"] == "is verplicht")
    #expect(call(service, "service.info", [:])["language"] == "en")
  }

  @Test func everyMethodTakesLanguageAndRefusesAnUnknownOne() throws {
    let service = try makeService()
    for d in service.server.table.declarations {
      #expect(d.params.contains { $0.name == "language" }, "\(d.name) takes no language")
    }
    let e = try #require(callError(service, "service.info", ["language": "de"]))
    #expect(e.code == .invalidParams && e.data?["field"] == "language")
  }

  @Test func unknownMethodAndParameterAreExplainedInTheCallsLanguage() throws {
    let service = try makeService()
    let nl = try #require(callError(service, "rights.resolv", [:]))
    #expect(nl.data?["reason"]?.stringValue?.hasPrefix("er is geen methode \"rights.resolv\"; bedoelt u") == true)
    let en = try #require(callError(service, "rights.resolv", ["language": "en"]))
    #expect(en.data?["reason"]?.stringValue?.hasPrefix("there is no method \"rights.resolv\"; did you mean") == true)
    let p = try #require(callError(service, "rights.resolve", ["birthDate": "2010-03-15", "onn": "2026-03-15", "language": "en"]))
    #expect(p.data?["reason"]?.stringValue?.contains("did you mean on?") == true)
  }
}
