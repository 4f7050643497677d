import subprocess

import pytest
from avgd_client import AvgdError, Client


def test_call_over_the_socket_returns_the_result(daemon):
    with Client.connect(daemon) as c:
        info = c.call("service.info")
        assert info["name"] == "avgd"
        assert "ndjson" in info["framing"]


def test_error_carries_code_message_and_data(daemon):
    with Client.connect(daemon) as c:
        with pytest.raises(AvgdError) as e:
            c.call("service.info", bogus=1)
        assert e.value.code == -32602
        assert e.value.message == "Invalid params"
        assert e.value.data["field"] == "bogus"


def test_unknown_method(daemon):
    with Client.connect(daemon) as c:
        with pytest.raises(AvgdError) as e:
            c.call("no.such")
        assert e.value.code == -32601


def test_spawn_over_stdio(avgd):
    with Client.spawn([avgd, "serve", "--stdio", "--memory"]) as c:
        assert c.call("service.info")["name"] == "avgd"
        doc = c.call("rpc.discover")
        assert doc["openrpc"] == "1.3.2"
    assert c.process.returncode == 0


def test_avgd_call_exit_codes(avgd, daemon):
    ok = subprocess.run([avgd, "call", "--socket", daemon, "service.info"], capture_output=True, text=True)
    assert ok.returncode == 0 and '"name":"avgd"' in ok.stdout
    bad = subprocess.run([avgd, "call", "--socket", daemon, "nope"], capture_output=True, text=True)
    assert bad.returncode == 1 and '"code":-32601' in bad.stderr
    usage = subprocess.run([avgd, "call", "--socket", daemon, "service.info", "not json"], capture_output=True, text=True)
    assert usage.returncode == 2
    missing = subprocess.run([avgd, "call", "--socket", "/tmp/avgd-no-such.sock", "service.info"], capture_output=True, text=True)
    assert missing.returncode == 3


def test_connect_bridges_a_pipe(avgd, daemon):
    lines = '{"jsonrpc":"2.0","method":"service.info","id":1}\n{"jsonrpc":"2.0","method":"nope","id":2}\n'
    out = subprocess.run([avgd, "connect", "--socket", daemon], input=lines, capture_output=True, text=True, timeout=20)
    assert out.returncode == 0
    replies = out.stdout.strip().split("\n")
    assert len(replies) == 2 and '"id":1' in replies[0] and '"code":-32601' in replies[1]
