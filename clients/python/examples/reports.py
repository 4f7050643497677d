"""Reports: the annual privacy report for the board and today's overview, from the registers.

    python3 examples/reports.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    c.breaches_register("dataBreach", "Laptop stolen from the staff room", "2026-11-28T09:00:00+01:00")
    c.requests_open("access", {"id": "S-1001", "birthDate": "2014-05-12"}, {"relationship": "parent"},
                    receivedOn="2026-10-20")
    report = c.reports_annual(2026, format="json")
    for s in report["sections"]:
        charts = ", ".join(f"{ch['id']} ({ch['bars']} bars)" for ch in s["charts"])
        print(f"{s['title']}: {charts}")
        for line in s["attention"]:
            print("  aandacht:", line)
    html = c.reports_annual(2026)["html"]
    print(f"HTML report: {len(html)} characters, starts {html[:15]!r}")
    status = c.reports_status()
    print("now:", status["counts"], [(i["urgency"], i["id"]) for i in status["items"]])
