"""Headless Chromium for the reports' and letters' tests (issue 17 §4): a document is looked at as a
person sees it. Debian's `chromium` package; ./run.sh test installs it when missing and says so."""
import html.parser
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile

A4_WIDTH_PX = 794   # 210 mm at 96 px per inch
A4_HEIGHT_PX = 1123  # 297 mm


def chromium():
    """The chromium binary, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(args, timeout=120):
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio"]
    profile = tempfile.mkdtemp(prefix="avgd-chromium-")
    try:
        return subprocess.run(base + [f"--user-data-dir={profile}"] + args, capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def dump_dom(path):
    """The DOM after loading `path` (scripts, if any could run, have run)."""
    out = _run(["--virtual-time-budget=2000", "--dump-dom", pathlib.Path(path).resolve().as_uri()])
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def console_messages(stderr):
    """Console lines Chromium logged (with --enable-logging=stderr): console.* calls, script errors, CSP refusals."""
    return [l for l in stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l or "Refused to" in l]


def screenshot(path, png):
    """A PNG of the first A4 page at 96 dpi; returns the console messages logged while loading."""
    out = _run(["--enable-logging=stderr", "--v=0", f"--window-size={A4_WIDTH_PX},{A4_HEIGHT_PX}",
                "--virtual-time-budget=2000", f"--screenshot={png}", pathlib.Path(path).resolve().as_uri()])
    assert out.returncode == 0 and os.path.getsize(png) > 0, out.stderr[-2000:]
    return console_messages(out.stderr)


def print_pdf(path, pdf):
    """Prints to PDF as a person would (A4 from the document's @page); returns the PDF bytes."""
    out = _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", pathlib.Path(path).resolve().as_uri()])
    assert out.returncode == 0 and os.path.getsize(pdf) > 0, out.stderr[-2000:]
    return pathlib.Path(pdf).read_bytes()


def page_sizes(pdf_bytes):
    """The [width, height] in points of each page's MediaBox."""
    return [(float(m.group(1)), float(m.group(2)))
            for m in re.finditer(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf_bytes)]


def layout_width(path, workdir):
    """The document's scroll width in CSS px in a window as wide as A4. The document itself forbids
    scripts (its content-security policy), so a copy without that meta gets a script that writes the
    measurement into the DOM, which --dump-dom then shows."""
    text = pathlib.Path(path).read_text(encoding="utf-8")
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    probe = ("<script>addEventListener('load',()=>{document.body.setAttribute('data-scroll-width',"
             "String(document.documentElement.scrollWidth))})</script></body>")
    copy = pathlib.Path(workdir) / (pathlib.Path(path).stem + ".measure.html")
    copy.write_text(text.replace("</body>", probe), encoding="utf-8")
    out = _run([f"--window-size={A4_WIDTH_PX},{A4_HEIGHT_PX}", "--virtual-time-budget=2000", "--dump-dom", copy.as_uri()])
    m = re.search(r'data-scroll-width="(\d+)"', out.stdout)
    assert m, "the measurement did not run: " + out.stderr[-1000:]
    return int(m.group(1))


class DOM(html.parser.HTMLParser):
    """What the tests read from a dumped DOM: element counts, headings, chart rects, text."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.headings = []
        self.bars = {}
        self.text = []
        self._chart = None
        self._heading = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "svg" and "data-chart" in a:
            self._chart = a["data-chart"]
            self.bars.setdefault(self._chart, 0)
        if tag == "rect" and self._chart and "bar" in (a.get("class") or "").split():
            self.bars[self._chart] += 1
        if tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag):
        if tag == "svg":
            self._chart = None
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append((tag, "".join(self._heading).strip()))
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)

    @property
    def all_text(self):
        return "".join(self.text)


def replay_examples(sock_path, root):
    """Replays every published example, in document order, on the daemon at `sock_path` (its clock pinned
    like the recorder's): the examples' data, the same registers the recorded examples show."""
    doc = json.loads((pathlib.Path(root) / "Protocol" / "openrpc.json").read_text())
    with RPC(sock_path) as rpc:
        for m in doc["methods"]:
            if m["name"].startswith(("reports.", "letters.", "store.")):
                continue
            for ex in m.get("examples", []):
                params = {p["name"]: p["value"] for p in ex.get("params", [])}
                rpc.call(m["name"], params, check=False)


class RPC:
    """A minimal NDJSON JSON-RPC client on the daemon's socket."""

    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX)
        self.s.connect(path)
        self.f = self.s.makefile("rwb")
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.f.close()
        self.s.close()

    def call(self, method, params=None, check=True):
        self.n += 1
        self.f.write((json.dumps({"jsonrpc": "2.0", "id": self.n, "method": method, "params": params or {}}) + "\n").encode())
        self.f.flush()
        reply = json.loads(self.f.readline())
        if check:
            assert "error" not in reply, f"{method}: {reply.get('error')}"
        return reply.get("result")
