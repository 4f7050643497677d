"""Issue 16 §4, §5, §7 as a person meets them: `./run.sh install PREFIX` puts avgd and the recipes in
PREFIX/bin and the README's shell and cron lines work from there as pasted; `avgd methods` and
`avgd call METHOD --help` come from the declarations; `key=value` params; the README's method table
is complete and the version numbers agree."""
import json
import os
import pathlib
import re
import subprocess
import tomllib

import pytest

from avgd_testsupport import ROOT, require_tool

README = (ROOT / "README.md").read_text()
DOCUMENT = json.loads((ROOT / "Protocol" / "openrpc.json").read_text())


def run(args, env, **kw):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, **kw)


@pytest.fixture
def installed(tmp_path, avgd):
    """./run.sh install into a temp PREFIX, from the avgd this test run built (AVGD_INSTALL_FROM)."""
    prefix = tmp_path / "prefix"
    env = dict(os.environ, AVGD_INSTALL_FROM=str(pathlib.Path(avgd).parent), AVGD_INSTALL_PYTHON="0")
    out = run([str(ROOT / "run.sh"), "install", str(prefix)], env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"{prefix}/bin is not on your PATH" in out.stderr
    return prefix


def test_install_puts_avgd_and_the_recipes_in_prefix_bin(installed):
    for name in ["avgd", "avgd-morning", "avgd-export-csv", "avgd-import-requests"]:
        f = installed / "bin" / name
        assert f.is_file() and os.access(f, os.X_OK), name


def test_the_readme_idioms_work_as_pasted_after_the_install(installed, daemon):
    require_tool("jq")
    env = dict(os.environ, AVGD_SOCKET=daemon, PATH=f"{installed}/bin:/usr/local/bin:/usr/bin:/bin")
    idiom = next(l for l in README.splitlines() if l.startswith("avgd-morning; case $?"))
    out = run(["bash", "-c", idiom], env)
    assert out.returncode == 0 and "Subject requests due" in out.stdout and "te laat" not in out.stdout, out.stderr
    assert run(["bash", "-c", "avgd call rights.resolve birthDate=2010-03-15 on=2026-03-15"], env).returncode == 0
    # Something overdue: 1 and the list; avgd not reachable: 3, and the idiom says which.
    subprocess.run([f"{installed}/bin/avgd", "call", "breaches.register", "kind=dataBreach", "summary=lijst kwijt",
                    "awareAt=2026-11-20T09:00:00+01:00"], env=env, check=True, capture_output=True)
    assert run(["bash", "-c", "avgd-morning"], env).returncode == 1
    assert "te laat" in run(["bash", "-c", idiom], env).stdout
    down = dict(env, AVGD_SOCKET=str(installed / "none.sock"))
    assert run(["bash", "-c", "avgd-morning"], down).returncode == 3
    assert "niet bereikbaar" in run(["bash", "-c", idiom], down).stdout


def test_the_readme_cron_line_mails_only_what_needs_a_person(installed, daemon, tmp_path):
    require_tool("jq")
    line = next(l for l in README.splitlines() if l.startswith("30 7 * * 1-5"))
    command = line.split(None, 5)[5]   # what cron hands to /bin/sh
    home = tmp_path / "home"
    (home / ".local").mkdir(parents=True)
    (home / ".local" / "bin").symlink_to(installed / "bin")
    env = {"HOME": str(home), "AVGD_SOCKET": daemon, "PATH": "/usr/bin:/bin"}
    quiet = run(["/bin/sh", "-c", command], env)
    assert quiet.returncode == 0 and quiet.stdout == "", quiet.stdout + quiet.stderr
    down = run(["/bin/sh", "-c", command], dict(env, AVGD_SOCKET=str(tmp_path / "none.sock")))
    assert "kon avgd niet vragen (exit 3)" in down.stdout


def test_serve_creates_a_missing_socket_directory_0700_and_says_how_to_call_it(avgd, tmp_path):
    sock = tmp_path / "new" / "avgd.sock"
    proc = subprocess.Popen([avgd, "serve", "--memory", "--socket", str(sock)], stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "avgd call --socket" not in line:
            line = proc.stderr.readline()
            assert line, "avgd serve ended before listening"
        assert f"luistert op {sock}; aanroepen met: avgd call --socket {sock} service.info" in line   # Dutch by default
        assert (sock.parent.stat().st_mode & 0o777) == 0o700
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_methods_lists_every_method_with_its_summary(avgd, tmp_path):
    out = run([avgd, "methods", "--socket", str(tmp_path / "none.sock")], os.environ)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == len(DOCUMENT["methods"])
    for m, line in zip(DOCUMENT["methods"], lines):
        assert line.startswith(m["name"] + " ") and line.endswith(m["summary"])


def test_call_help_prints_params_roles_and_an_example_that_works(avgd, client_env):
    out = run([avgd, "call", "rights.resolve", "--help"], client_env)
    assert out.returncode == 0, out.stderr
    assert re.search(r"^  birthDate\s+string \(date\), verplicht$", out.stdout, re.M)
    assert re.search(r"^  on\s+string, optioneel$", out.stdout, re.M)
    assert "Rollen: privacyOfficer" in out.stdout
    example = next(l.strip() for l in out.stdout.splitlines() if l.startswith("  avgd call rights.resolve birthDate="))
    assert run(["bash", "-c", example], client_env).returncode == 0
    bad = run([avgd, "call", "rights.resolv", "--help"], client_env)
    assert bad.returncode == 1 and "avgd methods" in bad.stderr


def test_key_value_params_equal_the_json_form(avgd, client_env):
    kv = run([avgd, "call", "rights.resolve", "birthDate=2010-03-15", "on=2026-03-15"], client_env)
    js = run([avgd, "call", "rights.resolve", '{"birthDate":"2010-03-15","on":"2026-03-15"}'], client_env)
    assert kv.returncode == 0 and kv.stdout == js.stdout, kv.stderr
    typed = run([avgd, "call", "requests.list", "limit=2", "overdue=false"], client_env)
    assert typed.returncode == 0, typed.stderr
    wrong = run([avgd, "call", "rights.resolve", "birthDate=2010-03-15", "birthDate=2010-03-16"], client_env)
    assert wrong.returncode == 2 and "birthDate staat er twee keer" in wrong.stderr
    mixed = run([avgd, "call", "rights.resolve", "birthDate=2010-03-15", "2026-03-15"], client_env)
    assert mixed.returncode == 2


def test_the_readme_method_table_names_every_published_method():
    """A method counts when its full name is in the table, or its `.rest` in a row that names its
    register (`prefix.`); "reads" in such a row stands for .get, .history, .list and .export."""
    rows = [l.split("|")[2] for l in README.splitlines() if l.startswith("| ") and l.count("|") >= 4]

    def covered(name):
        prefix, _, rest = name.partition(".")
        for cell in rows:
            if f"`{name}`" in cell:
                return True
            if f"`{prefix}." in cell and (f"`.{rest}`" in cell or (rest in ("get", "history", "list", "export")
                                                                    and "reads" in cell)):
                return True
        return False

    missing = [m["name"] for m in DOCUMENT["methods"] if not covered(m["name"])]
    assert missing == [], f"README's method table lacks {missing}"


def test_version_numbers_agree(avgd):
    daemon = run([avgd, "--version"], os.environ).stdout.split()[1]
    package = tomllib.loads((ROOT / "clients" / "python" / "pyproject.toml").read_text())["project"]["version"]
    module = re.search(r'__version__ = "([^"]+)"', (ROOT / "clients" / "python" / "avgd" / "__init__.py").read_text())[1]
    info = run([avgd, "serve", "--stdio", "--memory"], os.environ,
               input='{"jsonrpc":"2.0","method":"service.info","id":1}\n')
    served = json.loads(info.stdout.splitlines()[0])["result"]["version"]
    assert daemon == package == module == served


def test_the_committed_examples_are_what_dutch_excel_opens():
    """clients/examples/*-voorbeeld.csv and .xlsx (written by clients/examples/make_exports.py), linked
    from the README."""
    import zipfile
    examples = ROOT / "clients" / "examples"
    for name in ["datalekkenregister-voorbeeld.csv", "verzoekenregister-voorbeeld.csv", "registers-voorbeeld.xlsx"]:
        assert f"(clients/examples/{name})" in README, name
    raw = (examples / "datalekkenregister-voorbeeld.csv").read_bytes()
    assert raw.startswith("\ufeffKenmerk;Soort;Status;".encode()) and b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert ";datalek;afgerond;" in text and re.search(r";\d\d-\d\d-\d{4} \d\d:\d\d;", text)
    with zipfile.ZipFile(examples / "registers-voorbeeld.xlsx") as z:
        assert z.testzip() is None and "xl/workbook.xml" in z.namelist()
        assert "Datalekken en incidenten" in z.read("xl/workbook.xml").decode()


def test_summaries_spell_their_plurals():
    """`breaches.list` said "The breachs ..." (issue 16 §7); the plural is made, not glued."""
    summaries = {m["name"]: m["summary"] for m in DOCUMENT["methods"]}
    assert summaries["breaches.list"].startswith("The breaches matching")
    assert summaries["processing.list"].startswith("The processing activities matching")
    assert not any(re.search(r"\b\w+(chs|[^aeiou]ys)\b", s) for s in summaries.values())
