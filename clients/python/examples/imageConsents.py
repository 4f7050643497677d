"""The image-consent register: who gave consent for which channel, and until when.

    python3 examples/imageConsents.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    c.publications_consent({"id": "8901", "birthDate": "2010-02-01"}, {"relationship": "student", "name": "S. Kok"},
                           ["JAARBOEK"], "2026-09-10")
    for k in c.image_consents_list(studentId="8901")["items"]:
        print(k["id"], k["channel"], k["givenBy"]["relationship"], "valid until", k["validUntil"])
    print(c.image_consents_export("csv", language="nl")["csv"].splitlines()[0])
