/// The `--help` texts. Kept beside each other so the defaults read the same everywhere.
enum Help {
  /// `avgd --help`.
  static let main = """
    avgd — the AVG (GDPR) duties of Dutch schools as a JSON-RPC 2.0 service.

    Usage:
      avgd serve   [--stdio] [--socket PATH] [--store DIR] [options]   run the service
      avgd connect [--socket PATH]                                      pipe stdin/stdout to a running daemon
      avgd call    [--socket PATH] METHOD [PARAMS-JSON]                 one call, for shell scripts
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
    End of input (stdio only) or SIGTERM/SIGINT: stop accepting, finish in-flight requests, write a
    snapshot, remove the socket file, exit 0.

    Options:
      --stdio                  serve on stdin/stdout
      --socket PATH            serve on this Unix socket (default: see avgd --help)
      --socket-mode MODE       octal file mode of the socket (default 0600: only this user)
      --store DIR              the store directory (default: see avgd --help)
      --memory                 keep no store (nothing is saved; for trying things out)
      --roles FILE             who holds which role (JSON, Protocol/access.md); default $AVGD_ROLES,
                               else <store>/roles.json if present, else only this user (privacyOfficer)
      --log-level LEVEL        debug, info, warning or error (default info)
      --max-message-bytes N    largest message (default 8388608)
      --max-batch N            most elements in a batch (default 100)
      --max-connections N      most simultaneous socket clients (default 256)
      --max-in-flight N        most unanswered requests per connection (default 64)
      --write-timeout SECONDS  close a client that stops reading its replies (default 10)
      --leap-day CONVENTION    march1 (default) or february28: when a 29 February birthday counts
      --complaint-retention-years N  years a closed complaint dossier is kept (default 2)
    Environment: AVGD_NOW=RFC3339 pins "now" (tests and demonstrations only).
    """

  /// `avgd connect --help`.
  static let connect = """
    Usage: avgd connect [--socket PATH]

    Copies standard input to a running daemon's socket and its replies to standard output, so a
    pipe shares the daemon's store:  echo '{"jsonrpc":"2.0","method":"service.info","id":1}' | avgd connect
    Exit status: 0 when both directions ended, 3 when no daemon answers on the socket.
    """

  /// `avgd call --help`, with the exit codes scripts rely on.
  static let call = """
    Usage: avgd call [--socket PATH] METHOD [PARAMS-JSON]

    Sends one request (params by name, a JSON object; default {}) and prints its `result` as JSON
    on stdout.  Example:  avgd call rights.resolve '{"birthDate":"2010-03-15","on":"2026-03-15"}'
    Exit status: 0 success; 1 the service answered with an error (the error object is printed on
    stderr: {"code":...,"message":...,"data":...}); 2 usage error (bad PARAMS-JSON); 3 no daemon
    answers on the socket; 4 the connection failed mid-call.
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
