/// The `--help` pages of the command line (issue 16 §1 and §4), in Dutch (the default) and English
/// (`--language en`). Commands, option names, placeholders, paths and environment variables are the
/// same in both; the option columns line up the same way in both, so the pages read alike.
extension Texts {
  /// The help pages of `avgd` and its commands.
  public enum CommandLineHelp {
    /// `avgd --help`.
    public static let main = Text(
      nl: """
        avgd — de AVG-plichten van Nederlandse scholen als JSON-RPC 2.0-service.

        Gebruik:
          avgd serve   [--stdio] [--socket PATH] [--store DIR] [opties]   de service starten
          avgd connect [--socket PATH] [--expect-uid N]                     stdin/stdout doorgeven aan een draaiende daemon
          avgd call    [--socket PATH] [--expect-uid N] METHOD [PARAMS]      één aanroep, voor shellscripts
          avgd call    METHOD --help                                       parameters, rollen en een voorbeeld van een methode
          avgd methods                                                     alle methoden, elk op één regel
          avgd export  [--format xlsx|csv] [--output FILE] REGISTER...|--all  registers als bestand voor Excel
          avgd store   verify|repair|backup|info [--store DIR] ...          een opslag controleren, herstellen of kopiëren
          avgd openrpc                                                      het OpenRPC-document afdrukken
          avgd report  --year YYYY [--school S] [--json]                    het jaarverslag privacy (HTML)
          avgd status  [--on DATE] [--school S] [--html]                    wat nu aandacht vraagt
          avgd --version

        Elke opdracht neemt --language nl|en: de taal waarin avgd antwoordt (standaard nl, Nederlands;
        en voor Engels). Bij call, export, report en status gaat die taal ook mee met de aanroep.
        Standaard: socket $AVGD_SOCKET, anders $XDG_RUNTIME_DIR/avgd.sock, anders /tmp/avgd-<uid>/avgd.sock;
        opslag $AVGD_STORE, anders $XDG_STATE_HOME/avgd, anders ~/.local/state/avgd.
        `avgd OPDRACHT --help` beschrijft elke opdracht. Het protocol staat in Protocol/README.md (in het Engels).
        """,
      en: """
        avgd — the AVG (GDPR) duties of Dutch schools as a JSON-RPC 2.0 service.

        Usage:
          avgd serve   [--stdio] [--socket PATH] [--store DIR] [options]   run the service
          avgd connect [--socket PATH] [--expect-uid N]                     pipe stdin/stdout to a running daemon
          avgd call    [--socket PATH] [--expect-uid N] METHOD [PARAMS]      one call, for shell scripts
          avgd call    METHOD --help                                       a method's params, roles, example
          avgd methods                                                     the methods, one line each
          avgd export  [--format xlsx|csv] [--output FILE] REGISTER...|--all  registers as a file for Excel
          avgd store   verify|repair|backup|info [--store DIR] ...          check, mend or copy a store
          avgd openrpc                                                      print the OpenRPC document
          avgd report  --year YYYY [--school S] [--json]                    the annual privacy report (HTML)
          avgd status  [--on DATE] [--school S] [--html]                    what needs attention now
          avgd --version

        Every command takes --language nl|en: the language avgd speaks (default nl, Dutch; en for
        English). For call, export, report and status the language is sent with the call as well.
        Defaults: socket $AVGD_SOCKET, else $XDG_RUNTIME_DIR/avgd.sock, else /tmp/avgd-<uid>/avgd.sock;
        store $AVGD_STORE, else $XDG_STATE_HOME/avgd, else ~/.local/state/avgd.
        `avgd COMMAND --help` describes each command. The protocol is in Protocol/README.md.
        """)

    /// `avgd serve --help`.
    public static let serve = Text(
      nl: """
        Gebruik: avgd serve [--stdio] [--socket PATH] [--store DIR] [opties]

        Bedient JSON-RPC 2.0 op standaardinvoer en -uitvoer (--stdio), op een Unix-socket (--socket), of
        op beide. Zonder die twee: op de standaardsocket. Logregels gaan naar stderr; stdout bevat alleen
        protocolbytes. Einde van de invoer (alleen stdio) of SIGTERM/SIGINT/SIGHUP: geen nieuwe verzoeken
        meer aannemen, lopende verzoeken afmaken, een snapshot schrijven, het socketbestand verwijderen,
        exit 0 (SIGHUP leest niets opnieuw in: herstart om een gewijzigd rollenbestand te lezen). De map
        van de socket moet van deze gebruiker (of root) zijn en niet beschrijfbaar voor groep of anderen;
        een ontbrekende map wordt gemaakt met rechten 0700.

        Opties:
          --stdio                  bedienen op stdin/stdout
          --socket PATH            bedienen op deze Unix-socket (standaard: zie avgd --help)
          --socket-mode MODE       octale bestandsrechten van de socket (standaard 0600: alleen deze gebruiker)
          --store DIR              de map van de opslag (standaard: zie avgd --help)
          --memory                 niets bewaren (alles is weg na het stoppen; om dingen uit te proberen)
          --allow-network-fs       toch een opslag op NFS, CIFS of FUSE openen (standaard geweigerd: de
                                   vergrendeling en fdatasync zijn daar niet te vertrouwen; contrib/hosting.md)
          --board ID               het schoolbestuur dat deze avgd bedient (één avgd per bestuur: avgd@ID.service);
                                   genoemd in de logregels en in service.info
          --roles FILE             wie welke rol heeft (JSON, Protocol/access.md); standaard $AVGD_ROLES,
                                   anders <store>/roles.json als dat er is, anders alleen deze gebruiker (privacyOfficer)
          --log-level LEVEL        debug, info, warning of error (standaard info)
          --max-message-bytes N    grootste bericht (standaard 8388608)
          --max-batch N            meeste elementen in een batch (standaard 100)
          --max-connections N      meeste gelijktijdige socketclients (standaard 256)
          --max-in-flight N        meeste onbeantwoorde verzoeken per verbinding (standaard 64)
          --write-timeout SECONDS  een client sluiten die zijn antwoorden niet meer leest (standaard 10)
          --max-reply-bytes N      grootste enkele antwoord (standaard 16777216; daarboven: -32008)
          --max-batch-reply-bytes N  grootste som van de antwoorden van één batch (standaard 33554432)
          --max-connections-per-uid N  meeste verbindingen van één gebruiker, behalve avgd's eigen gebruiker en root (standaard 32)
          --reserved-connections N plaatsen van --max-connections vrijgehouden voor avgd's eigen gebruiker en root (standaard 8)
          --idle-timeout SECONDS   een stille socketverbinding sluiten (standaard 600)
          --request-timeout SECONDS  een socketverbinding sluiten waarvan een bericht niet helemaal aankomt (standaard 10)
          --language nl|en         de taal van de logregels en van de teksten in antwoorden als een aanroep er geen noemt (standaard nl)
          --leap-day CONVENTION    march1 (standaard) of february28: wanneer een verjaardag op 29 februari telt
          --complaint-retention-years N  jaren dat een afgesloten klachtdossier bewaard blijft (standaard 2)
          --image-consent-renewal MM-DD  jaarlijkse datum waarop toestemming voor beeldmateriaal opnieuw wordt gevraagd (standaard 08-01)
          --staff-grace-days N           dagen na indiensttreding voordat de instructie verplicht is (standaard 30)
        Omgeving: AVGD_NOW=RFC3339 zet "nu" vast (alleen voor tests en demonstraties).
        """,
      en: """
        Usage: avgd serve [--stdio] [--socket PATH] [--store DIR] [options]

        Serves JSON-RPC 2.0 on standard input/output (--stdio), on a Unix socket (--socket), or both.
        With neither, serves on the default socket. Logs go to stderr; stdout carries protocol bytes only.
        End of input (stdio only) or SIGTERM/SIGINT/SIGHUP: stop accepting, finish in-flight requests,
        write a snapshot, remove the socket file, exit 0 (SIGHUP reloads nothing: restart to read a
        changed roles file). The socket's directory must belong to this user (or root) and not be
        writable by group or others; a missing one is created as 0700.

        Options:
          --stdio                  serve on stdin/stdout
          --socket PATH            serve on this Unix socket (default: see avgd --help)
          --socket-mode MODE       octal file mode of the socket (default 0600: only this user)
          --store DIR              the store directory (default: see avgd --help)
          --memory                 keep no store (nothing is saved; for trying things out)
          --allow-network-fs       open a store on NFS, CIFS or FUSE anyway (refused by default:
                                   its lock and fdatasync cannot be trusted; contrib/hosting.md)
          --board ID               the school board this avgd serves (one avgd per board: avgd@ID.service);
                                   named in the logs and service.info
          --roles FILE             who holds which role (JSON, Protocol/access.md); default $AVGD_ROLES,
                                   else <store>/roles.json if present, else only this user (privacyOfficer)
          --log-level LEVEL        debug, info, warning or error (default info)
          --max-message-bytes N    largest message (default 8388608)
          --max-batch N            most elements in a batch (default 100)
          --max-connections N      most simultaneous socket clients (default 256)
          --max-in-flight N        most unanswered requests per connection (default 64)
          --write-timeout SECONDS  close a client that stops reading its replies (default 10)
          --max-reply-bytes N      largest single reply (default 16777216; over it: -32008)
          --max-batch-reply-bytes N  largest sum of one batch's replies (default 33554432)
          --max-connections-per-uid N  most connections of one user other than avgd's own and root (default 32)
          --reserved-connections N slots of --max-connections kept for avgd's own user and root (default 8)
          --idle-timeout SECONDS   close a silent socket connection (default 600)
          --request-timeout SECONDS  close a socket connection whose message does not arrive in full (default 10)
          --language nl|en         the language of the logs, and of the answers' texts when a call names none (default nl)
          --leap-day CONVENTION    march1 (default) or february28: when a 29 February birthday counts
          --complaint-retention-years N  years a closed complaint dossier is kept (default 2)
          --image-consent-renewal MM-DD  yearly renewal date of image consent (default 08-01)
          --staff-grace-days N           days after a start before instruction is due (default 30)
        Environment: AVGD_NOW=RFC3339 pins "now" (tests and demonstrations only).
        """)

    /// `avgd connect --help`.
    public static let connect = Text(
      nl: """
        Gebruik: avgd connect [--socket PATH] [--expect-uid N]

        Kopieert standaardinvoer naar de socket van een draaiende daemon en diens antwoorden naar
        standaarduitvoer, zodat een pipe de opslag van de daemon deelt:
          echo '{"jsonrpc":"2.0","method":"service.info","id":1}' | avgd connect
        De server moet draaien als u, als root of als --expect-uid N (gecontroleerd met SO_PEERCRED
        voordat er iets wordt verstuurd). Afsluitstatus: 0 als beide richtingen klaar zijn, 3 als er
        geen daemon antwoordt op de socket of die door een onverwachte gebruiker wordt bediend.
        """,
      en: """
        Usage: avgd connect [--socket PATH] [--expect-uid N]

        Copies standard input to a running daemon's socket and its replies to standard output, so a
        pipe shares the daemon's store:  echo '{"jsonrpc":"2.0","method":"service.info","id":1}' | avgd connect
        The server must run as you, as root or as --expect-uid N (checked with SO_PEERCRED before
        anything is sent). Exit status: 0 when both directions ended, 3 when no daemon answers on the
        socket or it is served by an unexpected user.
        """)
  }
}
