#!/usr/bin/env python3
"""avgd benchmarks: ./run.sh bench (full) or AVGD_BENCH_QUICK=1 ./run.sh bench (about 1-2 minutes).
Method, settings and output: see bench_lib.py and BENCHMARKS.md."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_lib as lib  # noqa: E402
import bench_sections as sec  # noqa: E402
from bench_report import Report  # noqa: E402


def main():
    os.makedirs(lib.WORK, exist_ok=True)
    lib.build_c()
    rep = Report(lib.machine(), lib.SIZES)
    load1 = float(rep.meta["load"].split()[0])
    cores = os.cpu_count() or 1
    if load1 > cores:
        rep.note(f"**Loaded machine.** This run shared its {cores} cores with other work (load average "
                 f"{rep.meta['load']} at the start): absolute figures are low and noisy; compare the "
                 f"ratios, whose baselines were measured in the same run.")
    else:
        rep.note(f"**Quiet machine.** Nothing else ran beside this run (load average {rep.meta['load']} at the "
                 f"start, against {cores} cores; the bench's own clients and servers raise it while it runs).")
    for section in (sec.transport, sec.inprocess, sec.writes, sec.stores, sec.registers):
        section(rep)
    rep.meta["load_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    with open(lib.OUT, "w") as f:
        f.write(rep.markdown())
    lib.log(f"wrote {lib.OUT}")


if __name__ == "__main__":
    main()
