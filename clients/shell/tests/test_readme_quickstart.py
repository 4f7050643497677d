"""Issue 16 "Done when": the README's quickstart works as pasted after `./run.sh install`.

The test reads the quickstart's shell block from README.md itself (so an edit to the README is
what is tested), splits it into the commands a person would paste one by one, and runs each in
bash with the installed `avgd` on PATH and a running daemon. Each command must exit 0 and print
what the README says it prints; the "without a daemon" one-liner below the block runs too.
"""
import json
import os
import re
import subprocess

from avgd_testsupport import ROOT
from test_install_and_help import installed  # noqa: F401  (the ./run.sh install fixture)

README = (ROOT / "README.md").read_text()


def quickstart_block():
    """The first ```sh block after '## Quickstart'."""
    section = README.split("## Quickstart", 1)[1]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def commands(block):
    """The commands as pasted: comment lines dropped, backslash continuations and multi-line
    single-quoted arguments (the python3 -c '...' one) kept together."""
    out, current = [], ""
    for line in block.splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        current += line + "\n"
        if current.rstrip().endswith("\\") or current.count("'") % 2 == 1:
            continue
        out.append(current.strip())
        current = ""
    assert current == "", f"unterminated command in the quickstart: {current!r}"
    return out


def test_the_quickstart_is_split_as_a_person_pastes_it():
    cmds = commands(quickstart_block())
    assert len(cmds) == 6, cmds
    assert cmds[0].startswith("avgd call rights.resolve birthDate=2010-03-15")
    assert cmds[4].startswith("echo ") and cmds[4].rstrip().endswith("| avgd connect")
    assert cmds[5].startswith("python3 -c '") and cmds[5].endswith("'")


def test_every_quickstart_command_works_as_pasted_after_the_install(installed, daemon):
    env = dict(os.environ, AVGD_SOCKET=daemon, PATH=f"{installed}/bin:/usr/local/bin:/usr/bin:/bin",
               PYTHONPATH=str(ROOT / "clients" / "python"))
    outputs = []
    for cmd in commands(quickstart_block()):
        done = subprocess.run(["bash", "-c", cmd], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
        outputs.append(done.stdout)
    resolve, deadline, methods, help_text, piped, python = outputs
    answer = json.loads(resolve)
    assert answer["age"] == 16 and {"right": "access", "holders": ["student"]}.items() <= \
        next(r for r in answer["rights"] if r["right"] == "access").items(), resolve
    assert json.loads(deadline)["dueOn"] == "2026-04-07", deadline   # past Easter Sunday and Monday
    assert re.search(r"^\s*rights\.resolve\b", methods, re.M) and re.search(r"^\s*requests\.open\b", methods, re.M)
    assert help_text.startswith("requests.open") and "receivedOn" in help_text and "privacyOfficer" in help_text
    reply = json.loads(piped)
    assert reply["id"] == 1 and reply["result"]["age"] == 16, piped
    assert "'entitled': True" in python and "'holders': ['parents']" in python, python

def test_the_one_liner_without_a_daemon_works_as_pasted(installed):
    line = next(l for l in README.splitlines() if "avgd serve --stdio --memory" in l)
    cmd = re.search(r"`(echo .*avgd serve --stdio --memory)`", line).group(1)
    env = dict(os.environ, PATH=f"{installed}/bin:/usr/bin:/bin")
    done = subprocess.run(["bash", "-c", cmd], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0])["result"]["name"] == "avgd"
