"""`python -m avgd`: call avgd from a shell.

    python -m avgd call METHOD ['{"param": ...}']   the result as JSON on stdout
    python -m avgd call METHOD key=value ...        the same, params as key=value pairs
    python -m avgd methods [--live]                 the published methods (--live: ask the daemon)

Options (before the command): --socket PATH (default: $AVGD_SOCKET, ...), or --spawn to run
`avgd serve --stdio` (with --store DIR or --memory) for this one command.
Exit status as `avgd call`: 0 ok; 1 the service answered with an error (the error object on
stderr); 2 usage; 3 no daemon answers; 4 the connection broke.
"""
import argparse
import json
import sys

from .client import AvgdError, Client
from .methods import METHODS


def _parser():
    p = argparse.ArgumentParser(prog="python -m avgd", description="Call the avgd service.")
    p.add_argument("--socket", help="the daemon's Unix socket (default: $AVGD_SOCKET, $XDG_RUNTIME_DIR/avgd.sock, ...)")
    p.add_argument("--expect-uid", type=int, help="accept a daemon running as this uid (default: only yourself or root)")
    p.add_argument("--spawn", action="store_true", help="run `avgd serve --stdio` for this command instead")
    p.add_argument("--store", help="with --spawn: the store directory")
    p.add_argument("--memory", action="store_true", help="with --spawn: no store")
    sub = p.add_subparsers(dest="command", required=True)
    call = sub.add_parser("call", help="call one method; prints its result as JSON")
    call.add_argument("method")
    call.add_argument(
        "params", nargs="*",
        help="params by name: one JSON object, or key=value pairs (birthDate=2010-03-15 on=2026-03-15)")
    methods = sub.add_parser("methods", help="list the published methods")
    methods.add_argument("--live", action="store_true", help="ask the daemon (rpc.discover) instead of this client's list")
    return p


class _Usage(Exception):
    pass


def _value(text):
    """One typed value, as `avgd call` reads it: JSON for numbers, objects, arrays, booleans and
    quoted strings; anything else (dates, ids, sentences, null) is the text as typed."""
    try:
        v = json.loads(text)
    except ValueError:
        return text
    return text if v is None else v


def call_params(words):
    """The params object from the words after METHOD: one JSON object, or key=value pairs."""
    if not words:
        return {}
    if len(words) == 1 and (words[0].startswith("{") or "=" not in words[0]):
        try:
            params = json.loads(words[0])
        except ValueError as e:
            raise _Usage(f"PARAMS is not JSON ({e}); give a JSON object or key=value pairs")
        if not isinstance(params, dict):
            raise _Usage("PARAMS must be a JSON object (params by name) or key=value pairs")
        return params
    params = {}
    for word in words:
        key, eq, text = word.partition("=")
        if not eq or not key:
            raise _Usage(f"{word} is not key=value (use one JSON object, or key=value pairs only)")
        if key in params:
            raise _Usage(f"{key} is given twice")
        params[key] = _value(text)
    return params


def _open(args):
    if args.spawn:
        return Client.spawn(store=args.store, memory=args.memory)
    return Client(socket=args.socket, expect_uid=args.expect_uid)


def main(argv=None):
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    if args.command == "methods" and not args.live:
        for name, (py, summary, _roles) in METHODS.items():
            print(f"{name:30} {summary}")
        return 0
    params = {}
    if args.command == "call":
        try:
            params = call_params(args.params)
        except _Usage as e:
            print(f"python -m avgd: {e}", file=sys.stderr)
            return 2
    try:
        client = _open(args)
    except OSError as e:
        print(f"python -m avgd: no daemon answers: {e}", file=sys.stderr)
        return 3
    try:
        with client:
            if args.command == "methods":
                for m in client.call("rpc.discover")["methods"]:
                    print(f"{m['name']:30} {m.get('summary', '')}")
                return 0
            result = client.call(args.method, **params)
    except AvgdError as e:
        err = {"code": e.code, "message": e.message}
        if e.data is not None:
            err["data"] = e.data
        print(json.dumps(err, ensure_ascii=False), file=sys.stderr)
        return 1
    except (OSError, ValueError) as e:
        print(f"python -m avgd: the connection broke: {e}", file=sys.stderr)
        return 4
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
