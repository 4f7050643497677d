"""Record of processing activities (AVG art. 30): register an activity, then see what it still lacks.

    python3 examples/processing.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    a = c.processing_register(
        "Leerlingvolgsysteem en leerlingdossier",
        "Het volgen van de ontwikkeling en de resultaten van leerlingen en het geven van begeleiding.",
        {"letter": "e", "law": "WVO2020"},
        ["students", "parents"],
        [{"name": "cijfers en rapporten"}, {"name": "ondersteuningsbehoefte", "special": "health"}],
        dpia={"criteria": ["evaluationOrScoring", "sensitiveData"]},
    )
    print(f"{a['id']} {a['status']}: {a['name']}; WP248 criteria {', '.join(a['dpia']['criteria'])}")
    for f in c.processing_check(id=a["id"])["findings"]:
        print(f"  {f['severity']} {f['code']}: {f['message']}")
