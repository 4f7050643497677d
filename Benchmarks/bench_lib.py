#!/usr/bin/env python3
"""Shared helpers and settings of the avgd benchmarks (see bench.py).

bench.py: ./run.sh bench (full) or AVGD_BENCH_QUICK=1 ./run.sh bench (about 1-2 minutes).

Every figure is taken beside a baseline measured in the same run (C echo server, raw fdatasync,
sqlite3, Python json.loads) and reported as a ratio, because the machine is shared and absolute
numbers move from run to run. Writes BENCHMARKS.md (or $AVGD_BENCH_OUT).

Environment: AVGD_BIN_DIR (built binaries, set by run.sh), AVGD_BENCH_QUICK=1 (short run) or
=smoke (the tiniest end-to-end run, used by a test), AVGD_BENCH_OUT (output file),
AVGD_BENCH_WORK (scratch directory on the disk under test; default Benchmarks/.work).
"""
import datetime
import json
import os
import platform
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "Benchmarks")
MODE = {"1": "quick", "smoke": "smoke"}.get(os.environ.get("AVGD_BENCH_QUICK", ""), "full")
BIN = os.environ.get("AVGD_BIN_DIR") or sys.exit("bench.py: set AVGD_BIN_DIR (./run.sh bench does)")
WORK = os.environ.get("AVGD_BENCH_WORK") or os.path.join(HERE, ".work")
OUT = os.environ.get("AVGD_BENCH_OUT") or os.path.join(ROOT, "BENCHMARKS.md")

# Sizes per mode: (sequential, pipelined, per-client for 8 and 32 clients), repeats, write counts, stores.
SIZES = {
    "full": dict(seq=20000, pipe=100000, depth=32, c8=5000, c32=1500, repeats=3, inproc=200000, pairs=15,
                 w1=400, w8=150, w32=60, fsync=600, sqlite=600, stores=[100_000, 1_000_000],
                 lat_store=100_000, lat_calls=2000),
    "quick": dict(seq=3000, pipe=20000, depth=32, c8=800, c32=250, repeats=1, inproc=20000, pairs=3,
                  w1=100, w8=40, w32=15, fsync=150, sqlite=150, stores=[20_000], lat_store=20_000, lat_calls=100),
    "smoke": dict(seq=200, pipe=400, depth=8, c8=20, c32=10, repeats=1, inproc=500, pairs=1,
                  w1=10, w8=4, w32=2, fsync=10, sqlite=10, stores=[500], lat_store=500, lat_calls=10),
}[MODE]

INFO = {"jsonrpc": "2.0", "method": "service.info", "id": 1}
RESOLVE = {"jsonrpc": "2.0", "method": "rights.resolve", "params": {"birthDate": "2010-03-15", "on": "2026-03-15"}, "id": 2}
BREACH = {"jsonrpc": "2.0", "method": "breaches.register", "id": 3, "params": {
    "kind": "securityIncident", "summary": "Benchmark: USB stick lost", "awareAt": "2026-11-27T09:00:00+01:00",
    "school": "Het Baken"}}
REQUEST = {"jsonrpc": "2.0", "method": "requests.open", "id": 4, "params": {
    "type": "access", "student": {"id": "S-1001", "birthDate": "2014-05-12"},
    "requester": {"relationship": "parent", "name": "J. de Vries", "contact": "j.devries@example.nl"},
    "receivedAt": "2026-11-26T16:45:00+01:00", "channel": "email", "school": "Het Baken"}}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def build_c():
    for name, extra in (("echo", []), ("load", [])):
        run(["gcc", "-O2", "-pthread", "-o", os.path.join(WORK, name), os.path.join(HERE, name + ".c")] + extra)


def request_file(name, obj):
    path = os.path.join(WORK, name + ".json")
    with open(path, "w") as f:
        f.write(json.dumps(obj, separators=(",", ":")) + "\n")
    return path


def request_lines(name, objs):
    """A request file of many lines: load.c sends them in turn (each client from its own line)."""
    path = os.path.join(WORK, name + ".jsonl")
    with open(path, "w") as f:
        for obj in objs:
            f.write(json.dumps(obj, separators=(",", ":")) + "\n")
    return path


def resolve_variety(births=10_000, refs=30):
    """rights.resolve with real variety: `births` distinct birth dates × `refs` reference dates, in a
    shuffled (seeded) order so neither a cache of one birth date nor of one day answers them."""
    import random
    first = datetime.date(1998, 6, 1)  # the last is 2025-10-17: every student is born before every reference date
    ons = [datetime.date(2026, 1, 5) + datetime.timedelta(days=12 * j) for j in range(refs)]
    pairs = [(first + datetime.timedelta(days=i), on) for i in range(births) for on in ons]
    random.Random(13).shuffle(pairs)
    return [{"jsonrpc": "2.0", "method": "rights.resolve", "params": {"birthDate": b.isoformat(), "on": on.isoformat()},
             "id": k + 1} for k, (b, on) in enumerate(pairs)]


def start_load(sock, req, clients, per_client, warmup=2):
    """load.c in the background (for reads measured WHILE it writes); stop it with stop_load."""
    return subprocess.Popen([os.path.join(WORK, "load"), sock, req, str(clients), str(per_client), "1", str(warmup)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def stop_load(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def load(sock, req, clients, per_client, depth=1, warmup=50):
    out = run([os.path.join(WORK, "load"), sock, req, str(clients), str(per_client), str(depth), str(warmup)])
    r = json.loads(out)
    if r["errors"]:
        raise SystemExit(f"bench.py: {r['errors']} error replies from {sock} for {req}")
    return r


def wait_socket(sock, proc, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"bench.py: server exited early ({proc.returncode})")
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(sock)
            s.sendall(b'{"jsonrpc":"2.0","method":"service.info","id":0}\n')
            if s.makefile().readline():
                s.close()
                return
        except OSError:
            time.sleep(0.02)
    raise SystemExit(f"bench.py: {sock} did not answer")


class Server:
    """A server process on a Unix socket, stopped with SIGTERM."""

    def __init__(self, name, argv, sock):
        self.name, self.sock = name, sock
        if os.path.exists(sock):
            os.unlink(sock)
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=open(os.path.join(WORK, name + ".log"), "w"))
        wait_socket(sock, self.proc)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def avgd(name, store):
    sock = os.path.join(WORK, name + ".sock")
    return Server(name, [os.path.join(BIN, "avgd"), "serve", "--socket", sock, "--store", store], sock)


def fresh_dir(name):
    path = os.path.join(WORK, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


def median_run(fn, repeats):
    """Runs fn repeats times and keeps the run with the median rate (so its latencies belong together)."""
    runs = sorted((fn() for _ in range(repeats)), key=lambda r: r["rps"])
    return runs[len(runs) // 2]


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    swift = run(["swift", "--version"]).strip().splitlines()
    swift = next((l for l in swift if "Swift version" in l), swift[0] if swift else "?")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": f"{mem / 1024 / 1024:.1f} GiB", "kernel": platform.release(),
            "swift": swift, "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
            "load": " ".join(open("/proc/loadavg").read().split()[:3]), "mode": MODE}
