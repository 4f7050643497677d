"""Sharing register: record a disclosure to a third party, based on a recorded consent; withdraw it.

    python3 examples/sharing.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

student = {"id": "4521", "birthDate": "2012-05-10"}
with avgd.Client() as c:
    consent = c.consents_record(student, {"relationship": "parent", "name": "M. Jansen"}, ["name", "class"],
                                "class photo by the school photographer", "2026-09-01")
    s = c.sharing_record({"name": "Fotostudio De Lens", "role": "thirdPartyController"},
                         "class photo by the school photographer", "AVG6_1a", ["name", "class"], [student],
                         "2026-10-05", consentId=consent["id"])
    print(f"{s['id']} {s['status']}: {s['recipient']['name']} on {s['disclosedOn']}")
    print("recipients of 4521:", c.sharing_recipients("4521"))
    print(c.sharing_export("csv")["csv"].splitlines()[0][:60], "...")
