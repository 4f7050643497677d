"""The shell recipes (morning.sh, export-csv.sh, import-requests.sh) run as cron or a person would:
`avgd call` on PATH, AVGD_SOCKET pointing at a real daemon with the clock pinned to 2026-11-29 10:00."""
import csv
import io
import json
import pathlib
import subprocess

import pytest

from avgd_testsupport import require_methods, require_tool

HERE = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def jq():
    return require_tool("jq")


def sh(env, script, *args, cwd=None):
    """Runs a recipe; stdout and stderr decoded without newline translation (CSV keeps its CRLF)."""
    out = subprocess.run(["bash", str(HERE / script), *map(str, args)], env=env, capture_output=True, timeout=60, cwd=cwd)
    return subprocess.CompletedProcess(out.args, out.returncode, out.stdout.decode(), out.stderr.decode())


def call(env, method, **params):
    out = subprocess.run(["avgd", "call", method, json.dumps(params)], env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_morning_all_clear_exits_0(client_env):
    require_methods("requests.due", "breaches.due")
    out = sh(client_env, "morning.sh")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Subject requests due within 7 days of 2026-11-29: 0, 0 overdue" in out.stdout
    assert "Data breaches not yet reported to the AP (at 2026-11-29T10:00:00+01:00): 0, 0 overdue" in out.stdout


def test_morning_lists_due_items_and_exits_1_when_something_is_overdue(client_env):
    require_methods("requests.due", "requests.open", "breaches.due")
    late = call(client_env, "breaches.register", kind="dataBreach", summary="Laptop stolen", awareAt="2026-11-20T09:00:00+01:00")
    soon = call(client_env, "breaches.register", kind="dataBreach", summary="Mail to the wrong parent",
                awareAt="2026-11-28T20:00:00+01:00")
    req = call(client_env, "requests.open", type="access", student={"id": "S-1", "birthDate": "2014-05-12"},
               requester={"relationship": "parent"}, receivedOn="2026-11-05")
    out = sh(client_env, "morning.sh", "--within", 14)
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert any(late["id"] in line and "OVERDUE" in line for line in lines)
    assert any(soon["id"] in line and "OVERDUE" not in line and "h left" in line for line in lines)
    assert any(req["id"] in line and f"due {req['dueOn']}" in line for line in lines)
    assert lines[-1].endswith("overdue: act today.")


def test_morning_without_a_daemon_or_with_bad_usage(client_env, tmp_path):
    env = dict(client_env, AVGD_SOCKET=str(tmp_path / "none.sock"))
    assert sh(env, "morning.sh").returncode == 3
    assert sh(client_env, "morning.sh", "--within", "soon").returncode == 2


def test_export_csv_breaches_in_english_and_dutch(client_env):
    call(client_env, "breaches.register", kind="dataBreach", summary="Laptop, stolen", awareAt="2026-11-27T09:00:00+01:00")
    call(client_env, "breaches.register", kind="nearMiss", summary="Phishing mail", awareAt="2026-11-26T09:00:00+01:00")
    en = sh(client_env, "export-csv.sh", "breaches", "en")
    nl = sh(client_env, "export-csv.sh", "breaches", "nl")
    default = sh(client_env, "export-csv.sh", "breaches")
    assert en.returncode == 0 and nl.returncode == 0 and default.returncode == 0, en.stderr + nl.stderr + default.stderr
    # Without a language the daemon's applies: nl unless `avgd serve --language en` (issue 16 §1).
    assert default.stdout == nl.stdout
    rows = list(csv.reader(io.StringIO(en.stdout, newline="")))
    assert rows[0][:3] == ["Id", "Kind", "Status"] and len(rows) == 3
    assert rows[1][rows[0].index("Summary")] == "Laptop, stolen"
    assert [r[1] for r in rows[1:]] == ["dataBreach", "nearMiss"]   # English keeps the wire values
    assert en.stdout.endswith("\r\n") and not en.stdout.endswith("\r\n\n")   # the CSV exactly, no extra line
    # Dutch: what Dutch Excel opens by double-click (issue 16 §2).
    assert nl.stdout.startswith("\ufeffKenmerk;Soort;Status;")
    nl_rows = list(csv.reader(io.StringIO(nl.stdout[1:], newline=""), delimiter=";"))
    assert len(nl_rows) == 3 and [r[0] for r in nl_rows[1:]] == [r[0] for r in rows[1:]]
    assert nl_rows[1][1] == "datalek" and nl_rows[2][1] == "bijna-incident"
    assert nl_rows[1][nl_rows[0].index("Datum en tijd kennisname")] == "27-11-2026 09:00"
    assert nl_rows[1][nl_rows[0].index("Samenvatting")] == "Laptop, stolen"


@pytest.mark.parametrize("register", ["requests", "sharing", "complaints"])
def test_export_csv_other_registers(client_env, register):
    require_methods(f"{register}.export")
    out = sh(client_env, "export-csv.sh", register)
    assert out.returncode == 0 and out.stdout.count("\r\n") >= 1, out.stderr


def test_export_csv_errors(client_env):
    assert sh(client_env, "export-csv.sh").returncode == 2
    assert sh(client_env, "export-csv.sh", "breaches", "de").returncode == 2
    bad = sh(client_env, "export-csv.sh", "nosuchregister")
    assert bad.returncode == 1 and "-32601" in bad.stderr


CSV = (
    'type,studentId,birthDate,relationship,requesterName,contact,receivedOn,channel,school\r\n'
    'access,S-1001,2014-05-12,parent,"de Vries, J. ""Jan""",j@example.nl,2026-11-20,email,Het Baken\r\n'
    '\r\n'
    'erasure,S-1002,2030-01-01,parent,,,2026-11-20,letter,\r\n'
    'results,S-1003,2008-02-01\r\n'
    'access,S-1004,2010-03-15,student,,,2026-11-25,inPerson,Het Baken\r\n'
)


def test_import_requests_reports_each_line_and_fails_when_one_did(client_env, tmp_path):
    require_methods("requests.open", "requests.list")
    f = tmp_path / "in.csv"
    f.write_text(CSV)
    out = sh(client_env, "import-requests.sh", f)
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("line 2: R-2026-") and "opened, due" in lines[0]
    assert lines[1].startswith("line 4: FAILED -32602") and "student.birthDate" in lines[1]
    assert lines[2].startswith("line 5: FAILED") and "fields" in lines[2]
    assert lines[3].startswith("line 6: R-2026-")
    assert lines[-1] == "2 opened, 0 already registered, 2 failed"
    first = call(client_env, "requests.get", id=lines[0].split()[2])
    assert first["requester"]["name"] == 'de Vries, J. "Jan"' and first["school"] == "Het Baken"


def test_import_requests_all_good_exits_0(client_env, tmp_path):
    require_methods("requests.open")
    f = tmp_path / "ok.csv"
    f.write_text("studentId,birthDate,type,relationship,receivedAt\nS-9,2012-01-01,access,parent,2026-11-26T16:45:00+01:00\n")
    out = sh(client_env, "import-requests.sh", f)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == "1 opened, 0 already registered, 0 failed", out.stdout + out.stderr


def test_import_requests_checks_the_header_before_sending_anything(client_env, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("type,studentId,birthDate,relationship,reveivedOn\naccess,S-1,2014-05-12,parent,2026-11-20\n")
    out = sh(client_env, "import-requests.sh", f)
    assert out.returncode == 2 and "unknown column(s): reveivedOn" in out.stderr
    assert sh(client_env, "import-requests.sh").returncode == 2


def test_import_requests_dry_run_parses_rfc4180_quoting(client_env, tmp_path):
    f = tmp_path / "in.csv"
    f.write_text(CSV)
    out = sh(client_env, "import-requests.sh", "--dry-run", f)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("line 2: ok (dry run), due 2026-12-21: requests.open "), out.stdout + out.stderr
    # Checked by the service exactly as the real open: the birth date in the future fails here too.
    assert lines[1].startswith("line 4: FAILED -32602") and "student.birthDate" in lines[1]
    assert lines[-1] == "dry run: 2 would be opened, 0 already registered, 2 failed; nothing registered"
    assert call(client_env, "requests.list")["total"] == 0
    first = json.loads(lines[0].split("requests.open ", 1)[1])
    assert first == {"type": "access", "student": {"id": "S-1001", "birthDate": "2014-05-12"},
                     "requester": {"relationship": "parent", "name": 'de Vries, J. "Jan"', "contact": "j@example.nl"},
                     "receivedOn": "2026-11-20", "channel": "email", "school": "Het Baken"}
    assert out.returncode == 1   # line 5 has too few fields even in a dry run


# What Dutch Excel saves (issue 16 §2): a byte-order mark, `;`, CRLF, Dutch column names and values,
# dates as dd-mm-jjjj, and the SIS's own id in Kenmerk.
DUTCH = (
    "\ufeffKenmerk;Soort verzoek;Leerling;Geboortedatum;Hoedanigheid verzoeker;Ontvangen;School;Status\r\n"
    "SIS-501;inzage;S-501;12-05-2014;ouder met gezag;20-11-2026;Het Baken;open\r\n"
    "SIS-502;verwijdering;S-502;01-03-2009;leerling;26-11-2026 16:45;\"De Linde; locatie 2\";\r\n"
)


def test_import_takes_what_dutch_excel_saves_and_a_second_run_is_harmless(client_env, tmp_path):
    require_methods("requests.open")
    f = tmp_path / "verzoeken.csv"
    f.write_bytes(DUTCH.encode())
    dry = sh(client_env, "import-requests.sh", "--dry-run", f)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert call(client_env, "requests.list")["total"] == 0
    first = sh(client_env, "import-requests.sh", f)
    assert first.returncode == 0 and first.stdout.splitlines()[-1] == "2 opened, 0 already registered, 0 failed", first.stdout
    r1 = call(client_env, "requests.get", id=first.stdout.split()[2])
    assert r1["type"] == "access" and r1["requester"]["relationship"] == "parent" and r1["externalRef"] == "SIS-501"
    assert r1["student"]["birthDate"] == "2014-05-12" and r1["receivedOn"] == "2026-11-20"
    r2 = call(client_env, "requests.get", id=first.stdout.splitlines()[1].split()[2])
    assert r2["receivedAt"].startswith("2026-11-26T16:45:00") and r2["school"] == "De Linde; locatie 2"
    again = sh(client_env, "import-requests.sh", f)
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == "0 opened, 2 already registered, 0 failed", again.stdout
    assert "already registered (externalRef SIS-501)" in again.stdout
    assert call(client_env, "requests.list")["total"] == 2


def test_every_recipe_prints_its_help_and_exits_0(client_env):
    for script in ["morning.sh", "export-csv.sh", "import-requests.sh"]:
        out = sh(client_env, script, "--help")
        assert out.returncode == 0 and script in out.stdout and "Exit" in out.stdout, script


def test_recipes_tell_a_missing_avgd_from_something_overdue(client_env, tmp_path):
    env = dict(client_env, AVGD=str(tmp_path / "no-avgd"))
    for script, args in [("morning.sh", []), ("export-csv.sh", ["breaches"]), ("import-requests.sh", [__file__])]:
        out = sh(env, script, *args)
        assert out.returncode == 3 and "avgd not found" in out.stderr, script
