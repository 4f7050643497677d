"""The NJi step plan before sharing (sharing.assess), kept in the sharingAssessments register:
assess a planned disclosure to the leerplichtambtenaar, then list the assessments that said stop.

    python3 examples/sharingAssessments.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    a = c.sharing_assess(
        "Gemeente Haarlem, leerplicht",
        "Melding van ongeoorloofd verzuim aan de leerplichtambtenaar",
        [{"id": "4711", "birthDate": "2012-04-01"}],
        ["naam", "verzuimgegevens"],
        legalBasis="AVG6_1c",
        specificLaw="Leerplichtwet 1969 art. 21a",
    )
    print(f"{a['id']}: {a['outcome']}")
    for step in a["steps"]:
        print(f"  {step['step']} {step['name']}: {step['outcome']}")
    stopped = c.sharing_assessments_list(outcome="stop")
    print(f"assessments that said stop: {stopped['total']}")
