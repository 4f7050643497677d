"""The connection: JSON-RPC 2.0 over avgd's Unix socket or a child's stdio, standard library only.

    from avgd import Client, AvgdError
    with Client(socket="/tmp/avgd-1000/avgd.sock") as c:        # or Client() for the default socket
        print(c.call("rights.resolve", birthDate="2010-03-15", on="2026-03-15"))
        print(c.rights_resolve("2010-03-15", on="2026-03-15"))   # the same, typed (avgd.methods)
    with Client.spawn(store="/tmp/store") as c:                  # `avgd serve --stdio` as a child
        c.call("service.info")

Errors come back as AvgdError (or a subclass named after the code) with .code, .message and
.data (see Protocol/errors.md). Newline-delimited JSON, params by name; ids are this client's own
counter. One request at a time per connection (a lock makes a Client safe to share between threads).
"""
import itertools
import json
import os
import shutil
import socket as _socket
import struct
import subprocess
import threading

from .methods import Methods

__all__ = [
    "Client", "AvgdError", "UnexpectedServer", "default_socket", "default_command",
    "ParseError", "InvalidRequest", "MethodNotFound", "InvalidParams", "InternalError",
    "RequestTooBig", "ReplyTooLarge", "ServerBusy", "RequestCancelled",
    "NotFound", "NotAllowed", "NotEntitled", "Forbidden", "TooLate", "Conflict", "StoreFailure",
]


class AvgdError(Exception):
    """An error response: code, message and data exactly as the service sent them.

    `AvgdError.from_reply(error_object)` returns the subclass for the code when there is one
    (InvalidParams for -32602, NotFound for 1001, ...), so callers may catch either.
    """

    code_class = {}

    def __init__(self, code, message, data=None):
        super().__init__(f"{code} {message}" + (f": {json.dumps(data, ensure_ascii=False)}" if data else ""))
        self.code = code
        self.message = message
        self.data = data

    def __init_subclass__(cls, code=None, **kw):
        super().__init_subclass__(**kw)
        if code is not None:
            AvgdError.code_class[code] = cls

    @classmethod
    def from_reply(cls, error):
        """The exception for a JSON-RPC error object {"code", "message", "data"?}."""
        code = error.get("code")
        return AvgdError.code_class.get(code, AvgdError)(code, error.get("message"), error.get("data"))


class ParseError(AvgdError, code=-32700):
    """-32700: the message was not JSON."""


class InvalidRequest(AvgdError, code=-32600):
    """-32600: not a Request object."""


class MethodNotFound(AvgdError, code=-32601):
    """-32601: no such method on this daemon."""


class InvalidParams(AvgdError, code=-32602):
    """-32602: a param is missing, unknown, of the wrong type or breaks a rule; data.field names it."""


class InternalError(AvgdError, code=-32603):
    """-32603: a defect in avgd (logged on its stderr)."""


class RequestTooBig(AvgdError, code=-32007):
    """-32007: the message is larger than maxMessageBytes."""


class ReplyTooLarge(AvgdError, code=-32008):
    """-32008: the answer is over maxReplyBytes (or a batch's over maxBatchReplyBytes); page with .list and its cursor."""


class ServerBusy(AvgdError, code=-32009):
    """-32009: too many clients at once."""


class RequestCancelled(AvgdError, code=-32800):
    """-32800: cancelled by $/cancelRequest before it ran."""


class NotFound(AvgdError, code=1001):
    """1001: no record with that id (data.id)."""


class NotAllowed(AvgdError, code=1002):
    """1002: the state machine refuses the action (data.status, data.allowed)."""


class NotEntitled(AvgdError, code=1003):
    """1003: the requester does not hold the right (data.field, data.reason, data.holders)."""


class Forbidden(AvgdError, code=1004):
    """1004: the caller's role may not call this method (data.required)."""


class TooLate(AvgdError, code=1005):
    """1005: a deadline rule refuses the action (data.deadline)."""


class Conflict(AvgdError, code=1006):
    """1006: the action conflicts with recorded data."""


class StoreFailure(AvgdError, code=1100):
    """1100: the change could not be made durable; nothing was changed."""


class UnexpectedServer(PermissionError):
    """The socket is served by another user than you, root or `expect_uid`: nothing was sent.

    Whoever can take over the socket's path could otherwise receive your requests (names, contact
    details) and answer them. .uid is the server's uid (SO_PEERCRED).
    """

    def __init__(self, path, uid, expected):
        super().__init__(f"refusing {path}: it is served by uid {uid}, not by you (uid {os.getuid()}), root"
                         + (f" or uid {expected}" if expected is not None else "")
                         + f"; if that is avgd's user, pass expect_uid={uid}")
        self.uid = uid


def server_uid(sock):
    """The uid of the process serving a connected Unix socket (SO_PEERCRED: pid, uid, gid)."""
    creds = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def default_socket():
    """The socket avgd uses by default: $AVGD_SOCKET, $XDG_RUNTIME_DIR/avgd.sock, /tmp/avgd-<uid>/avgd.sock."""
    if os.environ.get("AVGD_SOCKET"):
        return os.environ["AVGD_SOCKET"]
    if os.environ.get("XDG_RUNTIME_DIR"):
        return os.path.join(os.environ["XDG_RUNTIME_DIR"], "avgd.sock")
    return f"/tmp/avgd-{os.getuid()}/avgd.sock"


def default_command():
    """The daemon to spawn: $AVGD_BIN, else `avgd` on PATH, as `avgd serve --stdio`."""
    return [os.environ.get("AVGD_BIN") or shutil.which("avgd") or "avgd", "serve", "--stdio"]


class Client(Methods):
    """One connection to avgd. Use as a context manager, or call close().

    Client(socket=PATH) connects to a running daemon (default: default_socket()). Before sending
    anything it checks who serves the socket: your own uid, root, or `expect_uid` (the daemon's
    user when it runs as another one); anyone else raises UnexpectedServer.
    Client.spawn(store=DIR) starts `avgd serve --stdio` as a child and talks over its pipes.
    Every published method is also a typed method of Client (see avgd.methods): c.rights_resolve(...).
    """

    def __init__(self, socket=None, timeout=30.0, *, expect_uid=None, _pipes=None):
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.process = None
        if _pipes is not None:
            self._reader, self._writer, self._closer = _pipes
            return
        self.socket_path = socket or default_socket()
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(self.socket_path)
            uid = server_uid(sock)
            if uid not in (os.getuid(), 0, expect_uid):
                raise UnexpectedServer(self.socket_path, uid, expect_uid)
        except OSError:
            sock.close()
            raise
        f = sock.makefile("rwb")

        def close():
            f.close()
            sock.close()

        self._reader, self._writer, self._closer = f, f, close

    @classmethod
    def connect(cls, path=None, timeout=30.0, expect_uid=None):
        """Connects to a running daemon's Unix socket (the same as Client(socket=path))."""
        return cls(socket=path, timeout=timeout, expect_uid=expect_uid)

    @classmethod
    def spawn(cls, command=None, store=None, memory=False, env=None):
        """Starts `avgd serve --stdio` as a child (command: the argv to run, default default_command())
        on `store` (or in memory) and talks to it over its stdin/stdout. The child ends with close()."""
        cmd = list(command or default_command())
        if store and "--store" not in cmd:
            cmd += ["--store", str(store)]
        if memory and "--memory" not in cmd:
            cmd.append("--memory")
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=None if env is None else {**os.environ, **env})

        def close():
            proc.stdin.close()
            proc.wait(timeout=30)
            proc.stdout.close()

        client = cls(_pipes=(proc.stdout, proc.stdin, close))
        client.process = proc
        return client

    def _send(self, msg):
        self._writer.write(json.dumps(msg, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        self._writer.flush()

    def request(self, method, params=None):
        """Sends one request and returns the whole response object."""
        with self._lock:
            rid = next(self._ids)
            msg = {"jsonrpc": "2.0", "method": method, "id": rid}
            if params is not None:
                msg["params"] = params
            self._send(msg)
            line = self._reader.readline()
        if not line:
            raise ConnectionError("avgd closed the connection")
        reply = json.loads(line)
        if reply.get("id") != rid:
            raise ConnectionError(f"reply for id {reply.get('id')!r}, expected {rid}")
        return reply

    def call(self, method, **params):
        """Calls `method` with by-name params; returns the result or raises AvgdError."""
        reply = self.request(method, params)
        if "error" in reply:
            raise AvgdError.from_reply(reply["error"])
        return reply.get("result")

    def notify(self, method, **params):
        """Sends a notification (no reply)."""
        with self._lock:
            self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def close(self):
        """Closes the connection (and, for a spawned daemon, waits for it to exit)."""
        self._closer()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
