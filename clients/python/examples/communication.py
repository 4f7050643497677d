"""Communication check: what a message to parents must not contain before it is sent.

    python3 examples/communication.py      (AVGD_SOCKET selects the daemon)
"""
import avgd

with avgd.Client() as c:
    ok = c.communication_check("Er is een beveiligingsincident geweest. We hebben maatregelen genomen.", "general")
    print("neutral message ok:", ok["ok"])
    bad = c.communication_check("Sanne de Vries uit 3B (leerlingnummer 123456) was ziek op 3 maart.", "general",
                                recipientNames=[])
    for f in bad["findings"]:
        print("finding:", {k: v for k, v in f.items() if k != "offsets"})
