#!/usr/bin/env bash
# import-requests.sh — bulk import of subject requests from a CSV file, one `requests.open` per line.
#
#   import-requests.sh [--dry-run] FILE.csv
#
# The first line names the columns (any order; RFC 4180 quoting: "a, b" and "say ""hi"""; one
# record per line, no line breaks inside a field):
#   type           required  access, rectification, erasure, restriction, objection, portability, results
#   studentId      required  the school's student number
#   birthDate      required  YYYY-MM-DD
#   relationship   required  student, parent, guardian, parentWithoutAuthority, caregiver, curator
#   receivedOn     one of    YYYY-MM-DD, the day the request came in (starts the clock)
#   receivedAt     these two RFC 3339 instant with an offset, 2026-11-26T16:45:00+01:00
#   requesterName, contact, channel (email, letter, inPerson, phone, portal, other),
#   about (student, requester), school, description              optional; empty = not given
# An unknown column stops the import before anything is sent (exit 2).
# Reports one line per record: "line N: R-2026-0001 opened, due 2026-12-28" or
# "line N: FAILED <code> <message> <field>: <reason>". Not idempotent: a second run opens the
# requests again. --dry-run prints the params of each call instead of calling.
# Exit: 0 all opened; 1 one or more lines failed; 2 usage or a bad header; 3 avgd not found or no daemon.
set -euo pipefail
AVGD=${AVGD:-avgd}
case ${1:-} in -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
dry=
if [ "${1:-}" = --dry-run ]; then dry=1; shift; fi
[ $# -eq 1 ] && [ -r "$1" ] || { echo "usage: import-requests.sh [--dry-run] FILE.csv" >&2; exit 2; }
command -v jq >/dev/null || { echo "import-requests.sh: jq is required (apt-get install jq)" >&2; exit 3; }
command -v "$AVGD" >/dev/null || { echo "import-requests.sh: avgd not found (./run.sh install puts it on PATH; or set AVGD=/path/to/avgd)" >&2; exit 3; }

# CSV -> one JSON object per record: {"line": N, "params": {...}} or {"line": N, "error": "..."};
# a bad header gives {"header": "..."} alone.
records=$(jq -R -n -c '
  def fields: rtrimstr("\r") | explode
    | reduce (.[] | [.] | implode) as $ch ({f: [], c: "", q: false, e: false};
        if .q and .e and $ch == "\"" then .c += "\"" | .e = false
        elif .q and .e then .q = false | .e = false
          | if $ch == "," then .f += [.c] | .c = "" else .c += $ch end
        elif .q and $ch == "\"" then .e = true
        elif .q then .c += $ch
        elif $ch == "," then .f += [.c] | .c = ""
        elif $ch == "\"" and .c == "" then .q = true
        else .c += $ch end)
    | .f + [.c];
  def known: ["type","studentId","birthDate","relationship","receivedOn","receivedAt","requesterName",
              "contact","channel","about","school","description"];
  def nonempty: with_entries(select(.value != null and .value != ""));
  [inputs] as $lines
  | ($lines[0] // "" | fields | map(gsub("^\\s+|\\s+$"; ""))) as $head
  | ($head - known) as $unknown
  | if ($lines | length) == 0 then {header: "the file is empty"}
    elif ($unknown | length) > 0 then {header: "unknown column(s): \($unknown | join(", ")) (known: \(known | join(", ")))"}
    elif (["type","studentId","birthDate","relationship"] - $head | length) > 0
      then {header: "missing column(s): \(["type","studentId","birthDate","relationship"] - $head | join(", "))"}
    else
      range(1; $lines | length) as $i | $lines[$i] as $text
      | select($text | test("^\\s*$") | not)
      | ($text | fields) as $f
      | if ($f | length) != ($head | length) then {line: ($i + 1), error: "\($f | length) fields, the header has \($head | length)"}
        else ([$head, $f] | transpose | map({key: .[0], value: .[1]}) | from_entries) as $r
        | {line: ($i + 1), params: ({type: $r.type,
            student: {id: $r.studentId, birthDate: $r.birthDate},
            requester: ({relationship: $r.relationship, name: $r.requesterName, contact: $r.contact} | nonempty)}
            + ({receivedOn: $r.receivedOn, receivedAt: $r.receivedAt, channel: $r.channel, about: $r.about,
                school: $r.school, description: $r.description} | nonempty))}
        end
    end' "$1")

if header=$(jq -er 'select(has("header")) | .header' <<<"$records" 2>/dev/null); then
  echo "import-requests.sh: $1: $header" >&2; exit 2
fi
opened=0 failed=0
while IFS= read -r rec; do
  [ -n "$rec" ] || continue
  line=$(jq -r .line <<<"$rec")
  if err=$(jq -er '.error // empty' <<<"$rec"); then
    echo "line $line: FAILED $err"; failed=$((failed + 1)); continue
  fi
  params=$(jq -c .params <<<"$rec")
  if [ -n "$dry" ]; then echo "line $line: requests.open $params"; continue; fi
  set +e
  out=$("$AVGD" call requests.open "$params" 2>&1)
  rc=$?
  set -e
  case $rc in
    0) echo "line $line: $(jq -r '"\(.id) opened, due \(.dueOn)" + (if .entitled then "" else " (requester not entitled)" end)' <<<"$out")"
       opened=$((opened + 1)) ;;
    1) echo "line $line: FAILED $(jq -r '"\(.code) \(.message)" + (if .data.field then " \(.data.field)" else "" end) + (if .data.reason then ": \(.data.reason)" else "" end)' <<<"$out" 2>/dev/null || echo "$out")"
       failed=$((failed + 1)) ;;
    *) echo "import-requests.sh: avgd did not answer at line $line: $out" >&2
       echo "$opened opened, $failed failed; stopped at line $line"; exit 3 ;;
  esac
done <<<"$records"
[ -n "$dry" ] || echo "$opened opened, $failed failed"
[ "$failed" -eq 0 ]
