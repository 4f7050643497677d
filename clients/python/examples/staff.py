"""Staff instruction: register, instruct, and see who is due and the coverage per school.

    python3 examples/staff.py      (AVGD_SOCKET selects the daemon; use a test store)
"""
import avgd

with avgd.Client() as c:
    c.staff_register("EX-1", ["LERAAR"], ["De Linde"], "2020-08-01")
    c.staff_instruct("DATALEK_MELDEN", [{"id": "EX-1"}, {"id": "EX-2", "role": "ICT", "school": "De Linde"}], on="2025-11-28")
    for item in c.staff_due(school="De Linde", topic="DATALEK_MELDEN")["items"]:
        print(item["staffId"], item["reason"], "since", item["dueSince"])
    for row in c.staff_coverage(school="De Linde", topic="AVG_BASIS")["rows"]:
        print(row["school"], row["topic"], f"{row['percent']}%")
