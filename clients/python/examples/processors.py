"""Processor register: a processor agreement (model 4.0) with its product annex; what needs attention.

    python3 examples/processors.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    p = c.processors_register(
        {"name": "Leerlingdata B.V.", "kvk": "12345678", "convenantStatus": "participant", "convenantCheckedOn": "2026-09-01"},
        {"model": "model4_0", "version": "4.0", "signedBySchool": {"name": "J. Bakker", "role": "bestuurder", "on": "2026-08-20"},
         "signedBySupplier": {"name": "S. Visser", "on": "2026-08-18"}, "effectiveFrom": "2026-09-01"},
        [{"name": "LVS Online", "annexVersion": "2.1", "annexDate": "2026-08-01", "active": True,
          "dataCategories": ["name", "grades", "absence"], "subjectCategories": ["students", "parents"],
          "processingLocation": "Netherlands",
          "subProcessors": [{"name": "Hosting Noord B.V.", "country": "NL", "outsideEEA": False, "approvedOn": "2026-08-20"}]}],
        school="Brederocollege")
    print(f"{p['id']} {p['status']}: {p['supplier']['name']}")
    print("check:", c.processors_check(id=p["id"]))
