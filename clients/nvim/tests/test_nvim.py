"""The Neovim plugin, headless (`nvim --headless`, Debian's neovim installed when missing):
:AvgdRights and :AvgdDue against the real daemon, over the socket and by spawning `avgd serve --stdio`;
the test reads the floating window's buffer lines."""
import json
import os
import pathlib
import subprocess

import pytest

from avgd_testsupport import published_methods, require_tool

HERE = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nvim():
    return require_tool("nvim", "neovim")


def run_nvim(nvim, env, tmp_path, **steps):
    out = tmp_path / "out.json"
    env = dict(env, AVGD_NVIM_ROOT=str(HERE), AVGD_NVIM_OUT=str(out),
               AVGD_NVIM_STEPS=";".join(f"{k}={v}" for k, v in steps.items()))
    r = subprocess.run([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {HERE / 'tests' / 'run.lua'}"],
                       env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 0 and out.exists(), r.stderr
    return json.loads(out.read_text())


RIGHTS_2026_03_01 = [
    "Rights of a student born 2010-03-15 on 2026-03-01 (age 15)",
    "",
    "right          holders              changes on",
    *[f"{r:<14} parents              2026-03-15" for r in
      ["access", "rectification", "erasure", "restriction", "objection", "portability", "consent", "results"]],
    "",
    "Changes:",
    "  2026-03-15 (age 16): access → student, rectification → student, erasure → student, restriction → student, "
    "objection → student, portability → student, consent → student, results → parents + student",
    "  2028-03-15 (age 18): results → student",
]


def test_avgd_rights_shows_holders_and_changes_in_a_floating_window(nvim, client_env, tmp_path):
    got = run_nvim(nvim, client_env, tmp_path, rights="AvgdRights 2010-03-15 2026-03-01",
                   adult="AvgdRights 2006-01-01 2026-11-29")
    assert got["rights"]["floating"] is True
    assert got["rights"]["lines"] == RIGHTS_2026_03_01
    adult = got["adult"]["lines"]
    assert adult[0] == "Rights of a student born 2006-01-01 on 2026-11-29 (age 20)"
    assert "results        student (parents with consent)" in adult
    assert adult[-1] == "No further changes: the student is of age."
    assert got["notes"] == []


def test_avgd_rights_reports_errors_without_a_window(nvim, client_env, tmp_path):
    got = run_nvim(nvim, client_env, tmp_path, bad="AvgdRights 2010-02-30", usage="AvgdRights 15-03-2010")
    assert "lines" not in got["bad"] and "lines" not in got["usage"]
    msgs = [n["msg"] for n in got["notes"]]
    assert msgs[0].startswith("avgd: rights.resolve: -32602 Invalid params: birthDate")
    assert msgs[1] == "avgd: usage: :AvgdRights {birthDate YYYY-MM-DD} [on]"


def test_avgd_due_lists_requests_and_unreported_breaches(nvim, client_env, tmp_path):
    def call(method, **params):
        r = subprocess.run(["avgd", "call", method, json.dumps(params)], env=client_env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    late = call("breaches.register", kind="dataBreach", summary="Laptop stolen", awareAt="2026-11-20T09:00:00+01:00")
    soon = call("breaches.register", kind="dataBreach", summary="Mail to the wrong parent", awareAt="2026-11-28T20:00:00+01:00")
    has_requests = "requests.due" in published_methods()
    if has_requests:
        req = call("requests.open", type="access", student={"id": "S-1", "birthDate": "2014-05-12"},
                   requester={"relationship": "parent"}, receivedOn="2026-10-20")   # due 2026-11-20: overdue
    lines = run_nvim(nvim, client_env, tmp_path, due="AvgdDue")["due"]["lines"]
    assert lines[0] == "Due at 2026-11-29T10:00:00+01:00"
    assert "Data breaches not yet reported to the AP: 2, 1 overdue" in lines
    assert f"  OVERDUE {late['id']} registered report by {late['reportBy']} (overdue) Laptop stolen" in lines
    assert f"          {soon['id']} registered report by {soon['reportBy']} (58 h left) Mail to the wrong parent" in lines
    if has_requests:
        assert "Subject requests due within 7 days: 1, 1 overdue" in lines
        assert f"  OVERDUE {req['id']} access S-1 due {req['dueOn']} (9 days late)" in lines
    else:
        assert "Subject requests: this avgd has no requests register" in lines


def test_spawning_avgd_serve_stdio_instead_of_a_socket(nvim, avgd, tmp_path):
    env = dict(os.environ, AVGD_SPAWN=f"{avgd} serve --stdio --memory", AVGD_SOCKET=str(tmp_path / "unused.sock"))
    got = run_nvim(nvim, env, tmp_path, rights="AvgdRights 2010-03-15 2026-03-01")
    assert got["rights"]["lines"] == RIGHTS_2026_03_01


def test_no_daemon_is_a_clear_message(nvim, tmp_path):
    env = dict(os.environ, AVGD_SOCKET=str(tmp_path / "none.sock"))
    got = run_nvim(nvim, env, tmp_path, due="AvgdDue")
    assert "lines" not in got["due"]
    assert got["notes"][0]["msg"].startswith(f"avgd: no avgd answers on {tmp_path / 'none.sock'}")
