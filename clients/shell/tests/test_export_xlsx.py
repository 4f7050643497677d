"""`avgd export` as a school office uses it (issue 16): the README's command pasted as is, the file
read back by Python's zipfile and XML parser (the package is sound) and by openpyxl, a real
spreadsheet reader (sheets, frozen bold header, real date cells in Amsterdam time, text that looks
like a formula stays text)."""
import datetime
import json
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import pytest

from avgd_testsupport import require_methods

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is installed by ./run.sh test (ensure_test_tools)")

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def call(env, method, **params):
    out = subprocess.run(["avgd", "call", method, json.dumps(params)], env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def filled(client_env):
    require_methods("breaches.register", "requests.open", "breaches.export")
    call(client_env, "breaches.register", kind="dataBreach", summary="USB-stick kwijt", awareAt="2026-11-27T09:30:00+01:00",
         school="Het Baken\r\n=1+1")
    call(client_env, "breaches.register", kind="securityIncident", summary="=HYPERLINK(\"http://x\")",
         awareAt="2026-07-01T14:05:00+02:00")
    call(client_env, "requests.open", type="access", student={"id": "S-1", "birthDate": "2014-05-12"},
         requester={"relationship": "parent"}, receivedOn="2026-11-05")
    return client_env


def test_export_all_is_a_workbook_excel_can_open(filled, tmp_path):
    out = tmp_path / "registers.xlsx"
    run = subprocess.run(["avgd", "export", "--all", "--output", str(out)], env=filled, capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()

    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"} <= names
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(z.read(name))  # every part is well-formed XML
        sheets = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(MAIN + "sheet")]
        assert "Verzoeken" in sheets and "Datalekken en incidenten" in sheets
        # No cell anywhere is a formula.
        for name in names:
            if name.startswith("xl/worksheets/"):
                assert ET.fromstring(z.read(name)).find(f".//{MAIN}f") is None

    book = openpyxl.load_workbook(out)
    ws = book["Datalekken en incidenten"]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[0] == "Kenmerk"
    assert all(c.font.b for c in ws[1] if c.value)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    moments = [v for v in rows[0] if isinstance(v, datetime.datetime)]
    # awareAt 09:30 Amsterdam (winter time) is a date cell showing 27-11-2026 09:30.
    assert datetime.datetime(2026, 11, 27, 9, 30) in moments
    summer = [v for v in rows[1] if isinstance(v, datetime.datetime)]
    assert datetime.datetime(2026, 7, 1, 14, 5) in summer
    # The attacker's text is one cell of text, the CRLF inside it, nothing run.
    assert "Het Baken\r\n=1+1" in rows[0] or "Het Baken\n=1+1" in rows[0]
    assert '=HYPERLINK("http://x")' in rows[1]
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert all(w and w >= 8 for w in widths)


def test_export_one_register_as_csv_and_refuse_xlsx_to_a_terminal(filled, tmp_path):
    run = subprocess.run(["avgd", "export", "breaches", "--format", "csv"], env=filled, capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout.decode().startswith("\ufeffKenmerk;Soort;Status;")   # Dutch by default: for Dutch Excel
    en = subprocess.run(["avgd", "export", "breaches", "--format", "csv", "--language", "en"], env=filled, capture_output=True,
                        timeout=60)
    assert en.returncode == 0 and en.stdout.decode().startswith("Id,Kind,Status,"), en.stderr.decode()
    usage = subprocess.run(["avgd", "export", "--all", "--format", "csv"], env=filled, capture_output=True, timeout=60)
    assert usage.returncode == 2
    assert "een CSV-bestand bevat één register".encode() in usage.stderr   # the command line is Dutch by default
    assert subprocess.run(["avgd", "export", "--help"], env=filled, capture_output=True).returncode == 0
