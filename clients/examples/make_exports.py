"""Writes the example exports the README links (issue 16 §2): the breach register as the CSV Dutch
Excel opens by double-click, the requests register likewise, and every register as one xlsx workbook,
from the published examples' data on a private daemon with the clock pinned.

    AVGD_BIN_DIR=$(swift build --show-bin-path) python3 clients/examples/make_exports.py
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]
from avgd_testsupport import example_daemon  # noqa: E402

#: (file, avgd export arguments)
EXPORTS = [
    ("datalekkenregister-voorbeeld.csv", ["breaches", "--format", "csv"]),
    ("verzoekenregister-voorbeeld.csv", ["requests", "--format", "csv"]),
    ("registers-voorbeeld.xlsx", ["--all"]),
]


def main():
    with example_daemon() as (avgd, sock):
        for name, args in EXPORTS:
            subprocess.run([avgd, "export", "--socket", sock, "--language", "nl", "--output", str(HERE / name), *args],
                           check=True)
            print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
