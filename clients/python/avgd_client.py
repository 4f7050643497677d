"""A standard-library-only client for avgd (JSON-RPC 2.0 over a Unix socket or a child's stdio).

    from avgd_client import Client, AvgdError
    with Client.connect("/tmp/avgd-1000/avgd.sock") as c:        # or Client.connect() for the default
        print(c.call("rights.resolve", birthDate="2010-03-15", on="2026-03-15"))
    with Client.spawn(["avgd", "serve", "--stdio", "--memory"]) as c:
        c.call("service.info")

Errors come back as AvgdError with .code, .message and .data (see Protocol/errors.md).
Newline-delimited JSON, params by name; ids are this client's own counter.
"""
import itertools
import json
import os
import socket
import subprocess

__all__ = ["Client", "AvgdError", "default_socket"]


class AvgdError(Exception):
    """An error response: code, message and data as the service sent them."""

    def __init__(self, code, message, data=None):
        super().__init__(f"{code} {message}" + (f": {json.dumps(data, ensure_ascii=False)}" if data else ""))
        self.code = code
        self.message = message
        self.data = data


def default_socket():
    """The socket avgd uses by default: $AVGD_SOCKET, $XDG_RUNTIME_DIR/avgd.sock, /tmp/avgd-<uid>/avgd.sock."""
    if os.environ.get("AVGD_SOCKET"):
        return os.environ["AVGD_SOCKET"]
    if os.environ.get("XDG_RUNTIME_DIR"):
        return os.path.join(os.environ["XDG_RUNTIME_DIR"], "avgd.sock")
    return f"/tmp/avgd-{os.getuid()}/avgd.sock"


class Client:
    """One connection to avgd. Use as a context manager, or call close()."""

    def __init__(self, reader, writer, closer):
        self._reader = reader
        self._writer = writer
        self._closer = closer
        self._ids = itertools.count(1)

    @classmethod
    def connect(cls, path=None, timeout=30.0):
        """Connects to a running daemon's Unix socket."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(path or default_socket())
        f = sock.makefile("rwb")

        def close():
            f.close()
            sock.close()

        return cls(f, f, close)

    @classmethod
    def spawn(cls, command=None, store=None):
        """Starts `avgd serve --stdio` as a child and talks to it over its stdin/stdout."""
        cmd = list(command or ["avgd", "serve", "--stdio"])
        if store and "--store" not in cmd:
            cmd += ["--store", store]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

        def close():
            proc.stdin.close()
            proc.wait(timeout=30)
            proc.stdout.close()

        client = cls(proc.stdout, proc.stdin, close)
        client.process = proc
        return client

    def request(self, method, params=None):
        """Sends one request and returns the whole response object."""
        rid = next(self._ids)
        msg = {"jsonrpc": "2.0", "method": method, "id": rid}
        if params is not None:
            msg["params"] = params
        self._writer.write(json.dumps(msg, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        self._writer.flush()
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
            e = reply["error"]
            raise AvgdError(e.get("code"), e.get("message"), e.get("data"))
        return reply.get("result")

    def notify(self, method, **params):
        """Sends a notification (no reply)."""
        msg = {"jsonrpc": "2.0", "method": method, "params": params}
        self._writer.write(json.dumps(msg, separators=(",", ":")).encode() + b"\n")
        self._writer.flush()

    def close(self):
        self._closer()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
