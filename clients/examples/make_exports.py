"""Writes the example exports the README links (issue 16 §2): the breach register as the CSV Dutch
Excel opens by double-click, the requests register likewise, and every register as one xlsx workbook,
from the published examples' data on a private daemon with the clock pinned.

    AVGD_BIN_DIR=$(swift build --show-bin-path) python3 clients/examples/make_exports.py
"""
import json
import os
import pathlib
import pwd
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reports" / "tests"), str(HERE.parent)]
import reports_browser as br  # noqa: E402
from avgd_testsupport import NOW, ROOT, bin_dir  # noqa: E402

#: (file, avgd export arguments)
EXPORTS = [
    ("datalekkenregister-voorbeeld.csv", ["breaches", "--format", "csv"]),
    ("verzoekenregister-voorbeeld.csv", ["requests", "--format", "csv"]),
    ("registers-voorbeeld.xlsx", ["--all"]),
]


def main():
    avgd = str(bin_dir() / "avgd")
    d = tempfile.mkdtemp(prefix="avgd-example-", dir="/tmp")
    sock = os.path.join(d, "s.sock")
    roles = os.path.join(d, "roles.json")
    pathlib.Path(roles).write_text(json.dumps(
        {"version": 1, "users": {pwd.getpwuid(os.getuid()).pw_name: ["privacyOfficer", "confidentialCounsellor"]}}))
    os.chmod(roles, 0o600)
    proc = subprocess.Popen([avgd, "serve", "--socket", sock, "--store", os.path.join(d, "store"), "--roles", roles],
                            env=dict(os.environ, AVGD_NOW=NOW), stderr=subprocess.DEVNULL)
    try:
        for _ in range(400):
            if os.path.exists(sock):
                break
            time.sleep(0.025)
        br.replay_examples(sock, ROOT)
        for name, args in EXPORTS:
            subprocess.run([avgd, "export", "--socket", sock, "--language", "nl", "--output", str(HERE / name), *args],
                           check=True)
            print(f"wrote {HERE / name}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
