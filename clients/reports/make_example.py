"""Writes the example annual report the README shows (clients/examples/jaarverslag-voorbeeld.html and its
first page as PNG) from the published examples' data, on a private daemon with the clock pinned.

    AVGD_BIN_DIR=$(swift build --show-bin-path) python3 clients/reports/make_example.py
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
sys.path[:0] = [str(HERE / "tests"), str(HERE.parent)]
import reports_browser as br  # noqa: E402
from avgd_testsupport import NOW, ROOT, bin_dir  # noqa: E402


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
        html = subprocess.run([avgd, "report", "--socket", sock, "--year", "2026"], capture_output=True, text=True, check=True).stdout
        out = ROOT / "clients" / "examples"
        out.mkdir(exist_ok=True)
        (out / "jaarverslag-voorbeeld.html").write_text(html, encoding="utf-8")
        console = br.screenshot(out / "jaarverslag-voorbeeld.html", out / "jaarverslag-voorbeeld.png")
        assert console == [], console
        print(f"wrote {out}/jaarverslag-voorbeeld.html and .png")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
