/// The `--help` pages of the commands that call a running daemon (`avgd call`, `methods`, `export`,
/// `report`, `status`), in Dutch (the default) and English (`--language en`).
extension Texts.CommandLineHelp {
  /// `avgd call --help`, with the exit codes scripts rely on.
  public static let call = Text(
    nl: """
      Gebruik: avgd call [--socket PATH] [--expect-uid N] [--raw] [--language nl|en] METHOD [PARAMS]
               avgd call METHOD --help

      Stuurt één verzoek en drukt het `result` als JSON af op stdout. PARAMS (standaard geen) is één
      JSON-object of key=value-paren; een waarde die leest als JSON-getal, -object, -array of boolean is
      die waarde, een JSON-string tussen aanhalingstekens is die string ('id="123"'), al het andere is tekst:
        avgd call rights.resolve birthDate=2010-03-15 on=2026-03-15
        avgd call rights.resolve '{"birthDate":"2010-03-15","on":"2026-03-15"}'
      `avgd call METHOD --help` toont de parameters van de methode (type, verplicht, beschrijving), de
      rollen die haar mogen aanroepen en een voorbeeld; `avgd methods` noemt alle methoden.
      --language nl|en gaat mee als de parameter language van de aanroep (tenzij PARAMS die al noemt),
      zodat ook de teksten in het antwoord in die taal zijn; zonder --language antwoordt de daemon in
      zijn eigen taal (avgd serve --language, standaard nl).
      Afsluitstatus: 0 gelukt; 1 de service antwoordde met een fout (het foutobject staat op stderr:
      {"code":...,"message":...,"data":...}; een weigering die op een plicht wacht, noemt die in
      data.duty en data.reason);
      2 gebruiksfout (onjuiste PARAMS); 3 er antwoordt geen daemon op de socket, of die draait als een
      andere gebruiker dan u, root of --expect-uid N; 4 de verbinding viel weg tijdens de aanroep.
      --raw drukt een resultaat dat een string is af als gewone tekst (een formulier of brief om over te nemen):
        avgd call --raw breaches.apForm id=D-2026-0001 format=text
      """,
    en: """
      Usage: avgd call [--socket PATH] [--expect-uid N] [--raw] [--language nl|en] METHOD [PARAMS]
             avgd call METHOD --help

      Sends one request and prints its `result` as JSON on stdout. PARAMS (default none) is one JSON
      object or key=value pairs; a value that reads as a JSON number, object, array or boolean is
      that value, a JSON string in quotes is that string ('id="123"'), anything else is text:
        avgd call rights.resolve birthDate=2010-03-15 on=2026-03-15
        avgd call rights.resolve '{"birthDate":"2010-03-15","on":"2026-03-15"}'
      `avgd call METHOD --help` prints the method's parameters (type, required, description), the
      roles that may call it and an example; `avgd methods` lists the methods.
      --language nl|en is sent as the call's language param (unless PARAMS names one), so the answer's
      texts are in that language too; without --language the daemon answers in its own (avgd serve
      --language, default nl).
      Exit status: 0 success; 1 the service answered with an error (the error object is printed on
      stderr: {"code":...,"message":...,"data":...}; a refusal that waits for a duty names it in
      data.duty and data.reason);
      2 usage error (bad PARAMS); 3 no daemon answers on the socket, or it is served by another user
      than you, root or --expect-uid N; 4 the connection failed mid-call.
      --raw prints a result that is a string as plain text (a form or letter to copy from):
        avgd call --raw breaches.apForm id=D-2026-0001 format=text
      """)

  /// `avgd methods --help`.
  public static let methods = Text(
    nl: """
      Gebruik: avgd methods [--socket PATH] [--expect-uid N]

      Noemt elke methode met haar samenvatting van één regel: die van de draaiende daemon (rpc.discover),
      of die van dit programma zelf als er geen daemon antwoordt. `avgd call METHOD --help` vertelt meer
      over één methode. De samenvattingen komen uit de protocolreferentie en zijn in het Engels.
      """,
    en: """
      Usage: avgd methods [--socket PATH] [--expect-uid N]

      Lists every method with its one-line summary: the running daemon's (rpc.discover), or this
      binary's own when no daemon answers. `avgd call METHOD --help` tells more about one.
      """)

  /// `avgd export --help`.
  public static let export = Text(
    nl: """
      Gebruik: avgd export [--socket PATH] [--expect-uid N] [--format xlsx|csv] [--language nl|en] [--output FILE] REGISTER...|--all

      Schrijft registers als bestand voor een mens. xlsx (standaard): een Excel-werkmap met één blad per
      register, een vastgezette vette kopregel en echte datumcellen; --all neemt elk register dat uw rol
      mag lezen (de andere worden weggelaten, dat staat op stderr). csv: één register; in het Nederlands
      de CSV die Nederlandse Excel opent (`;`, een byte-order mark, Nederlandse waarden, dd-mm-jjjj), in
      het Engels RFC 4180 met komma's. Kopjes, waarden en bladnamen zijn in --language, anders in de taal
      van de daemon (avgd serve --language, standaard nl). Voorbeelden:
        avgd export --all --output registers.xlsx
        avgd export breaches --format csv > datalekken.csv
      Afsluitstatus: 0 geschreven; 1 een register kon niet worden geëxporteerd; 2 gebruiksfout; 3 geen daemon;
      4 de verbinding viel weg.
      """,
    en: """
      Usage: avgd export [--socket PATH] [--expect-uid N] [--format xlsx|csv] [--language nl|en] [--output FILE] REGISTER...|--all

      Writes registers as a file for a person. xlsx (default): an Excel workbook with one sheet per
      register, a frozen bold header row and real date cells; --all takes every register your role may
      read (the others are left out, said on stderr). csv: one register; in Dutch the CSV Dutch Excel
      opens (`;`, a byte-order mark, Dutch values, dd-mm-jjjj), in English RFC 4180 with commas.
      Headers, values and sheet names are in --language, else the daemon's (avgd serve --language,
      default nl). Examples:
        avgd export --all --output registers.xlsx
        avgd export breaches --format csv > datalekken.csv
      Exit status: 0 written; 1 a register could not be exported; 2 usage; 3 no daemon; 4 connection failed.
      """)

  /// `avgd report --help`.
  public static let report = Text(
    nl: """
      Gebruik: avgd report --year YYYY [--socket PATH] [--school NAME] [--language nl|en] [--json]

      Schrijft het jaarverslag privacy van het bestuur (reports.annual) naar stdout: één HTML-document met
      grafieken en alles erin, standaard in het Nederlands, klaar om op A4 af te drukken. --json geeft de cijfers.
      Voorbeeld:  avgd report --year 2026 > jaarverslag-2026.html
      Afsluitstatus als bij avgd call: 0 gelukt, 1 foutantwoord, 2 gebruiksfout, 3 geen daemon, 4 verbinding weggevallen.
      """,
    en: """
      Usage: avgd report --year YYYY [--socket PATH] [--school NAME] [--language nl|en] [--json]

      Writes the annual privacy report for the board (reports.annual) to stdout: one self-contained
      HTML document with charts, Dutch by default, ready to print on A4. --json prints its figures.
      Example:  avgd report --year 2026 > jaarverslag-2026.html
      Exit status as avgd call: 0 success, 1 error answer, 2 usage, 3 no daemon, 4 connection failed.
      """)

  /// `avgd status --help`.
  public static let status = Text(
    nl: """
      Gebruik: avgd status [--socket PATH] [--on DATE|INSTANT] [--school NAME] [--language nl|en] [--html]

      Toont wat nu aandacht vraagt (reports.status): eerst wat te laat is, dan wat bijna afloopt, dan wat
      gecontroleerd moet worden. In kleur als stdout een terminal is (en NO_COLOR niet is gezet); --html
      geeft een overzicht van één pagina in HTML.
      Afsluitstatus als bij avgd call: 0 gelukt, 1 foutantwoord, 2 gebruiksfout, 3 geen daemon, 4 verbinding weggevallen.
      """,
    en: """
      Usage: avgd status [--socket PATH] [--on DATE|INSTANT] [--school NAME] [--language nl|en] [--html]

      Prints what needs attention now (reports.status): overdue first, then due soon, then to check.
      Coloured when stdout is a terminal (and NO_COLOR is unset); --html prints a one-page HTML overview.
      Exit status as avgd call: 0 success, 1 error answer, 2 usage, 3 no daemon, 4 connection failed.
      """)
}
