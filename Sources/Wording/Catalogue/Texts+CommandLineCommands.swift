/// Texts of the commands that write files or overviews for people (`avgd export`, `avgd status`,
/// `avgd store backup`) and the headings of `avgd call METHOD --help` (issue 16 §4). The method and
/// parameter descriptions under those headings come from the declarations, in English like the
/// rest of the protocol reference; the footer of the help says so.
extension Texts.CommandLine {
  /// `--format` with a value other than xlsx or csv.
  public static let formatChoices = Text(nl: "--format is xlsx of csv", en: "--format is xlsx or csv")

  /// `avgd export` without registers and without `--all`, or with both.
  public static let registersOrAll = Text(nl: "noem een of meer registers, of --all", en: "name one or more registers, or --all")

  /// CSV asked for several registers.
  public static let csvHoldsOneRegister = Text(
    nl: "een CSV-bestand bevat één register; gebruik --format xlsx voor meer registers",
    en: "CSV holds one register; use --format xlsx for several")

  /// An xlsx export to a terminal.
  public static let xlsxNotForTheTerminal = Text(
    nl: "een xlsx-bestand hoort niet in de terminal: geef --output FILE of schrijf het weg met > FILE.xlsx",
    en: "an xlsx file is not for the terminal: add --output FILE or redirect with > FILE.xlsx")

  /// `avgd export --all`: a register the caller's role may not read.
  public static func leftOut(_ register: String, _ reason: String) -> Text {
    Text(nl: "\(register) weggelaten (\(reason))", en: "\(register) left out (\(reason))")
  }

  /// `avgd export --all` with no register readable at all.
  public static let noRegisterReadable = Text(
    nl: "met uw rol kon geen enkel register worden gelezen", en: "no register could be read with your role")

  /// The output file could not be created.
  public static func cannotWrite(_ path: String) -> Text {
    Text(nl: "kan \(path) niet schrijven", en: "cannot write \(path)")
  }

  /// `avgd status`: the first line.
  public static func statusAt(_ at: String) -> Text {
    Text(nl: "avgd status op \(at)", en: "avgd status at \(at)")
  }

  /// `avgd status` with nothing to do.
  public static let nothingOpen = Text(nl: "Er staat niets open.", en: "Nothing is open.")

  /// `avgd status`: the heading of what is past its deadline.
  public static let overdueHeading = Text(nl: "TERMIJN VERSTREKEN", en: "OVERDUE")

  /// `avgd status`: the heading of what is due soon.
  public static let dueSoonHeading = Text(nl: "TERMIJN LOOPT BIJNA AF", en: "DUE SOON")

  /// `avgd status`: the heading of what is to be checked.
  public static let checkHeading = Text(nl: "CONTROLEREN", en: "TO CHECK")

  /// `avgd store backup` while the daemon runs: it answered with an error.
  public static func daemonRefused(_ error: String) -> Text {
    Text(nl: "de daemon weigerde: \(error)", en: "the daemon refused: \(error)")
  }

  /// `avgd store backup` done by the running daemon.
  public static func backupWritten(_ store: String, to destination: String, pid: Int32) -> Text {
    Text(
      nl: "reservekopie van \(store) geschreven naar \(destination) door de draaiende avgd (pid \(pid))",
      en: "backup of \(store) written to \(destination) by the running avgd (pid \(pid))")
  }

  /// `avgd store backup`: a daemon holds the store but its socket does not answer.
  public static func daemonSilent(pid: Int32, store: String, socket: String, _ detail: String) -> Text {
    Text(
      nl: "avgd (pid \(pid)) heeft \(store) in gebruik maar antwoordt niet op \(socket): \(detail); geef --socket op",
      en: "avgd (pid \(pid)) holds \(store) but does not answer on \(socket): \(detail); pass --socket")
  }

  /// `avgd call METHOD --help`: the heading above the parameters.
  public static let parametersHeading = Text(nl: "Wat u meegeeft (parameters):", en: "Parameters:")

  /// `avgd call METHOD --help` for a method without parameters.
  public static let noParameters = Text(nl: "(geen)", en: "(none)")

  /// A parameter that must be given.
  public static let required = Text(nl: "verplicht", en: "required")

  /// A parameter that may be left out.
  public static let optional = Text(nl: "optioneel", en: "optional")

  /// The roles that may call the method.
  public static func roles(_ list: String) -> Text {
    Text(nl: "Rollen: \(list)", en: "Roles: \(list)")
  }

  /// A method every caller may call.
  public static let everyone = Text(nl: "iedereen", en: "everyone")

  /// The heading of the example, with the example's name from the declaration.
  public static func example(_ name: String) -> Text {
    Text(nl: "Voorbeeld (\(name)):", en: "Example (\(name)):")
  }

  /// The last line of `avgd call METHOD --help`: where the descriptions come from.
  public static let descriptionsFromTheReference = Text(
    nl: "De beschrijvingen hierboven komen uit de protocolreferentie (Protocol/openrpc.json) en zijn in het Engels, net als de namen van methoden en parameters.",
    en: "The descriptions above come from the protocol reference (Protocol/openrpc.json).")

  /// A parameter whose schema says nothing about its type.
  public static let anyType = Text(nl: "willekeurig", en: "any")

  /// A parameter with a fixed set of values.
  public static func oneOf(_ list: String) -> Text {
    Text(nl: "een van: \(list)", en: "one of: \(list)")
  }

  /// Between the alternatives of a parameter's type.
  public static let orSeparator = Text(nl: " of ", en: " or ")

  /// A parameter that is a list.
  public static func arrayOf(_ item: String) -> Text {
    Text(nl: "lijst van \(item)", en: "array of \(item)")
  }
}
