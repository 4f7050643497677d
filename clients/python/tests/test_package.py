"""The `avgd` package: generated typed methods, error classes, spawn, the CLI, the examples."""
import importlib.util
import inspect
import json
import os
import pathlib
import subprocess
import sys

import pytest

import avgd
import avgd_client
from avgd.methods import METHODS, Methods
from avgd_testsupport import ROOT, published_methods, require_methods

HERE = pathlib.Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("avgd_generate", HERE / "generate.py")
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)
OPENRPC = json.loads((ROOT / "Protocol" / "openrpc.json").read_text())


def test_methods_py_is_what_the_generator_makes_from_openrpc_json():
    committed = (HERE / "avgd" / "methods.py").read_text()
    assert committed == generate.generate(OPENRPC), "avgd/methods.py is stale: run ./run.sh openrpc"


def test_every_published_method_has_a_typed_documented_function():
    assert set(METHODS) == published_methods()
    for m in OPENRPC["methods"]:
        fn = getattr(avgd.Client, generate.python_name(m["name"]))
        assert fn.__doc__ and m["summary"] in fn.__doc__
        sig = inspect.signature(fn)
        wire = {generate.param_name(p["name"]): p for p in m["params"]}
        assert [n for n in sig.parameters if n != "self"] == \
            [generate.param_name(p["name"]) for p in m["params"] if p.get("required")] + \
            [generate.param_name(p["name"]) for p in m["params"] if not p.get("required")]
        for name, par in sig.parameters.items():
            if name == "self":
                continue
            required = wire[name].get("required", False)
            assert (par.default is inspect.Parameter.empty) == required, (m["name"], name)
            assert par.kind == (inspect.Parameter.POSITIONAL_OR_KEYWORD if required else inspect.Parameter.KEYWORD_ONLY)


def test_typed_function_sends_wire_names_and_leaves_out_none():
    sent = []

    class Recorder(Methods):
        def call(self, method, **params):
            sent.append((method, params))

    Recorder().rights_timeline("2010-03-15", from_="2027-01-01")
    Recorder().breaches_due()
    assert sent == [("rights.timeline", {"birthDate": "2010-03-15", "from": "2027-01-01"}), ("breaches.due", {})]


def test_typed_calls_against_the_daemon(daemon):
    with avgd.Client(socket=daemon) as c:
        r = c.rights_resolve("2010-03-15", on="2026-03-15")
        assert r["age"] == 16 and {e["right"] for e in r["rights"]} >= {"access", "results"}
        assert c.rights_timeline("2010-03-15", from_="2027-01-01", to="2030-12-31")["dates"] == ["2028-03-15"]
        assert c.deadlines_request(receivedOn="2026-03-05")["dueOn"]
        assert c.service_info()["name"] == "avgd"


def test_errors_are_exceptions_with_code_message_data_and_a_class_per_code(daemon):
    with avgd.Client(socket=daemon) as c:
        with pytest.raises(avgd.InvalidParams) as e:
            c.rights_resolve("2010-02-30")
        assert e.value.code == -32602 and e.value.message == "Invalid params" and e.value.data["field"] == "birthDate"
        with pytest.raises(avgd.NotFound) as e:
            c.breaches_get("D-2026-9999")
        assert isinstance(e.value, avgd.AvgdError) and e.value.code == 1001
        with pytest.raises(avgd.MethodNotFound):
            c.call("no.such")
        assert c.call("service.info")["name"] == "avgd"   # the connection survives errors


def test_default_socket_comes_from_the_environment(daemon, monkeypatch):
    monkeypatch.setenv("AVGD_SOCKET", daemon)
    with avgd.Client() as c:
        assert c.socket_path == daemon and c.service_info()["name"] == "avgd"


@pytest.fixture
def binary(request):
    return request.getfixturevalue("avgd")   # the fixture `avgd` (the path) is shadowed by the package here


def test_spawn_keeps_records_in_its_store(binary, tmp_path):
    store = tmp_path / "store"
    with avgd.Client.spawn(store=store, command=[binary, "serve", "--stdio"]) as c:
        b = c.breaches_register("nearMiss", "Phishing mail, no clicks", "2026-11-25T09:00:00+01:00")
    assert c.process.returncode == 0
    with avgd.Client.spawn(store=store, command=[binary, "serve", "--stdio"]) as c:
        assert c.breaches_get(b["id"])["summary"] == "Phishing mail, no clicks"


def test_single_file_shim_is_the_package():
    assert avgd_client.Client is avgd.Client and avgd_client.AvgdError is avgd.AvgdError
    assert "def " not in (HERE / "avgd_client.py").read_text()


def run_cli(env, *args):
    return subprocess.run([sys.executable, "-m", "avgd", *args], env=env, capture_output=True, text=True, timeout=60)


def test_cli_call_and_exit_codes(client_env, tmp_path):
    ok = run_cli(client_env, "call", "rights.check", '{"birthDate":"2010-03-15","on":"2026-03-14","right":"access","requester":"parent"}')
    assert ok.returncode == 0 and json.loads(ok.stdout)["entitled"] is True
    bad = run_cli(client_env, "call", "rights.resolve", '{"birthDate":"x"}')
    assert bad.returncode == 1 and json.loads(bad.stderr)["code"] == -32602
    assert run_cli(client_env, "call", "service.info", "not json").returncode == 2
    assert run_cli(client_env, "frobnicate").returncode == 2
    assert run_cli(client_env, "--socket", str(tmp_path / "none.sock"), "call", "service.info").returncode == 3
    spawned = run_cli(client_env, "--spawn", "--memory", "call", "service.info")
    assert spawned.returncode == 0 and json.loads(spawned.stdout)["name"] == "avgd"


def test_cli_methods_lists_every_published_method(client_env):
    listed = run_cli(client_env, "methods")
    live = run_cli(client_env, "methods", "--live")
    assert listed.returncode == 0 and live.returncode == 0
    names = {line.split()[0] for line in listed.stdout.splitlines()}
    assert names == published_methods() == {line.split()[0] for line in live.stdout.splitlines()}


EXAMPLES = sorted((HERE / "examples").glob("*.py"))


def test_an_example_per_register():
    registers = {n.split(".")[0] for n in published_methods()} - {"rpc", "service", "deadlines", "calendar", "audit", "store", "retention"}
    assert registers | {"requests"} <= {p.stem for p in EXAMPLES}


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_daemon(example, client_env):
    if example.stem not in {n.split(".")[0] for n in published_methods()}:
        require_methods(f"{example.stem}.*")
    out = subprocess.run([sys.executable, str(example)], env=client_env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
