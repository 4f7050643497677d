"""Image publication: consent per channel, a publication checked against it, a withdrawal that
names the page to take down.

    python3 examples/publications.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    given = c.publications_consent({"id": "8801", "birthDate": "2013-04-02"}, {"relationship": "parent", "name": "R. Smit"},
                                   ["WEBSITE", "NIEUWSBRIEF"], "2026-09-01")
    print("consent until", given["items"][0]["validUntil"], "for", [k["channel"] for k in given["items"]])
    print(c.publications_check("8801", "SOCIAAL_MEDIA")["reason"])
    page = c.publications_record("WEBSITE", "2026-10-05", "Foto's sportdag", [{"id": "8801"}, {"id": "8802", "recognisable": False}])
    try:   # 8802 has no consent: recognisable, the publication is refused
        c.publications_record("WEBSITE", "2026-10-06", "Klassenfoto", [{"id": "8802"}])
    except avgd.Conflict as e:
        print("refused:", e.code, e.message)
    w = c.publications_withdraw("8801", "WEBSITE", "2026-11-20", {"relationship": "parent", "name": "R. Smit"})
    print(w["status"], "- take down:", [t["publicationId"] for t in w["takedowns"]])
    c.publications_take_down(page["id"], "2026-11-23", note="pagina offline")
    print("still to take down:", c.publications_takedowns()["count"])
