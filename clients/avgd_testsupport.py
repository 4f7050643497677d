"""Helpers for every client's tests (clients/*/tests): the binary, the published methods, tools
installed on demand (a visible skip when that fails). The fixtures are in clients/conftest.py."""
import contextlib
import json
import os
import pathlib
import pwd
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
NOW = "2026-11-29T10:00:00+01:00"


def bin_dir():
    d = os.environ.get("AVGD_BIN_DIR")
    if d:
        return pathlib.Path(d)
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return pathlib.Path(out.stdout.strip())


def published_methods():
    """The method names in Protocol/openrpc.json."""
    return {m["name"] for m in json.loads((ROOT / "Protocol" / "openrpc.json").read_text())["methods"]}


def require_methods(*names):
    """Skips (visibly) while a method this test needs is not published yet."""
    missing = [n for n in names if n not in published_methods()]
    if missing:
        pytest.skip(f"not published in Protocol/openrpc.json yet: {', '.join(missing)}")


def require_tool(command, package=None):
    """The path of `command`; installs Debian's `package` (apt-get) when it is missing; skips when that fails."""
    path = shutil.which(command)
    if path:
        return path
    package = package or command
    if shutil.which("apt-get") and os.geteuid() == 0:
        # Said on the real stderr (pytest captures the rest): a test run that installs a system
        # package must say so (issue 16 §7).
        print(f"\n== {command} is missing: installing Debian's {package} package (apt-get) for a client test",
              file=sys.__stderr__, flush=True)
        lock = ["-o", "DPkg::Lock::Timeout=300"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        ok = subprocess.run(["apt-get", *lock, "install", "-y", "-qq", package], env=env, capture_output=True)
        if ok.returncode != 0:
            subprocess.run(["apt-get", *lock, "update", "-qq"], env=env, capture_output=True)
            subprocess.run(["apt-get", *lock, "install", "-y", "-qq", package], env=env, capture_output=True)
        path = shutil.which(command)
    if not path:
        pytest.skip(f"{command} is missing and `apt-get install {package}` did not provide it")
    return path


@contextlib.contextmanager
def example_daemon():
    """A daemon on a private socket and store with the clock pinned (AVGD_NOW) and the published
    examples replayed into it; yields (avgd path, socket). Used by the scripts that write the committed
    examples (clients/examples/make_exports.py, clients/reports/make_example.py)."""
    sys.path.insert(0, str(ROOT / "clients" / "reports" / "tests"))
    import reports_browser as br
    avgd = str(bin_dir() / "avgd")
    d = tempfile.mkdtemp(prefix="avgd-example-", dir="/tmp")
    sock = os.path.join(d, "s.sock")
    roles = os.path.join(d, "roles.json")
    pathlib.Path(roles).write_text(json.dumps(
        {"version": 1, "users": {pwd.getpwuid(os.getuid()).pw_name: ["privacyOfficer", "confidentialCounsellor"]}}))
    os.chmod(roles, 0o600)
    proc = subprocess.Popen([avgd, "serve", "--socket", sock, "--store", os.path.join(d, "store"), "--roles", roles],
                            env=dict(os.environ, AVGD_NOW=NOW), stderr=subprocess.DEVNULL)
    try:
        for _ in range(400):
            if os.path.exists(sock):
                break
            time.sleep(0.025)
        br.replay_examples(sock, ROOT)
        yield avgd, sock
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(d, ignore_errors=True)
