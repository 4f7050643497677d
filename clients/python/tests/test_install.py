"""`pip install ./clients/python` in a virtualenv (python3 -m venv), then the installed package —
not the source tree — talks to the real daemon: python -m avgd, the avgd-py script, an example."""
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from avgd_testsupport import ROOT

SOURCE = ROOT / "clients" / "python"
VENV = ROOT / ".build" / "clients-venv"   # cached between runs; the package is reinstalled every run


def run(*cmd, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=240, **kw)


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    py = VENV / "bin" / "python"
    if not py.exists() or run(py, "-c", "import pip").returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        made = run(sys.executable, "-m", "venv", VENV)
        if made.returncode != 0:
            pytest.skip(f"python3 -m venv failed (python3-venv missing?): {made.stderr.strip()[-300:]}")
    run(py, "-m", "pip", "uninstall", "-y", "-q", "avgd")
    # Install from a copy so the build leaves nothing in the source tree.
    src = tmp_path_factory.mktemp("src") / "python"
    shutil.copytree(SOURCE, src, ignore=shutil.ignore_patterns("tests", "build", "*.egg-info", "__pycache__"))
    tried = []
    offline = run(py, "-c", "import setuptools, wheel").returncode == 0 or \
        run(py, "-c", "import setuptools, sys; sys.exit(tuple(map(int, setuptools.__version__.split('.')[:2])) < (70, 1))").returncode == 0
    if offline:
        r = run(py, "-m", "pip", "install", "-q", "--no-index", "--no-build-isolation", src)
        tried.append(("offline --no-index --no-build-isolation", r))
    if not offline or r.returncode != 0:
        r = run(py, "-m", "pip", "install", "-q", src)   # build isolation: setuptools from the package index
        tried.append(("with build isolation (index)", r))
    if r.returncode != 0:
        pytest.skip("pip install failed: " + "; ".join(f"{how}: {res.stderr.strip()[-300:]}" for how, res in tried))
    print(f"installed {tried[-1][0]}")
    return VENV


def test_installed_package_is_used_and_talks_to_the_daemon(venv, client_env, tmp_path):
    env = {k: v for k, v in client_env.items() if k != "PYTHONPATH"}
    py = venv / "bin" / "python"
    where = run(py, "-c", "import avgd, avgd_client; print(avgd.__file__); print(avgd_client.Client is avgd.Client)",
                cwd=tmp_path, env=env)
    assert where.returncode == 0, where.stderr
    path, same = where.stdout.split()
    assert str(venv) in path and "site-packages" in path and same == "True"
    call = run(py, "-m", "avgd", "call", "rights.resolve", '{"birthDate":"2010-03-15","on":"2026-03-15"}', cwd=tmp_path, env=env)
    assert call.returncode == 0 and '"age": 16' in call.stdout, call.stderr
    pairs = run(py, "-m", "avgd", "call", "rights.resolve", "birthDate=2010-03-15", "on=2026-03-15", cwd=tmp_path, env=env)
    assert pairs.returncode == 0 and pairs.stdout == call.stdout, pairs.stderr
    bad = run(py, "-m", "avgd", "call", "rights.resolve", "birthDate=2010-03-15", "on", cwd=tmp_path, env=env)
    assert bad.returncode == 2 and "on is not key=value" in bad.stderr
    script = run(venv / "bin" / "avgd-py", "methods", cwd=tmp_path, env=env)
    assert script.returncode == 0 and "rights.resolve" in script.stdout
    example = run(py, SOURCE / "examples" / "rights.py", cwd=tmp_path, env=env)
    assert example.returncode == 0 and "a parent may ask for access: yes" in example.stdout, example.stderr
