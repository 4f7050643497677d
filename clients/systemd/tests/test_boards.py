"""Many boards on one host (issue 18): the systemd template units are valid and isolate boards, two
instances started from the template's own ExecStart on two stores each answer only from their own
store and name their board; the Kubernetes manifests validate offline (kubernetes-validate --strict,
from PyPI) and keep one writer per board, non-root and read-only."""
import json
import os
import signal
import subprocess
import sys

import pytest

from avgd_testsupport import NOW, ROOT, require_tool

sys.path.insert(0, os.path.dirname(__file__))
from test_socket_activation import UNITS, call, unit, wait_for  # noqa: E402

K8S = ROOT / "contrib" / "kubernetes"


def test_template_units_isolate_each_board():
    service, sock = unit("avgd@.service")["Service"], unit("avgd@.socket")["Socket"]
    assert "--board %i" in service["ExecStart"]
    assert "--store /var/lib/avgd/%i" in service["ExecStart"]
    assert "--roles /etc/avgd/%i/roles.json" in service["ExecStart"]
    assert service["DynamicUser"] == "yes" and service["User"] == "avgd-%i"
    assert service["StateDirectory"] == "avgd/%i" and service["StateDirectoryMode"] == "0700"
    assert service["ProtectSystem"] == "strict" and service["PrivateNetwork"] == "yes"
    assert sock["ListenStream"] == "/run/avgd/%i/avgd.sock"
    assert sock["SocketGroup"] == "avgd-%i" and sock["SocketMode"] == "0660"


def test_systemd_analyze_verifies_an_instance(tmp_path, avgd):
    analyze = require_tool("systemd-analyze", "systemd")
    for name in ("avgd@.service", "avgd@.socket"):
        (tmp_path / name).write_text((UNITS / name).read_text().replace("/usr/local/bin/avgd", avgd))
    r = subprocess.run([analyze, "verify", str(tmp_path / "avgd@brederode.socket"), str(tmp_path / "avgd@brederode.service")],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path)
    complaints = [line for line in (r.stdout + r.stderr).splitlines() if "avgd@" in line]
    assert r.returncode == 0 and complaints == [], r.stdout + r.stderr


def instance(activate, avgd, board, tmp_path):
    """Starts the template's ExecStart for `board` under systemd-socket-activate, paths moved under tmp_path."""
    exec_start = unit("avgd@.service")["Service"]["ExecStart"].replace("%i", board)
    argv = exec_start.replace("/usr/local/bin/avgd", avgd).replace("/var/lib/avgd", str(tmp_path / "lib")) \
        .replace("/etc/avgd", str(tmp_path / "etc")).split()
    (tmp_path / "etc" / board).mkdir(parents=True)
    roles = tmp_path / "etc" / board / "roles.json"
    roles.write_text(json.dumps({"version": 1, "uids": {str(os.getuid()): ["privacyOfficer"]}}))
    roles.chmod(0o600)
    sock = tmp_path / f"{board}.sock"
    proc = subprocess.Popen([activate, "-l", str(sock), "-E", f"AVGD_NOW={NOW}", *argv], stderr=subprocess.PIPE, text=True)
    wait_for(sock)
    return proc, sock


def test_two_boards_answer_only_from_their_own_store(tmp_path, avgd):
    activate = require_tool("systemd-socket-activate", "systemd")
    a, sock_a = instance(activate, avgd, "brederode", tmp_path)
    b, sock_b = instance(activate, avgd, "het-baken", tmp_path)
    try:
        assert call(avgd, sock_a, "service.info")["board"] == "brederode"
        assert call(avgd, sock_b, "service.info")["board"] == "het-baken"
        assert call(avgd, sock_a, "service.info")["store"] == str(tmp_path / "lib" / "brederode")
        made = call(avgd, sock_a, "breaches.register", kind="dataBreach", summary="USB-stick kwijt",
                    awareAt="2026-11-27T09:00:00+01:00")
        assert call(avgd, sock_a, "breaches.list")["total"] == 1
        assert call(avgd, sock_b, "breaches.list")["total"] == 0
        r = subprocess.run([avgd, "call", "--socket", str(sock_b), "breaches.get", json.dumps({"id": made["id"]})],
                           capture_output=True, text=True, timeout=30)
        assert r.returncode == 1 and '"code":1001' in r.stderr.replace(" ", "")
    finally:
        for p in (a, b):
            p.send_signal(signal.SIGTERM)
    errs = [p.communicate(timeout=30)[1] for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, errs
    assert "board=brederode" in errs[0] and "board=het-baken" in errs[1]


def test_a_board_id_that_is_no_id_is_refused(avgd, tmp_path):
    r = subprocess.run([avgd, "serve", "--memory", "--stdio", "--board", "../etc"], capture_output=True, text=True,
                       input="", timeout=30)
    assert r.returncode == 2 and "--board" in r.stderr


@pytest.fixture(scope="module")
def kubernetes_validate():
    try:
        import kubernetes_validate  # noqa: F401
    except ImportError:
        pytest.fail("kubernetes-validate is missing: ./run.sh test installs it from PyPI")
    return [sys.executable, "-m", "kubernetes_validate"]


def test_kubernetes_manifests_validate_offline(kubernetes_validate):
    files = sorted(K8S.glob("*.yaml"))
    assert len(files) == 2
    r = subprocess.run([*kubernetes_validate, "--strict", *map(str, files)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("passed") == 3, r.stdout


def test_kubernetes_board_keeps_one_writer_non_root_and_read_only():
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with kubernetes-validate")
    docs = list(yaml.safe_load_all((K8S / "avgd-board.yaml").read_text()))
    sts = next(d for d in docs if d["kind"] == "StatefulSet")
    assert sts["spec"]["replicas"] == 1
    assert sts["spec"]["volumeClaimTemplates"][0]["spec"]["accessModes"] == ["ReadWriteOnce"]
    pod = sts["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    avgd = next(c for c in pod["containers"] if c["name"] == "avgd")
    assert avgd["securityContext"]["readOnlyRootFilesystem"] is True
    assert avgd["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert avgd["readinessProbe"]["exec"]["command"][-1] == "service.info"
    assert "--board" in avgd["args"] and "--memory" not in avgd["args"]
    sis = next(c for c in pod["containers"] if c["name"] != "avgd")
    assert {"name": "socket", "mountPath": "/run/avgd"} in sis["volumeMounts"]
