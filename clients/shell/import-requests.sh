#!/usr/bin/env bash
# import-requests.sh — bulk import of subject requests from a CSV file, one `requests.open` per line.
#
#   import-requests.sh [--dry-run] FILE.csv      (installed as avgd-import-requests)
#
# Takes back what `requests.export` gives and what Excel saves: `;` or `,` between fields (sniffed
# from the header line), a UTF-8 byte-order mark, CRLF or LF, English or Dutch column names, Dutch
# values (inzage, ouder met gezag) and dates as dd-mm-jjjj. The first line names the columns (any
# order; RFC 4180 quoting: "a; b" and "say ""hi"""; one record per line):
#   type           Soort verzoek           required  access, ... / inzage, rectificatie, ...
#   studentId      Leerling                required  the school's student number
#   birthDate      Geboortedatum           required  YYYY-MM-DD or dd-mm-jjjj
#   relationship   Hoedanigheid verzoeker  required  student, parent, ... / leerling, ouder met gezag, ...
#   receivedOn     Ontvangen               one of    the day (or dd-mm-jjjj uu:mm, Amsterdam time) it came in
#   receivedAt                             these two RFC 3339 instant, 2026-11-26T16:45:00+01:00
#   externalRef    Kenmerk                 optional  the request's id in your SIS: running the import
#                                                    again answers "already registered", no duplicate
#   requesterName (Naam verzoeker), contact (Contact), channel (Kanaal), about, school (School),
#   description (Omschrijving)                       optional; empty = not given
# Columns an export adds that are not input (Status, Uiterste datum, ...) are ignored; any other
# unknown column stops the import before anything is sent (exit 2).
# Reports one line per record: "line N: R-2026-0001 opened, due 2026-12-28", "line N: R-2026-0001
# already registered (externalRef SIS-1)" or "line N: FAILED <code> <message> <field>: <reason>".
# --dry-run sends every line as `requests.open` with dryRun: true, so each is checked exactly as
# the real import would be ("line N: ok (dry run), due ...") and nothing is registered.
# Exit: 0 all opened (or all fine in a dry run); 1 one or more lines failed; 2 usage or a bad header;
# 3 avgd not found or no daemon.
set -euo pipefail
AVGD=${AVGD:-avgd}
case ${1:-} in -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
dry=
if [ "${1:-}" = --dry-run ]; then dry=1; shift; fi
[ $# -eq 1 ] && [ -r "$1" ] || { echo "usage: import-requests.sh [--dry-run] FILE.csv" >&2; exit 2; }
command -v jq >/dev/null || { echo "import-requests.sh: jq is required (apt-get install jq)" >&2; exit 3; }
command -v "$AVGD" >/dev/null || { echo "import-requests.sh: avgd not found (./run.sh install puts it on PATH; or set AVGD=/path/to/avgd)" >&2; exit 3; }

# CSV -> one JSON object per record: {"line": N, "params": {...}} or {"line": N, "error": "..."};
# a bad header gives {"header": "..."} alone.
records=$(jq -R -n -c '
  def fields($sep): rtrimstr("\r") | explode
    | reduce (.[] | [.] | implode) as $ch ({f: [], c: "", q: false, e: false};
        if .q and .e and $ch == "\"" then .c += "\"" | .e = false
        elif .q and .e then .q = false | .e = false
          | if $ch == $sep then .f += [.c] | .c = "" else .c += $ch end
        elif .q and $ch == "\"" then .e = true
        elif .q then .c += $ch
        elif $ch == $sep then .f += [.c] | .c = ""
        elif $ch == "\"" and .c == "" then .q = true
        else .c += $ch end)
    | .f + [.c];
  # The separator: whichever of ; and , the header line has more of outside quotes.
  def sniff: [explode[] | [.] | implode] | reduce .[] as $ch ({q: false, s: 0, c: 0};
      if $ch == "\"" then .q = (.q | not) elif .q then . elif $ch == ";" then .s += 1 elif $ch == "," then .c += 1 else . end)
    | if .s > .c then ";" else "," end;
  def aliases: {"soort verzoek": "type", "leerling": "studentId", "student": "studentId", "geboortedatum": "birthDate",
    "hoedanigheid verzoeker": "relationship", "requester capacity": "relationship", "ontvangen": "receivedOn",
    "received": "receivedOn", "kenmerk": "externalRef", "id": "externalRef", "naam verzoeker": "requesterName",
    "kanaal": "channel", "omschrijving": "description"};
  def known: ["type","studentId","birthDate","relationship","receivedOn","receivedAt","requesterName",
              "contact","channel","about","school","description","externalRef"];
  # Columns requests.export writes that are not input: ignored on import.
  def derived: ["status","registered","geregistreerd","standing at receipt","bevoegd bij ontvangst","due","uiterste datum",
    "extended due","verlengde uiterste datum","extension reason","reden verlenging","decision","besluit","grounds","gronden",
    "decided by","besloten door","decided","besloten","responded","beantwoord","response channel","wijze van antwoord",
    "closed","afgesloten"];
  def column: gsub("^\\s+|\\s+$"; "") as $c | ($c | ascii_downcase) as $l
    | (known | map(select(ascii_downcase == $l)) | first) as $k
    | if $k then $k elif aliases[$l] then aliases[$l] elif (derived | index($l)) then null else $c end;
  def types: {"inzage": "access", "rectificatie": "rectification", "verwijdering": "erasure", "beperking": "restriction",
    "bezwaar": "objection", "overdraagbaarheid": "portability", "inzage in resultaten": "results"};
  def relationships: {"leerling": "student", "ouder met gezag": "parent", "ouder": "parent", "voogd": "guardian",
    "ouder zonder gezag": "parentWithoutAuthority", "verzorger": "caregiver", "curator": "curator"};
  def wire($map): . as $v | ($map[$v | ascii_downcase] // $v);
  # dd-mm-jjjj -> YYYY-MM-DD; "dd-mm-jjjj uu:mm" -> Amsterdam wall time YYYY-MM-DDTuu:mm:00.
  def isodate: if test("^\\d{2}-\\d{2}-\\d{4}$") then "\(.[6:10])-\(.[3:5])-\(.[0:2])" else . end;
  def nonempty: with_entries(select(.value != null and .value != ""));
  [inputs] as $lines
  | (($lines[0] // "") | ltrimstr("\ufeff")) as $first
  | ($first | sniff) as $sep
  | ($first | fields($sep) | map(column)) as $head
  | ($head - [null] - known) as $unknown
  | if ($lines | length) == 0 then {header: "the file is empty"}
    elif ($unknown | length) > 0 then {header: "unknown column(s): \($unknown | join(", ")) (known: \(known | join(", ")), or the Dutch names of requests.export)"}
    elif (["type","studentId","birthDate","relationship"] - $head | length) > 0
      then {header: "missing column(s): \(["type","studentId","birthDate","relationship"] - $head | join(", "))"}
    else
      range(1; $lines | length) as $i | $lines[$i] as $text
      | select($text | test("^\\s*$") | not)
      | ($text | fields($sep)) as $f
      | if ($f | length) != ($head | length) then {line: ($i + 1), error: "\($f | length) fields, the header has \($head | length)"}
        else ([$head, $f] | transpose | map(select(.[0] != null) | {key: .[0], value: .[1]}) | from_entries) as $r
        | ($r.receivedOn // "") as $on
        | (if ($on | test("^\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}$"))
             then {receivedAtLocal: "\($on[0:10] | isodate) \($on[11:16])"}
           elif ($on | test("^\\d{4}-\\d{2}-\\d{2}T")) then {receivedAt: $on}
           else {receivedOn: ($on | isodate)} end) as $receipt
        | {line: ($i + 1), params: ({type: ($r.type | wire(types)),
            student: {id: $r.studentId, birthDate: ($r.birthDate | isodate)},
            requester: ({relationship: ($r.relationship | wire(relationships)), name: $r.requesterName, contact: $r.contact} | nonempty)}
            + ({receivedAt: $r.receivedAt} + $receipt + {channel: $r.channel, about: $r.about,
                school: $r.school, description: $r.description, externalRef: $r.externalRef} | nonempty))}
        end
    end' "$1")

if header=$(jq -er 'select(has("header")) | .header' <<<"$records" 2>/dev/null); then
  echo "import-requests.sh: $1: $header" >&2; exit 2
fi
opened=0 known=0 failed=0
while IFS= read -r rec; do
  [ -n "$rec" ] || continue
  line=$(jq -r .line <<<"$rec")
  if err=$(jq -er '.error // empty' <<<"$rec"); then
    echo "line $line: FAILED $err"; failed=$((failed + 1)); continue
  fi
  params=$(jq -c .params <<<"$rec")
  # dd-mm-jjjj uu:mm is Amsterdam wall time: its offset from the zone database (summer or winter time).
  if local=$(jq -er '.receivedAtLocal // empty' <<<"$params"); then
    at=$(TZ=Europe/Amsterdam date -d "$local" +%Y-%m-%dT%H:%M:%S%:z 2>/dev/null) || at="$local"
    params=$(jq -c --arg at "$at" 'del(.receivedAtLocal) + {receivedAt: $at}' <<<"$params")
  fi
  [ -z "$dry" ] || params=$(jq -c '. + {dryRun: true}' <<<"$params")
  set +e
  out=$("$AVGD" call requests.open "$params" 2>&1)
  rc=$?
  set -e
  case $rc in
    0) if [ -n "$dry" ] && [ "$(jq -r '.alreadyRegistered // false' <<<"$out")" = false ]; then
         echo "line $line: ok (dry run), due $(jq -r .dueOn <<<"$out"): requests.open $(jq -c 'del(.dryRun)' <<<"$params")"
         opened=$((opened + 1))
       elif [ "$(jq -r '.alreadyRegistered // false' <<<"$out")" = true ]; then
         echo "line $line: $(jq -r '"\(.id) already registered (externalRef \(.externalRef))"' <<<"$out")"
         known=$((known + 1))
       else
         echo "line $line: $(jq -r '"\(.id) opened, due \(.dueOn)" + (if .entitled then "" else " (requester not entitled)" end)' <<<"$out")"
         opened=$((opened + 1))
       fi ;;
    1) echo "line $line: FAILED $(jq -r '"\(.code) \(.message)" + (if .data.field then " \(.data.field)" else "" end) + (if .data.reason then ": \(.data.reason)" else "" end)' <<<"$out" 2>/dev/null || echo "$out")"
       failed=$((failed + 1)) ;;
    *) echo "import-requests.sh: avgd did not answer at line $line: $out" >&2
       echo "$opened opened, $known already registered, $failed failed; stopped at line $line"; exit 3 ;;
  esac
done <<<"$records"
if [ -n "$dry" ]; then echo "dry run: $opened would be opened, $known already registered, $failed failed; nothing registered"
else echo "$opened opened, $known already registered, $failed failed"; fi
[ "$failed" -eq 0 ]
