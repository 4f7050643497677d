"""Letters: the acknowledgement of a subject request with its legal deadline, checked for names and
details before it goes out.

    python3 examples/letters.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    r = c.requests_open("access", {"id": "S-1001", "birthDate": "2014-05-12"}, {"relationship": "parent"},
                        receivedOn="2026-11-26")
    letter = c.letters_render("acknowledgement", r["id"])
    print(letter["text"])
    print("communication check ok:", letter["check"]["ok"])
    try:
        c.letters_render("extensionNotice", r["id"])
    except avgd.InvalidParams as e:
        print("no extension yet:", e.data)
