"""Reading a requests CSV for `requests.open` the way `avgd-import-requests` does (issue 16 §2):
what `requests.export` gives and what Excel saves — `;` or `,` (sniffed from the header line), a
UTF-8 byte-order mark, English or Dutch column names, Dutch values and dd-mm-jjjj dates.

    import avgd, avgd.imports
    with avgd.Client() as c:
        for line, outcome in avgd.imports.import_requests(c, "verzoeken.csv", dry_run=True):
            print(line, outcome)
"""
import csv
import datetime
import io
import re
import zoneinfo

#: Dutch (and the export's English) column names -> the param names of requests.open.
ALIASES = {
    "soort verzoek": "type", "leerling": "studentId", "student": "studentId", "geboortedatum": "birthDate",
    "hoedanigheid verzoeker": "relationship", "requester capacity": "relationship", "ontvangen": "receivedOn",
    "received": "receivedOn", "kenmerk": "externalRef", "id": "externalRef", "naam verzoeker": "requesterName",
    "kanaal": "channel", "omschrijving": "description",
}
KNOWN = ["type", "studentId", "birthDate", "relationship", "receivedOn", "receivedAt", "requesterName", "contact",
         "channel", "about", "school", "description", "externalRef"]
REQUIRED = ["type", "studentId", "birthDate", "relationship"]
#: Columns requests.export writes that are not input: ignored.
DERIVED = {"status", "registered", "geregistreerd", "standing at receipt", "bevoegd bij ontvangst", "due",
           "uiterste datum", "extended due", "verlengde uiterste datum", "extension reason", "reden verlenging",
           "decision", "besluit", "grounds", "gronden", "decided by", "besloten door", "decided", "besloten",
           "responded", "beantwoord", "response channel", "wijze van antwoord", "closed", "afgesloten"}
#: The export's Dutch labels -> wire values.
TYPES = {"inzage": "access", "rectificatie": "rectification", "verwijdering": "erasure", "beperking": "restriction",
         "bezwaar": "objection", "overdraagbaarheid": "portability", "inzage in resultaten": "results"}
RELATIONSHIPS = {"leerling": "student", "ouder met gezag": "parent", "ouder": "parent", "voogd": "guardian",
                 "ouder zonder gezag": "parentWithoutAuthority", "verzorger": "caregiver", "curator": "curator"}


class HeaderError(ValueError):
    """The header line names an unknown column or lacks a required one: nothing is sent."""


def _column(name):
    name = name.strip()
    if name in KNOWN:
        return name
    low = name.lower()
    if low in ALIASES:
        return ALIASES[low]
    for known in KNOWN:   # `School`, `Contact`: the export's capitals
        if known.lower() == low:
            return known
    return None if low in DERIVED else name


def _date(s):
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", s)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else s


def _separator(header):
    semis = commas = 0
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == ";":
            semis += 1
        elif not quoted and ch == ",":
            commas += 1
    return ";" if semis > commas else ","


def read_requests(text):
    """Yields (line number, params for requests.open) or (line number, error text) per record;
    raises HeaderError for a bad header line."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(first))
    head = [_column(h) for h in next(rows, [])]
    if not head:
        raise HeaderError("the file is empty")
    unknown = [h for h in head if h is not None and h not in KNOWN]
    if unknown:
        raise HeaderError(f"unknown column(s): {', '.join(unknown)}")
    missing = [h for h in REQUIRED if h not in head]
    if missing:
        raise HeaderError(f"missing column(s): {', '.join(missing)}")
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(head):
            yield line, f"{len(row)} fields, the header has {len(head)}"
            continue
        r = {k: v for k, v in zip(head, row) if k is not None and v != ""}
        params = {
            "type": TYPES.get(r["type"].lower(), r["type"]),
            "student": {"id": r["studentId"], "birthDate": _date(r["birthDate"])},
            "requester": {"relationship": RELATIONSHIPS.get(r["relationship"].lower(), r["relationship"]),
                          **{k: r[c] for k, c in (("name", "requesterName"), ("contact", "contact")) if c in r}},
        }
        on = r.get("receivedOn", "")
        if re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}", on):
            # Amsterdam wall time: its offset from the zone database (summer or winter time).
            wall = datetime.datetime.fromisoformat(f"{_date(on[:10])}T{on[11:]}:00")
            params["receivedAt"] = wall.replace(tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam")).isoformat()
        elif re.match(r"\d{4}-\d{2}-\d{2}T", on):
            params["receivedAt"] = on
        elif on:
            params["receivedOn"] = _date(on)
        for k in ("receivedAt", "channel", "about", "school", "description", "externalRef"):
            if k in r and k not in params:
                params[k] = r[k]
        yield line, params


def import_requests(client, path, dry_run=False):
    """Opens one request per record of the CSV at `path` (`dryRun: true` with dry_run: checked by the
    service exactly as the real call, nothing registered). Yields (line, result or AvgdError or error text)."""
    from .client import AvgdError
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    for line, params in read_requests(text):
        if isinstance(params, str):
            yield line, params
            continue
        try:
            yield line, client.call("requests.open", **params, **({"dryRun": True} if dry_run else {}))
        except AvgdError as e:
            yield line, e
