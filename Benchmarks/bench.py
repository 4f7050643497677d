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
    rep.note(f"**Loaded machine.** This run shared its 2 cores with other engineers compiling Swift (load average "
             f"{rep.meta['load']} at the start, against 2 cores): absolute figures are low and noisy; compare the "
             f"ratios, whose baselines were measured in the same run.")
    for section in (sec.transport, sec.inprocess, sec.writes, sec.stores, sec.registers):
        section(rep)
    rep.meta["load_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    with open(lib.OUT, "w") as f:
        f.write(rep.markdown())
    lib.log(f"wrote {lib.OUT}")


if __name__ == "__main__":
    main()
