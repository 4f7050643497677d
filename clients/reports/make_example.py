"""Writes the example annual report the README shows (clients/examples/jaarverslag-voorbeeld.html and its
first page as PNG) from the published examples' data, on a private daemon with the clock pinned.

    AVGD_BIN_DIR=$(swift build --show-bin-path) python3 clients/reports/make_example.py
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "tests"), str(HERE.parent)]
import reports_browser as br  # noqa: E402
from avgd_testsupport import ROOT, example_daemon  # noqa: E402


def main():
    with example_daemon() as (avgd, sock):
        html = subprocess.run([avgd, "report", "--socket", sock, "--year", "2026"], capture_output=True, text=True, check=True).stdout
        out = ROOT / "clients" / "examples"
        out.mkdir(exist_ok=True)
        (out / "jaarverslag-voorbeeld.html").write_text(html, encoding="utf-8")
        console = br.screenshot(out / "jaarverslag-voorbeeld.html", out / "jaarverslag-voorbeeld.png")
        assert console == [], console
        print(f"wrote {out}/jaarverslag-voorbeeld.html and .png")


if __name__ == "__main__":
    main()
