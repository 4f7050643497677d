"""contrib/systemd: the units are valid (systemd-analyze verify) and hardened, and avgd works when a
socket is passed to it: `systemd-socket-activate -l SOCK avgd serve --store DIR` (Debian's systemd,
installed when missing) holds the socket, starts avgd on the first connection, avgd adopts fd 3."""
import configparser
import json
import os
import pathlib
import signal
import subprocess
import time

import pytest

from avgd import Client
from avgd_testsupport import NOW, ROOT, require_tool

UNITS = ROOT / "contrib" / "systemd"


def unit(name):
    p = configparser.ConfigParser(strict=False, interpolation=None, empty_lines_in_values=False)
    p.optionxform = str
    # Repeated keys (SystemCallFilter=) are legal in units; keep the last, as configparser cannot keep all.
    text = "\n".join(line for line in (UNITS / name).read_text().splitlines() if not line.startswith("#"))
    seen, lines, section = {}, [], None
    for line in text.splitlines():
        if line.startswith("["):
            section = line
        elif "=" in line:
            key = (section, line.split("=", 1)[0])
            if key in seen:
                lines[seen[key]] = None
            seen[key] = len(lines)
        lines.append(line)
    p.read_string("\n".join(x for x in lines if x is not None))
    return p


def test_units_are_hardened_and_wired_together():
    service, sock = unit("avgd.service"), unit("avgd.socket")
    s = service["Service"]
    for key, value in {"ProtectSystem": "strict", "PrivateTmp": "yes", "NoNewPrivileges": "yes", "ProtectHome": "yes",
                       "StateDirectory": "avgd avgd-backups", "RuntimeDirectory": "avgd", "RestrictAddressFamilies": "AF_UNIX",
                       "CapabilityBoundingSet": "", "PrivateNetwork": "yes", "User": "avgd"}.items():
        assert s[key] == value, key
    assert "--store /var/lib/avgd" in s["ExecStart"] and "--socket" not in s["ExecStart"]
    assert service["Unit"]["Requires"] == "avgd.socket"
    k = sock["Socket"]
    assert k["SocketMode"] == "0660" and k["SocketGroup"] == "avgd" and k["ListenStream"] == "/run/avgd/avgd.sock"
    assert k.get("Accept", "no") == "no"   # one avgd for all connections, fd 3


def test_systemd_analyze_verify_accepts_the_units(tmp_path, avgd):
    analyze = require_tool("systemd-analyze", "systemd")
    for name in ("avgd.service", "avgd.socket"):   # ExecStart must exist for verify: point it at the build
        (tmp_path / name).write_text((UNITS / name).read_text().replace("/usr/local/bin/avgd", avgd))
    r = subprocess.run([analyze, "verify", str(tmp_path / "avgd.socket"), str(tmp_path / "avgd.service")],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path)
    complaints = [line for line in (r.stdout + r.stderr).splitlines() if "avgd." in line]
    assert r.returncode == 0 and complaints == [], r.stdout + r.stderr


def writable_paths(service):
    """What ProtectSystem=strict leaves writable for the service: its StateDirectory= entries (under
    /var/lib), ReadWritePaths= and RuntimeDirectory= (under /run)."""
    s = service["Service"]
    paths = ["/var/lib/" + d for d in s.get("StateDirectory", "").split()]
    paths += [p.lstrip("-") for p in s.get("ReadWritePaths", "").split()]
    paths += ["/run/" + d for d in s.get("RuntimeDirectory", "").split()]
    return paths


def test_the_documented_backup_destination_is_writable_under_the_unit(tmp_path, avgd):
    """store.backup with a plain name (contrib/systemd/README.md) must land where the sandbox lets
    avgd write; before, it went to /var/lib/<name>, read-only under ProtectSystem=strict."""
    service = unit("avgd.service")
    assert service["Service"]["ProtectSystem"] == "strict"
    store = service["Service"]["ExecStart"].split("--store", 1)[1].split()[0]   # /var/lib/avgd
    root = tmp_path / "root"
    proc = subprocess.Popen([avgd, "serve", "--store", str(root) + store, "--socket", str(tmp_path / "s.sock")],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "AVGD_NOW": NOW})
    try:
        wait_for(tmp_path / "s.sock")
        result = call(avgd, tmp_path / "s.sock", "store.backup", destination="2026-11-29")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    assert result["ok"] is True
    destination = result["destination"][len(str(root)):]
    assert destination == "/var/lib/avgd-backups/2026-11-29"
    assert any(destination.startswith(p.rstrip("/") + "/") for p in writable_paths(service)), \
        f"{destination} is read-only for the service; writable: {writable_paths(service)}"
    readme = (UNITS / "README.md").read_text()
    assert "/var/lib/avgd-backups" in readme


def activated(activate, avgd, sock, store):
    return subprocess.Popen([activate, "-l", str(sock), "-E", f"AVGD_NOW={NOW}", avgd, "serve", "--store", str(store)],
                            stderr=subprocess.PIPE, text=True)


def wait_for(path):
    for _ in range(400):
        if path.exists():
            return
        time.sleep(0.025)
    raise AssertionError(f"{path} did not appear")


def call(avgd, sock, method, **params):
    r = subprocess.run([avgd, "call", "--socket", str(sock), method, json.dumps(params)], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_socket_activation_serves_calls_and_keeps_the_store(tmp_path, avgd):
    activate = require_tool("systemd-socket-activate", "systemd")
    sock, store = tmp_path / "avgd.sock", tmp_path / "store"
    proc = activated(activate, avgd, sock, store)
    try:
        wait_for(sock)   # bound by systemd-socket-activate; avgd is not running yet
        info = call(avgd, sock, "service.info")
        assert info["name"] == "avgd" and info["store"] == str(store)
        assert info["socket"] == str(sock)   # the socket systemd passed, not a default
        b = call(avgd, sock, "breaches.register", kind="nearMiss", summary="Phishing mail", awareAt="2026-11-25T09:00:00+01:00")
        with Client(socket=str(sock)) as c:   # the Python client through the same socket
            assert c.breaches_get(b["id"])["summary"] == "Phishing mail"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "bedient de socket die systemd doorgaf" in err   # the log is Dutch unless avgd serve --language en
    assert sock.exists()   # an adopted socket belongs to systemd: avgd never unlinks it
    sock.unlink()
    proc = activated(activate, avgd, sock, store)   # activated again on the same store: the record is there
    try:
        wait_for(sock)
        assert call(avgd, sock, "breaches.get", id=b["id"])["summary"] == "Phishing mail"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
