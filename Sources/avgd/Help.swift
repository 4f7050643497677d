/// The `--help` texts. Kept beside each other so the defaults read the same everywhere.
enum Help {
  /// `avgd --help`.
  static let main = """
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
      avgd report  --year YYYY [--school S] [--language en] [--json]    the annual privacy report (HTML)
      avgd status  [--on DATE] [--school S] [--language en] [--html]    what needs attention now
      avgd --version

    Defaults: socket $AVGD_SOCKET, else $XDG_RUNTIME_DIR/avgd.sock, else /tmp/avgd-<uid>/avgd.sock;
    store $AVGD_STORE, else $XDG_STATE_HOME/avgd, else ~/.local/state/avgd.
    `avgd COMMAND --help` describes each command. The protocol is in Protocol/README.md.
    """

  /// `avgd serve --help`.
  static let serve = """
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
      --language nl|en         the language of the answers' texts when a call names none (default nl)
      --leap-day CONVENTION    march1 (default) or february28: when a 29 February birthday counts
      --complaint-retention-years N  years a closed complaint dossier is kept (default 2)
      --image-consent-renewal MM-DD  yearly renewal date of image consent (default 08-01)
      --staff-grace-days N           days after a start before instruction is due (default 30)
    Environment: AVGD_NOW=RFC3339 pins "now" (tests and demonstrations only).
    """

  /// `avgd connect --help`.
  static let connect = """
    Usage: avgd connect [--socket PATH] [--expect-uid N]

    Copies standard input to a running daemon's socket and its replies to standard output, so a
    pipe shares the daemon's store:  echo '{"jsonrpc":"2.0","method":"service.info","id":1}' | avgd connect
    The server must run as you, as root or as --expect-uid N (checked with SO_PEERCRED before
    anything is sent). Exit status: 0 when both directions ended, 3 when no daemon answers on the
    socket or it is served by an unexpected user.
    """

  /// `avgd call --help`, with the exit codes scripts rely on.
  static let call = """
    Usage: avgd call [--socket PATH] [--expect-uid N] [--raw] METHOD [PARAMS]
           avgd call METHOD --help

    Sends one request and prints its `result` as JSON on stdout. PARAMS (default none) is one JSON
    object or key=value pairs; a value that reads as a JSON number, object, array or boolean is
    that value, a JSON string in quotes is that string ('id="123"'), anything else is text:
      avgd call rights.resolve birthDate=2010-03-15 on=2026-03-15
      avgd call rights.resolve '{"birthDate":"2010-03-15","on":"2026-03-15"}'
    `avgd call METHOD --help` prints the method's parameters (type, required, description), the
    roles that may call it and an example; `avgd methods` lists the methods.
    Exit status: 0 success; 1 the service answered with an error (the error object is printed on
    stderr: {"code":...,"message":...,"data":...}; a refusal that waits for a duty names it in
    data.duty and data.reason);
    2 usage error (bad PARAMS); 3 no daemon answers on the socket, or it is served by another user
    than you, root or --expect-uid N; 4 the connection failed mid-call.
    --raw prints a result that is a string as plain text (a form or letter to copy from):
      avgd call --raw breaches.apForm id=D-2026-0001 format=text
    """

  /// `avgd methods --help`.
  static let methods = """
    Usage: avgd methods [--socket PATH] [--expect-uid N]

    Lists every method with its one-line summary: the running daemon's (rpc.discover), or this
    binary's own when no daemon answers. `avgd call METHOD --help` tells more about one.
    """

  /// `avgd export --help`.
  static let export = """
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
    """

  /// `avgd report --help`.
  static let report = """
    Usage: avgd report --year YYYY [--socket PATH] [--school NAME] [--language nl|en] [--json]

    Writes the annual privacy report for the board (reports.annual) to stdout: one self-contained
    HTML document with charts, Dutch by default, ready to print on A4. --json prints its figures.
    Example:  avgd report --year 2026 > jaarverslag-2026.html
    Exit status as avgd call: 0 success, 1 error answer, 2 usage, 3 no daemon, 4 connection failed.
    """

  /// `avgd status --help`.
  static let status = """
    Usage: avgd status [--socket PATH] [--on DATE|INSTANT] [--school NAME] [--language nl|en] [--html]

    Prints what needs attention now (reports.status): overdue first, then due soon, then to check.
    Coloured when stdout is a terminal (and NO_COLOR is unset); --html prints a one-page HTML overview.
    Exit status as avgd call: 0 success, 1 error answer, 2 usage, 3 no daemon, 4 connection failed.
    """
}
