import Foundation
import JSON
import Testing

/// The command line speaks Dutch by default and English with `--language en` (issue 16 §1 and §4),
/// tested on the real binary: the process's language is set once per run, before anything is
/// printed, so only a separate process shows it. The same mistake or the same help in both
/// languages: the texts differ, the exit status and the literal parts (options, names) do not.
@Suite struct CommandLineLanguageLiveTests {
  /// Runs avgd with `args`; (exit status, stdout, stderr).
  static func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["AVGD_SOCKET"] = "/nonexistent/avgd.sock"   // never a daemon of the machine's own
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    // A guard, not a measurement: a command that wrongly waits is stopped, so the test fails instead of hanging.
    let pid = p.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 30) { if p.isRunning { kill(pid, SIGKILL) } }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  /// One usage error per kind of command: its words, the Dutch and the English message (each
  /// followed by that command's help in the same language).
  struct Mistake: Sendable, CustomStringConvertible {
    /// The words after `avgd`.
    let args: [String]
    /// What stderr holds without `--language` (and with `--language nl`).
    let nl: String
    /// What stderr holds with `--language en`.
    let en: String
    /// The command line, naming the test case.
    var description: String { args.joined(separator: " ") }
  }

  static let mistakes: [Mistake] = [
    Mistake(args: ["call", "rights.resolve", "on=2026-03-15", "on=2026-03-16"],
            nl: "avgd call: on staat er twee keer\n\nGebruik: avgd call", en: "avgd call: on is given twice\n\nUsage: avgd call"),
    Mistake(args: ["call", "rights.resolve", "[1]"],
            nl: "avgd call: PARAMS moet een JSON-object zijn", en: "avgd call: PARAMS must be a JSON object"),
    Mistake(args: ["export", "breaches", "--format", "pdf"],
            nl: "avgd export: --format is xlsx of csv\n\nGebruik: avgd export", en: "avgd export: --format is xlsx or csv\n\nUsage: avgd export"),
    Mistake(args: ["export", "--all", "--format", "csv"],
            nl: "een CSV-bestand bevat één register", en: "CSV holds one register"),
    Mistake(args: ["report"], nl: "avgd report: --year YYYY is verplicht", en: "avgd report: --year YYYY is required"),
    Mistake(args: ["status", "--colour"], nl: "avgd status: onbekende optie --colour\n\nGebruik: avgd status",
            en: "avgd status: unknown option --colour\n\nUsage: avgd status"),
    Mistake(args: ["methods", "extra"], nl: "avgd methods: onverwacht argument extra", en: "avgd methods: unexpected argument extra"),
    Mistake(args: ["connect", "--expect-uid", "root"], nl: "moet een uid als getal zijn", en: "must be a numeric uid"),
    Mistake(args: ["serve", "--max-batch", "x"],
            nl: "avgd serve: --max-batch moet een positief geheel getal zijn\n\nGebruik: avgd serve",
            en: "avgd serve: --max-batch must be a positive whole number\n\nUsage: avgd serve"),
    Mistake(args: ["frobnicate"], nl: "avgd: onbekende opdracht frobnicate\n\navgd — de AVG-plichten",
            en: "avgd: unknown command frobnicate\n\navgd — the AVG (GDPR) duties"),
  ]

  @Test(arguments: mistakes)
  func aUsageErrorIsDutchByDefaultAndEnglishOnRequest(_ m: Mistake) throws {
    let nl = try Self.run(m.args)
    let en = try Self.run(m.args + ["--language", "en"])
    let explicitNL = try Self.run(["--language=nl"] + m.args)
    #expect(nl.status == 2 && en.status == 2 && explicitNL.status == 2, "\(nl.err)\n\(en.err)")
    #expect(nl.err.contains(m.nl), "\(nl.err)")
    #expect(en.err.contains(m.en), "\(en.err)")
    #expect(explicitNL.err == nl.err)
    #expect(!nl.err.contains(m.en) && !en.err.contains(m.nl))
    #expect(nl.out.isEmpty && en.out.isEmpty)
  }

  /// `avgd serve --language en --max-batch x`: the language is taken before the mistake is read,
  /// whichever comes first on the line.
  @Test func serveSaysItsUsageErrorInTheLanguageNamedBeforeIt() throws {
    let en = try Self.run(["serve", "--language", "en", "--max-batch", "x"])
    #expect(en.status == 2)
    #expect(en.err.hasPrefix("avgd serve: --max-batch must be a positive whole number\n\nUsage: avgd serve"), "\(en.err)")
    #expect(en.err.contains("--language nl|en         the language of the logs"))
  }

  @Test func aLanguageAvgdDoesNotSpeakIsAUsageErrorInDutch() throws {
    for args in [["status", "--language", "de"], ["call", "--language=fr", "service.info"], ["store", "info", "--language", "de"]] {
      let r = try Self.run(args)
      #expect(r.status == 2, "\(args)")
      #expect(r.err.contains(": --language is nl (Nederlands, de standaard) of en (Engels)"), "\(r.err)")
    }
    let noValue = try Self.run(["status", "--language"])
    #expect(noValue.status == 2 && noValue.err.contains("--language heeft een waarde nodig"), "\(noValue.err)")
  }

  @Test(arguments: [["help"], ["--help"], ["serve", "--help"], ["connect", "--help"], ["call", "--help"], ["methods", "--help"],
                    ["export", "--help"], ["report", "--help"], ["status", "-h"]])
  func helpIsDutchByDefaultAndEnglishOnRequest(_ args: [String]) throws {
    let nl = try Self.run(args)
    let en = try Self.run(args + ["--language", "en"])
    #expect(nl.status == 0 && en.status == 0)
    #expect(nl.out != en.out)
    #expect(nl.out.contains("Gebruik:") && !nl.out.contains("Usage:"), "\(nl.out)")
    #expect(en.out.contains("Usage:") && !en.out.contains("Gebruik:"), "\(en.out)")
    // The literal parts are the same in both: every option the English page names, the Dutch names too.
    let options = { (s: String) in Set(s.split(whereSeparator: { " [|]()=,;:`'".contains($0) || $0.isNewline }).filter { $0.hasPrefix("--") }) }
    #expect(options(nl.out) == options(en.out))
  }

  @Test func theLanguageMayComeBeforeTheCommand() throws {
    let en = try Self.run(["--language", "en", "status", "--help"])
    #expect(en.status == 0 && en.out.hasPrefix("Usage: avgd status"), "\(en.out)")
    let main = try Self.run(["--language", "en"])
    #expect(main.status == 2 && main.out.hasPrefix("avgd — the AVG (GDPR) duties"), "\(main.out)")
  }

  /// `avgd call METHOD --help` (from this binary's own declarations: no daemon answers): the
  /// headings and labels in the command line's language, the descriptions from the declaration.
  @Test func methodHelpHasItsHeadingsInBothLanguages() throws {
    let nl = try Self.run(["call", "rights.resolve", "--help"])
    let en = try Self.run(["call", "rights.resolve", "--help", "--language", "en"])
    #expect(nl.status == 0 && en.status == 0, "\(nl.err)\(en.err)")
    for label in ["Wat u meegeeft (parameters):", "  birthDate  string (date), verplicht", "  on         string, optioneel",
                  "een van: nl, en, optioneel", "Rollen: privacyOfficer", "Voorbeeld (", "protocolreferentie"] {
      #expect(nl.out.contains(label), "\(label)\n\(nl.out)")
    }
    for label in ["\nParameters:\n", "  birthDate  string (date), required", "  on         string, optional",
                  "one of: nl, en, optional", "Roles: privacyOfficer", "Example (", "protocol reference"] {
      #expect(en.out.contains(label), "\(label)\n\(en.out)")
    }
    // The declaration's own words are the same in both.
    let summary = nl.out.prefix { $0 != "\n" }
    #expect(summary.hasPrefix("rights.resolve — ") && en.out.hasPrefix(summary))
    #expect(nl.out.contains("The student's date of birth.") && en.out.contains("The student's date of birth."))
    let unknownNL = try Self.run(["call", "rights.resolv", "--help"])
    let unknownEN = try Self.run(["call", "rights.resolv", "--help", "--language", "en"])
    #expect(unknownNL.status == 1 && unknownEN.status == 1)
    #expect(unknownNL.err == "avgd call: rights.resolv is geen methode; `avgd methods` noemt ze allemaal\n", "\(unknownNL.err)")
    #expect(unknownEN.err == "avgd call: rights.resolv is not a method; `avgd methods` lists them\n", "\(unknownEN.err)")
  }

  /// `avgd call --language en` sends the language with the call, so the daemon's answer follows;
  /// without it the daemon's own (Dutch here) applies. The params' own `language` wins.
  @Test func callSendsAnExplicitLanguageToTheDaemon() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true)
    defer { _ = server.terminate() }
    let socket = try #require(server.socketPath)
    func reason(_ args: [String]) throws -> (Int32, String?) {
      let r = try Self.run(["call", "--socket", socket] + args)
      let error = try? JSONParser.parse(r.err.trimmingCharacters(in: .whitespacesAndNewlines))
      return (r.status, error?["data"]?["reason"]?.stringValue)
    }
    let (nlStatus, nl) = try reason(["rights.resolve"])
    let (enStatus, en) = try reason(["--language", "en", "rights.resolve"])
    let (ownStatus, own) = try reason(["--language", "en", "rights.resolve", "language=nl"])
    #expect(nlStatus == 1 && enStatus == 1 && ownStatus == 1)
    #expect(nl == "is verplicht" && en == "is required" && own == "is verplicht", "\(String(describing: nl)) \(String(describing: en))")
  }

  /// `avgd store` takes `--language` too (its own parser does not know it: main.swift takes it out).
  @Test func storeTakesTheLanguageOption() throws {
    let dir = Binaries.temporaryDirectory()
    let r = try Self.run(["store", "info", "--store", dir + "/store", "--language", "en"])
    #expect(r.status == 0, "\(r.err)")
  }
}
