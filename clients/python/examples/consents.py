"""Consent register: a parent consents to the class photo; who may consent changes at 16.

    python3 examples/consents.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    k = c.consents_record({"id": "4521", "birthDate": "2012-05-10"}, {"relationship": "parent", "name": "M. Jansen"},
                          ["name", "class", "photo"], "class photo by the school photographer", "2026-09-01")
    print(f"{k['id']} {k['status']}: the student takes over consent on {k['studentTakesOverOn']}")
    try:   # a parent cannot consent for a 17-year-old
        c.consents_record({"id": "4522", "birthDate": "2009-01-10"}, {"relationship": "parent", "name": "P. Peters"}, ["photo"],
                          "class photo", "2026-09-01")
    except avgd.NotEntitled as e:
        print("refused:", e.code, e.message)
    print([x["id"] for x in c.consents_list(studentId="4521")["items"]])
