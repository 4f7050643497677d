"""Reports and letters as a person sees them (issue 17 §4). A daemon with the clock pinned gets the examples'
data (every published example replayed in order) plus a breach whose summary tries to inject markup; the
annual report, today's overview and every letter are rendered by the daemon, opened in headless Chromium,
printed to PDF and screenshot (PNG) under .build/reports/, and checked: no console errors, as many bars in
each chart as the register data gives, the page fits A4, Dutch headings, injected markup shown as text."""
import json
import os
import pathlib
import pwd
import shutil
import subprocess
import tempfile
import time
from collections import Counter

import pytest

from avgd_testsupport import NOW, ROOT, bin_dir
import reports_browser as br

OUT = ROOT / ".build" / "reports"
XSS = "Phishing: <script>alert(1)</script> en <img src=x onerror=alert(2)>"
LETTERS = {
    "brief-ontvangst": {"kind": "acknowledgement", "id": "R-2026-0001"},
    "brief-verlenging": {"kind": "extensionNotice", "id": "R-2026-0001"},
    "brief-beslissing": {"kind": "decision", "id": "R-2026-0001", "board": "private"},
    "brief-beslissing-openbaar": {"kind": "decision", "id": "R-2026-0001", "board": "publicLaw"},
    "brief-datalek": {"kind": "breachNotice", "id": "D-2026-0001"},
    "brief-377c": {"kind": "parentInformation", "id": "R-2026-0003"},
}
DUTCH_SECTIONS = ["Samenvatting", "Beveiligingsincidenten en datalekken", "Verzoeken van betrokkenen",
                  "Verwerkersovereenkomsten", "Gegevens gedeeld met derden", "Vertrouwenspersoon: jaarcijfers",
                  "Nog niet in dit verslag"]


@pytest.fixture(scope="module")
def fixture_daemon():
    """A daemon with the examples' data and the injection breach; yields an RPC client factory."""
    if not br.chromium():
        pytest.fail("chromium is missing: ./run.sh test installs Debian's `chromium` package with apt-get; "
                    "the reports' browser tests cannot run without it (they never skip)")
    avgd = str(bin_dir() / "avgd")
    d = tempfile.mkdtemp(prefix="avgd-rep-", dir="/tmp")
    sock = os.path.join(d, "s.sock")
    roles = os.path.join(d, "roles.json")
    with open(roles, "w") as f:
        json.dump({"version": 1, "users": {pwd.getpwuid(os.getuid()).pw_name: ["privacyOfficer", "confidentialCounsellor"]}}, f)
    os.chmod(roles, 0o600)
    proc = subprocess.Popen([avgd, "serve", "--socket", sock, "--store", os.path.join(d, "store"), "--roles", roles],
                            env=dict(os.environ, AVGD_NOW=NOW), stderr=subprocess.DEVNULL)
    for _ in range(400):
        if os.path.exists(sock):
            break
        time.sleep(0.025)
    br.replay_examples(sock, ROOT)
    with br.RPC(sock) as rpc:
        rpc.call("breaches.register", {"kind": "dataBreach", "summary": XSS, "awareAt": "2026-11-29T08:00:00+01:00"})
    yield {"sock": sock, "avgd": avgd}
    proc.terminate()
    assert proc.wait(timeout=20) == 0
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="module")
def rendered(fixture_daemon):
    """Every document as HTML file, PNG, PDF, dumped DOM and console messages, under .build/reports/."""
    OUT.mkdir(parents=True, exist_ok=True)
    sock = fixture_daemon["sock"]
    docs = {}
    # The annual report through the command a person runs.
    out = subprocess.run([fixture_daemon["avgd"], "report", "--socket", sock, "--year", "2026"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    docs["jaarverslag"] = out.stdout
    with br.RPC(sock) as rpc:
        docs["overzicht"] = rpc.call("reports.status", {"format": "html"})["html"]
        letters = {}
        for name, params in LETTERS.items():
            letters[name] = rpc.call("letters.render", dict(params, format="html"))
            docs[name] = letters[name]["text"]
    result = {"letters": letters}
    for name, text in docs.items():
        path = OUT / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        console = br.screenshot(path, OUT / f"{name}.png")
        pdf = br.print_pdf(path, OUT / f"{name}.pdf")
        result[name] = {"path": path, "console": console, "pdf": pdf, "dom": br.DOM(br.dump_dom(path)),
                        "width": br.layout_width(path, OUT)}
    return result


def all_pages(rpc, method, **params):
    items, cursor = [], None
    while True:
        page = rpc.call(method, dict(params, limit=1000, **({"cursor": cursor} if cursor else {})))
        items += page["items"]
        cursor = page.get("nextCursor")
        if not cursor:
            return items


DOCS = ["jaarverslag", "overzicht", *LETTERS]


@pytest.mark.parametrize("name", DOCS)
def test_no_console_errors_and_files_written(rendered, name):
    doc = rendered[name]
    assert doc["console"] == [], doc["console"]
    assert (OUT / f"{name}.png").stat().st_size > 10_000
    assert doc["pdf"].startswith(b"%PDF")


def test_the_console_check_sees_an_error():
    """The console check above can fail: a page that logs an error is caught."""
    OUT.mkdir(parents=True, exist_ok=True)
    page = OUT / "console-control.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p><script>console.error('kapot')</script></body></html>")
    assert any("kapot" in line for line in br.screenshot(page, OUT / "console-control.png"))


@pytest.mark.parametrize("name", DOCS)
def test_fits_a4(rendered, name):
    doc = rendered[name]
    assert doc["width"] <= br.A4_WIDTH_PX, f"{name} is {doc['width']} px wide in an A4-wide window"
    sizes = br.page_sizes(doc["pdf"])
    assert sizes, "no pages in the PDF"
    for w, h in sizes:
        assert abs(w - 595.3) < 2 and abs(h - 841.9) < 2, f"page {w}x{h} pt is not A4"


def test_headings_are_dutch(rendered):
    dom = rendered["jaarverslag"]["dom"]
    assert dom.headings[0] == ("h1", "Privacyjaarverslag 2026")
    assert [t for tag, t in dom.headings if tag == "h2"] == DUTCH_SECTIONS
    assert "Aandachtspunten" in [t for _, t in dom.headings]
    overview = [t for _, t in rendered["overzicht"]["dom"].headings]
    assert overview[0] == "Wat vraagt nu aandacht"
    assert any(t.startswith("Termijn verstreken") for t in overview)
    subjects = {"brief-ontvangst": "Ontvangstbevestiging van uw verzoek", "brief-verlenging": "Wij hebben meer tijd nodig voor uw verzoek",
                "brief-beslissing": "Beslissing op uw verzoek", "brief-datalek": "Informatie over een datalek bij de school",
                "brief-377c": "Informatie over uw kind"}
    for name, subject in subjects.items():
        assert rendered[name]["dom"].headings[0] == ("h1", subject)
    english = {"Summary", "Needs attention", "Our decision", "What happened?", "Data subject requests"}
    for name in DOCS:
        assert not english & {t for _, t in rendered[name]["dom"].headings}, name


def test_markup_in_a_record_is_shown_as_text(rendered):
    for name in ("jaarverslag", "overzicht"):
        dom = rendered[name]["dom"]
        assert dom.tags.get("script", 0) == 0 and dom.tags.get("img", 0) == 0, dom.tags
        assert XSS in dom.all_text, f"{name} does not show the summary as text"


def test_bars_match_the_register_data(rendered, fixture_daemon):
    """Each chart has as many bars (rect.bar in the DOM) as the registers, counted here from their lists, give."""
    with br.RPC(fixture_daemon["sock"]) as rpc:
        breaches = [b for b in all_pages(rpc, "breaches.list") if b["awareAt"].startswith("2026-")]
        requests = [r for r in all_pages(rpc, "requests.list") if r["receivedOn"].startswith("2026-")]
        sharing = [s for s in all_pages(rpc, "sharing.list") if s["disclosedOn"].startswith("2026-")]
        complaints = rpc.call("complaints.annualReport", {"year": 2026})
        figures = {s["id"]: s for s in rpc.call("reports.annual", {"year": 2026, "format": "json"})["sections"]}
    data = [b for b in breaches if b["kind"] == "dataBreach"]
    reported = [b for b in data if b.get("authorityReport")]
    late = [b for b in reported if b["authorityReport"].get("late")]
    missing = [b for b in data if not b.get("authorityReport") and b.get("authorityReportRequired") is not False]
    not_required = [b for b in data if b.get("authorityReportRequired") is False]

    def outcome(r):
        return "withdrawn" if r["status"] == "withdrawn" else r.get("decision", "pending")

    answered = [r for r in requests if r.get("respondedAt") or r["status"] == "responded"]
    in_time = [r for r in answered if not r.get("respondedLate")]
    extended = [r for r in requests if r.get("extendedDueOn")]
    late_requests = [r for r in requests if r.get("respondedLate") or (r["status"] in ("open", "extended", "holderChanged", "decided")
                                                                        and (r.get("extendedDueOn") or r["dueOn"]) < NOW[:10])]
    expected = {
        "breaches-per-month": len(Counter((b["awareAt"][:7], b["kind"]) for b in breaches)),
        "breaches-authority": sum(1 for n in (len(reported) - len(late), len(late), len(missing), len(not_required)) if n),
        "requests-per-type": len(Counter((r["type"], outcome(r)) for r in requests)),
        "requests-timeliness": sum(1 for n in (len(in_time), len(extended), len(late_requests)) if n),
        "processors-per-supplier": len(Counter((p["supplier"], p["state"]) for p in figures["processors"]["figures"]["products"])),
        "sharing-per-basis": len({s["legalBasis"] for s in sharing}),
        "complaints-per-month": sum(1 for m in complaints["byMonth"] if m["opened"]),
    }
    bars = rendered["jaarverslag"]["dom"].bars
    assert {k: bars.get(k) for k in expected} == expected
    assert all(n > 0 for n in expected.values()), "the fixture should give every chart some bars"
    # The JSON format reports the same charts with the same counts.
    assert {c["id"]: c["bars"] for s in figures.values() for c in s["charts"] if c["kind"] != "line"} == {
        k: v for k, v in bars.items() if k in expected}


def test_every_letter_passes_the_communication_check(rendered):
    for name, letter in rendered["letters"].items():
        assert letter["check"]["ok"], (name, letter["check"]["findings"])


def test_the_check_flags_another_persons_name_in_a_letter(fixture_daemon):
    """A record whose own words name someone else gives a letter the check does not pass."""
    with br.RPC(fixture_daemon["sock"]) as rpc:
        r = rpc.call("requests.open", {"type": "access", "student": {"id": "S-2001", "birthDate": "2013-04-01"},
                                       "requester": {"relationship": "parent", "name": "P. Smit"},
                                       "receivedAt": "2026-11-27T10:00:00+01:00"})
        rpc.call("requests.extend", {"id": r["id"], "reason": "het dossier gaat ook over J. de Vries",
                                     "noticeSentAt": "2026-11-28T10:00:00+01:00"}, check=True)
        letter = rpc.call("letters.render", {"kind": "extensionNotice", "id": r["id"]})
    assert not letter["check"]["ok"]
    assert [f["text"] for f in letter["check"]["findings"] if f["kind"] == "name"] == ["J. de Vries"]


def test_status_in_the_terminal_is_plain_in_a_pipe(fixture_daemon):
    out = subprocess.run([fixture_daemon["avgd"], "status", "--socket", fixture_daemon["sock"]], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "\x1b[" not in out.stdout
    assert "TERMIJN VERSTREKEN" in out.stdout and "R-2026-0004" in out.stdout
    assert XSS in out.stdout


def test_status_on_a_terminal_is_coloured(fixture_daemon):
    """On a terminal (a pty here) the overview is coloured; the record's own text still cannot steer it."""
    import pty
    leader, follower = pty.openpty()
    proc = subprocess.Popen([fixture_daemon["avgd"], "status", "--socket", fixture_daemon["sock"]],
                            stdout=follower, stderr=subprocess.PIPE, env={k: v for k, v in os.environ.items() if k != "NO_COLOR"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=30) == 0
    os.close(leader)
    out = b"".join(chunks).decode()
    assert "\x1b[1;31m" in out and "TERMIJN VERSTREKEN" in out
    assert "\x1b[0m" in out


def test_report_and_status_commands_other_formats(fixture_daemon):
    avgd, sock = fixture_daemon["avgd"], fixture_daemon["sock"]
    out = subprocess.run([avgd, "report", "--socket", sock, "--year", "2026", "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert [s["id"] for s in json.loads(out.stdout)["sections"]] == ["breaches", "requests", "processors", "sharing", "complaints"]
    out = subprocess.run([avgd, "status", "--socket", sock, "--html"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("<!DOCTYPE html>")
    out = subprocess.run([avgd, "report", "--socket", sock], capture_output=True, text=True)
    assert out.returncode == 2 and "--year" in out.stderr
    out = subprocess.run([avgd, "report", "--socket", sock, "--year", "1999"], capture_output=True, text=True)
    assert out.returncode == 1 and '"field":"year"' in out.stderr
