"""Complaints register (the confidential counsellor's dossiers; role confidentialCounsellor only).

    python3 examples/complaints.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    k = c.complaints_open({"name": "Sanne de Vries", "role": "student"},
                          "Repeated remarks about her in class over several weeks",
                          {"givenBy": "Sanne de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": True},
                          {"name": "A. Smit", "isStaff": True}, "2026-11-02T10:15:00+01:00",
                          accused={"name": "P. Bakker", "role": "staff"}, category="treatment")
    print(f"{k['id']} {k['status']}")
    k = c.complaints_add_report(k["id"], "Agreed she keeps a log", at="2026-11-09T15:30:00+01:00", with_="complainant")
    print("annual report 2026:", c.complaints_annual_report(2026))
