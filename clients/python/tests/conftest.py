import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "clients" / "python"))


def bin_dir():
    d = os.environ.get("AVGD_BIN_DIR")
    if d:
        return pathlib.Path(d)
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return pathlib.Path(out.stdout.strip())


@pytest.fixture(scope="session")
def avgd():
    path = bin_dir() / "avgd"
    assert path.exists(), f"{path} is missing: run ./run.sh test (it builds first)"
    return str(path)


@pytest.fixture
def daemon(avgd):
    """A daemon on a private socket and store; yields the socket path."""
    d = tempfile.mkdtemp(prefix="avgd-py-", dir="/tmp")
    sock = os.path.join(d, "s.sock")
    env = dict(os.environ, AVGD_NOW="2026-11-29T10:00:00+01:00")
    proc = subprocess.Popen([avgd, "serve", "--socket", sock, "--store", os.path.join(d, "store")],
                            env=env, stderr=subprocess.PIPE)
    for _ in range(200):
        if os.path.exists(sock):
            break
        time.sleep(0.025)
    yield sock
    proc.terminate()
    assert proc.wait(timeout=20) == 0
    shutil.rmtree(d, ignore_errors=True)
