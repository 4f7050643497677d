"""avgd.imports reads what Dutch Excel saves and what requests.export gives (issue 16 §2), the same
way clients/shell/import-requests.sh does, and an import run twice registers nothing new."""
import pytest

import avgd
import avgd.imports as imports

DUTCH = ("\ufeffKenmerk;Soort verzoek;Leerling;Geboortedatum;Hoedanigheid verzoeker;Ontvangen;School;Status\r\n"
         "SIS-501;inzage;S-501;12-05-2014;ouder met gezag;20-11-2026;\"De Linde; locatie 2\";open\r\n"
         "SIS-502;verwijdering;S-502;01-03-2009;leerling;26-11-2026 16:45;;\r\n")


def test_dutch_excel_file_becomes_the_params_of_requests_open():
    rows = list(imports.read_requests(DUTCH))
    assert rows[0] == (2, {"type": "access", "student": {"id": "S-501", "birthDate": "2014-05-12"},
                           "requester": {"relationship": "parent"}, "receivedOn": "2026-11-20",
                           "school": "De Linde; locatie 2", "externalRef": "SIS-501"})
    assert rows[1][1]["receivedAt"] == "2026-11-26T16:45:00+01:00" and rows[1][1]["type"] == "erasure"


def test_english_comma_file_and_header_errors():
    rows = list(imports.read_requests("type,studentId,birthDate,relationship,receivedOn\naccess,S-1,2014-05-12,parent,2026-11-20\n"))
    assert rows[0][1]["student"] == {"id": "S-1", "birthDate": "2014-05-12"}
    with pytest.raises(imports.HeaderError, match="unknown column"):
        list(imports.read_requests("type,studentId,birthDate,relationship,reveivedOn\n"))
    with pytest.raises(imports.HeaderError, match="missing column"):
        list(imports.read_requests("Soort verzoek;Leerling\n"))


def test_an_import_run_twice_registers_each_request_once(daemon, tmp_path):
    f = tmp_path / "verzoeken.csv"
    f.write_bytes(DUTCH.encode())
    with avgd.Client(socket=daemon) as c:
        dry = list(imports.import_requests(c, f, dry_run=True))
        assert all(r["dryRun"] is True for _, r in dry)
        assert c.call("requests.list")["total"] == 0
        first = [r["id"] for _, r in imports.import_requests(c, f)]
        again = list(imports.import_requests(c, f))
        assert [r["id"] for _, r in again] == first and all(r["alreadyRegistered"] for _, r in again)
        assert c.call("requests.list")["total"] == 2
