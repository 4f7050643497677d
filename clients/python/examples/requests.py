"""Subject-request register: a parent asks for a student's dossier; see the deadline and the
morning's due list; then the decision and the answer.

    python3 examples/requests.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    r = c.requests_open("access", {"id": "S-1001", "birthDate": "2014-05-12"},
                        {"relationship": "parent", "name": "J. de Vries", "contact": "j.devries@example.nl"},
                        receivedAt="2026-11-26T16:45:00+01:00", channel="email", school="Het Baken")
    print(f"{r['id']} opened; answer due on {r['dueOn']} (entitled: {r['entitled']})")
    due = c.requests_due(within=31)
    print(f"due within {due['within']} days: {[(i['id'], i['daysLeft']) for i in due['items']]}")
    try:
        c.requests_open("access", {"id": "S-1002", "birthDate": "2030-01-01"}, {"relationship": "parent"},
                        receivedOn="2026-11-20")
    except avgd.InvalidParams as e:
        print("refused:", e.data.get("field"), "-", e.data.get("reason"))
    print(c.requests_export("csv", language="nl")["csv"].splitlines()[0][:60], "...")
