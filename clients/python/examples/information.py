"""Privacy statement and rights notice, written from the registers (AVG art. 12-14).

    python3 examples/information.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    c.information_configure(
        {"name": "Stichting Kennemer College Groep", "address": "Postbus 1234", "postcode": "2000 AA", "city": "Haarlem",
         "email": "bestuur@kennemercollegegroep.nl"},
        {"name": "mr. A. de Vries", "email": "fg@kennemercollegegroep.nl"},
        {"email": "privacy@brederocollege.nl"},
        "bijzonder",
    )
    c.processing_register(
        "Leerlingadministratie", "Inschrijven en uitschrijven van leerlingen en de registratie bij DUO.",
        {"letter": "c", "law": "WVO2020"}, ["students", "parents"],
        [{"name": "naam en adres"}, {"name": "burgerservicenummer", "identifier": "bsn"}],
        retention={"count": 5, "unit": "years", "trigger": "deregistration", "source": "law", "sourceText": "bekostigingsregels"},
    )
    notice = c.information_rights_notice("parents", birthDate="2010-03-15", school="Brederocollege")
    print(f"rights notice on {notice['on']}: age {notice['age']}, band {notice['band']}")
    statement = c.information_privacy_statement("parents", school="Brederocollege")
    print("privacy statement sections:", "; ".join(statement["sections"]))
    v = c.information_publish("parents", notice["on"], "minor", school="Brederocollege")
    print(f"published {v['id']} in force from {v['inForceFrom']}, sha256 {v['sha256'][:12]}...")
