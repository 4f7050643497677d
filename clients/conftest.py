"""Fixtures shared by every client's tests (clients/*/tests): the real avgd binary, a daemon on a
private socket and store with the clock pinned (AVGD_NOW), and an environment for child processes."""
import json
import os
import pwd
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

from avgd_testsupport import NOW, ROOT, bin_dir


@pytest.fixture(scope="session")
def avgd():
    path = bin_dir() / "avgd"
    assert path.exists(), f"{path} is missing: run ./run.sh test (it builds first)"
    return str(path)


@pytest.fixture
def daemon(avgd):
    """A daemon on a private socket and store, AVGD_NOW pinned, a roles file; yields the socket path."""
    d = tempfile.mkdtemp(prefix="avgd-cl-", dir="/tmp")
    sock = os.path.join(d, "s.sock")
    # The test's user gets every role the examples need (complaints are the counsellor's alone).
    roles = os.path.join(d, "roles.json")
    with open(roles, "w") as f:
        json.dump({"version": 1, "users": {pwd.getpwuid(os.getuid()).pw_name: ["privacyOfficer", "confidentialCounsellor"]}}, f)
    os.chmod(roles, 0o600)
    env = dict(os.environ, AVGD_NOW=NOW)
    proc = subprocess.Popen([avgd, "serve", "--socket", sock, "--store", os.path.join(d, "store"), "--roles", roles],
                            env=env, stderr=subprocess.PIPE)
    # avgd links the socket file only once it listens; a connection accepted proves the daemon is up.
    for _ in range(400):
        if os.path.exists(sock):
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(sock)
                break
            except OSError:
                pass
            finally:
                probe.close()
        time.sleep(0.025)
    yield sock
    proc.terminate()
    assert proc.wait(timeout=20) == 0
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def client_env(avgd, daemon):
    """An environment in which `avgd` is on PATH and talks to the test daemon (AVGD_SOCKET)."""
    return dict(os.environ, AVGD_SOCKET=daemon, AVGD_BIN=avgd,
                PATH=f"{pathlib.Path(avgd).parent}:{os.environ.get('PATH', '')}",
                PYTHONPATH=str(ROOT / "clients" / "python"))
