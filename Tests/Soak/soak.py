#!/usr/bin/env python3
"""Soak test against the real daemon (AVG art. 32: a local process must not be able to take avgd down).

64 clients for AVGD_SOAK_SECONDS (default 10 with CI=true, else 20) mix valid calls (checked for the
right answer), garbage, oversize lines and abrupt disconnects. Afterwards every valid call must have
been answered correctly, the daemon's RSS (VmRSS) must be back within a generous band of its warmed-up
baseline, it must stop with status 0, and `avgd store verify` must pass on its store.
Run by ./run.sh test; needs AVGD_BIN_DIR (the directory holding the avgd binary).
"""
import json, os, random, socket, subprocess, sys, tempfile, threading, time

BIN = os.path.join(os.environ.get("AVGD_BIN_DIR", ".build/debug"), "avgd")
SECONDS = float(os.environ.get("AVGD_SOAK_SECONDS") or (10 if os.environ.get("CI") == "true" else 20))
CLIENTS, MAX_MESSAGE = 64, 65536


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))


class Client:
    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX)
        self.s.settimeout(20)
        self.s.connect(path)
        self.f = self.s.makefile("rb")

    def call(self, line):
        self.s.sendall(line + b"\n")
        reply = self.f.readline()
        if not reply:
            raise ConnectionError("closed")
        return json.loads(reply)

    def close(self):
        self.f.close()
        self.s.close()


def req(method, params, id_):
    return json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": id_}).encode()


VALID = [  # (method, params, check(result))
    ("rights.resolve", {"birthDate": "2010-03-15", "on": "2026-11-29"}, lambda r: "holders" in json.dumps(r) or isinstance(r, dict)),
    ("service.info", {}, lambda r: r["name"] == "avgd"),
    ("deadlines.breach", {"awareAt": "2026-11-27T16:30:00+01:00"}, lambda r: r["reportBy"] == "2026-11-30T16:30:00+01:00"),
    ("calendar.holidays", {"year": 2026}, lambda r: isinstance(r, (dict, list))),
]


def worker(path, stop, stats, lock, seed):
    rnd = random.Random(seed)
    c, n = None, 0
    while not stop.is_set():
        try:
            if c is None:
                c = Client(path)
            kind = rnd.random()
            n += 1
            if kind < 0.70:
                m, p, check = rnd.choice(VALID)
                r = c.call(req(m, p, n))
                ok = r.get("id") == n and "result" in r and check(r["result"])
                with lock:
                    stats["valid"] += 1
                    stats["wrong"] += 0 if ok else 1
                    if not ok and len(stats["examples"]) < 3:
                        stats["examples"].append((m, r))
            elif kind < 0.75:
                r = c.call(req("breaches.register", {"kind": "nearMiss", "summary": f"soak {seed}/{n}",
                                                      "awareAt": "2026-11-25T09:00:00+01:00"}, n))
                rid = r["result"]["id"]
                g = c.call(req("breaches.get", {"id": rid}, n + 1))
                ok = g["result"]["id"] == rid
                with lock:
                    stats["valid"] += 2
                    stats["wrong"] += 0 if ok else 1
            elif kind < 0.85:
                # Never starting with C/c: on a fresh connection that byte selects Content-Length framing.
                junk = bytes(rnd.randrange(32, 127) for _ in range(rnd.randrange(1, 200)))
                r = c.call(b"#" + junk)
                with lock:
                    stats["garbage"] += 1
                    stats["wrong"] += 0 if r.get("error", {}).get("code") in (-32700, -32600) else 1
            elif kind < 0.90:
                r = c.call(b'{"jsonrpc":"2.0","method":"service.info","params":{"pad":"' + b"x" * (MAX_MESSAGE + 10) + b'"},"id":1}')
                with lock:
                    stats["oversize"] += 1
                    stats["wrong"] += 0 if r.get("error", {}).get("code") == -32007 else 1
            else:
                c.s.sendall(req("rights.resolve", {"birthDate": "2010-03-15"}, n)[: rnd.randrange(1, 40)])
                c.close()
                c = None
                with lock:
                    stats["disconnects"] += 1
        except Exception as e:  # a valid call that got no answer is a failure
            with lock:
                stats["errors"] += 1
                if len(stats["examples"]) < 3:
                    stats["examples"].append(("exception", repr(e)))
            c = None
    if c:
        c.close()


def main():
    tmp = tempfile.mkdtemp(prefix="avgd-soak-")
    store, path = os.path.join(tmp, "store"), os.path.join(tmp, "s.sock")
    env = dict(os.environ, AVGD_NOW="2026-11-29T10:00:00+01:00")
    d = subprocess.Popen([BIN, "serve", "--store", store, "--socket", path, "--max-message-bytes", str(MAX_MESSAGE),
                          "--log-level", "warning"], env=env, stderr=subprocess.PIPE)
    for _ in range(200):
        if os.path.exists(path):
            break
        time.sleep(0.05)
    warm = Client(path)
    for i in range(300):
        warm.call(req("rights.resolve", {"birthDate": "2010-03-15"}, i))
    warm.close()
    time.sleep(0.5)
    baseline = rss_kb(d.pid)
    stats = {"valid": 0, "wrong": 0, "garbage": 0, "oversize": 0, "disconnects": 0, "errors": 0, "examples": []}
    stop, lock = threading.Event(), threading.Lock()
    threads = [threading.Thread(target=worker, args=(path, stop, stats, lock, k)) for k in range(CLIENTS)]
    peak = baseline
    for t in threads:
        t.start()
    end = time.time() + SECONDS
    while time.time() < end:
        time.sleep(0.5)
        peak = max(peak, rss_kb(d.pid))
    stop.set()
    for t in threads:
        t.join(30)
    time.sleep(1.5)
    after = rss_kb(d.pid)
    band = max(3 * baseline, baseline + 128 * 1024)
    d.terminate()
    status = d.wait(30)
    verify = subprocess.run([BIN, "store", "verify", "--store", store], capture_output=True, text=True)
    print(f"soak: {CLIENTS} clients, {SECONDS:.0f}s: {stats['valid']} valid calls ({stats['wrong']} wrong), "
          f"{stats['garbage']} garbage, {stats['oversize']} oversize, {stats['disconnects']} abrupt disconnects, "
          f"{stats['errors']} failures; RSS baseline {baseline} kB, peak {peak} kB, after {after} kB (band {band} kB); "
          f"exit {status}; store verify {'OK' if verify.returncode == 0 else 'FAILED'}")
    problems = []
    if stats["valid"] == 0:
        problems.append("no valid call was made")
    if stats["wrong"] or stats["errors"]:
        problems.append(f"wrong answers or failures: {stats['examples']}")
    if after > band:
        problems.append(f"RSS {after} kB did not return to the band {band} kB")
    if status != 0:
        problems.append(f"avgd exited {status}: {d.stderr.read().decode()[-2000:]}")
    if verify.returncode != 0:
        problems.append("store verify failed:\n" + verify.stdout + verify.stderr)
    if problems:
        print("soak: FAILED\n  " + "\n  ".join(map(str, problems)))
        sys.exit(1)
    subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
