"""Rights register: who holds each right for a student on a date, and when that changes.

    python3 examples/rights.py [BIRTH-DATE [ON]]     (AVGD_SOCKET selects the daemon)
"""
import sys

import avgd

birth = sys.argv[1] if len(sys.argv) > 1 else "2010-03-15"
on = sys.argv[2] if len(sys.argv) > 2 else "2026-03-01"

with avgd.Client() as c:
    r = c.rights_resolve(birth, on=on)
    print(f"on {r['on']} the student is {r['age']}")
    for entry in r["rights"]:
        print(f"  {entry['right']:14} {' + '.join(entry['holders'])}")
    check = c.rights_check(birth, "access", "parent", on=on)
    print("a parent may ask for access:", "yes" if check["entitled"] else "no")
    for change in c.rights_timeline(birth, from_=on)["changes"]:
        print(f"from {change['on']} (age {change['age']}): "
              + ", ".join(f"{e['right']} -> {' + '.join(e['holders'])}" for e in change["rights"]))
