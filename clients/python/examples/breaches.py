"""Breach register: register a lost USB stick, assess it, report it to the AP within 72 hours, and
see what is still due.

    python3 examples/breaches.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    b = c.breaches_register("dataBreach", "USB stick with a class list lost on the train",
                            "2026-11-27T16:30:00+01:00", school="Brederocollege")
    print(f"{b['id']} registered; report to the AP by {b['reportBy']}")
    print("due now:", [(i["id"], i["hoursLeft"]) for i in c.breaches_due()["items"]])
    b = c.breaches_assess(b["id"], "high", "Names and grades of minors, unencrypted",
                          {"name": "A. de Vries", "role": "privacyOfficer"}, assessedAt="2026-11-28T09:00:00+01:00",
                          includesMinors=True, subjectsAffected={"min": 28, "max": 30})
    print(f"assessed: AP report required {b['authorityReportRequired']}, "
          f"tell the people {b['subjectsNotificationRequired']}")
    b = c.breaches_report_to_authority(b["id"], "M-2026-48213", reportedAt="2026-11-28T11:00:00+01:00")
    print(f"reported: status {b['status']}; still due: {len(c.breaches_due()['items'])}")
    try:
        c.breaches_get("D-2026-9999")
    except avgd.NotFound as e:
        print("no such breach:", e.code, e.data)
    print(c.breaches_export("csv")["csv"].splitlines()[0][:60], "...")
