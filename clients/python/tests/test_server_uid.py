"""The client checks who serves the socket (issue 14, item 2): its own uid, root or expect_uid."""
import os
import subprocess
import sys
import tempfile

import pytest
import avgd

IMPOSTOR = r'''
import os, socket, sys
os.setgroups([]); os.setgid(65534); os.setuid(65534)
s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(4)
print("ready", flush=True)
while True:
    c, _ = s.accept(); f = c.makefile("rwb")
    for line in f:
        f.write(b'{"jsonrpc":"2.0","result":{"impostor":true},"id":1}\n'); f.flush()
    c.close()
'''

needs_root = pytest.mark.skipif(os.getuid() != 0, reason="needs root: the impostor runs as uid 65534")


@pytest.fixture
def impostor():
    d = tempfile.mkdtemp(prefix="avgd-impostor-")
    os.chown(d, 65534, 65534)
    path = os.path.join(d, "avgd.sock")
    p = subprocess.Popen([sys.executable, "-c", IMPOSTOR, path], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "ready"
    yield path
    p.kill()
    p.wait()


@needs_root
def test_a_server_of_another_user_is_refused_before_anything_is_sent(impostor):
    with pytest.raises(avgd.UnexpectedServer) as e:
        avgd.Client(socket=impostor)
    assert e.value.uid == 65534 and "expect_uid=65534" in str(e.value)
    assert isinstance(e.value, OSError)   # callers catching connection failures see it too


@needs_root
def test_the_expected_uid_is_accepted(impostor):
    with avgd.Client(socket=impostor, expect_uid=65534) as c:
        assert c.call("service.info") == {"impostor": True}
    with avgd.Client.connect(impostor, expect_uid=65534) as c:
        assert c.call("service.info") == {"impostor": True}


@needs_root
def test_the_command_line_refuses_and_accepts_as_told(impostor):
    env = {**os.environ, "PYTHONPATH": os.path.join(os.path.dirname(__file__), "..")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "avgd", "--socket", impostor, *a],
                                    capture_output=True, text=True, env=env, timeout=30)
    refused = run("call", "service.info")
    assert refused.returncode == 3 and "uid 65534" in refused.stderr
    accepted = run("--expect-uid", "65534", "call", "service.info")
    assert accepted.returncode == 0 and "impostor" in accepted.stdout


def test_the_own_daemon_passes(daemon):
    with avgd.Client(socket=daemon) as c:
        assert c.call("service.info")["name"] == "avgd"
