#!/usr/bin/env bash
# morning.sh — the morning list: subject requests due soon or overdue (requests.due) and data
# breaches not yet reported to the Autoriteit Persoonsgegevens (breaches.due).
#
#   morning.sh [--within DAYS] [--on DATE]
#
# Cron-ready: prints nothing on stderr when all is well and exits non-zero when something is
# overdue, so cron's mail (or `|| notify`) fires only then, e.g. on weekdays at 07:30:
#   30 7 * * 1-5  AVGD_SOCKET=/run/avgd/avgd.sock /usr/local/bin/avgd-morning
# Exit: 0 nothing overdue; 1 something overdue (a request past its due date or a breach past its
# 72 hours); 2 usage; 3 avgd not found, no daemon, or an error reply (nothing is known: check avgd).
# Needs: avgd (or $AVGD) and jq. The socket is $AVGD_SOCKET or avgd's default.
set -euo pipefail
AVGD=${AVGD:-avgd}
within=7
on=
while [ $# -gt 0 ]; do
  case $1 in
    --within) within=${2:?--within needs a number of days}; shift 2 ;;
    --on) on=${2:?--on needs a date YYYY-MM-DD}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "morning.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $within =~ ^[0-9]+$ ]] || { echo "morning.sh: --within must be a whole number of days" >&2; exit 2; }
command -v jq >/dev/null || { echo "morning.sh: jq is required (apt-get install jq)" >&2; exit 3; }
command -v "$AVGD" >/dev/null || { echo "morning.sh: avgd not found (./run.sh install puts it on PATH; or set AVGD=/path/to/avgd)" >&2; exit 3; }

call() { # METHOD PARAMS: the result on stdout, or exit 3 with avgd's error on stderr
  local out
  if ! out=$("$AVGD" call "$1" "$2"); then echo "morning.sh: $1 failed" >&2; exit 3; fi
  printf '%s\n' "$out"
}
on_param=$(jq -cn --arg on "$on" 'if $on == "" then {} else {on: $on} end')
requests=$(call requests.due "$(jq -c --argjson w "$within" '. + {within: $w}' <<<"$on_param")")
breaches=$(call breaches.due "$on_param")

jq -r '"Subject requests due within \(.within) days of \(.on): \(.items | length), \(.overdue) overdue",
  (.items[] | "  \(if .overdue then "OVERDUE" else "       " end)  \(.id)  \(.type // "")  student \(.studentId // "?")  due \(.dueOn)"
    + (if .daysLeft < 0 then " (\(-.daysLeft) days late)" else " (\(.daysLeft) days left)" end)
    + (if .extended then ", extended" else "" end))' <<<"$requests"
jq -r '"Data breaches not yet reported to the AP (at \(.at)): \(.items | length), \([.items[] | select(.overdue)] | length) overdue",
  (.items[] | "  \(if .overdue then "OVERDUE" else "       " end)  \(.id)  \(.status)  report by \(.reportBy)"
    + (if .overdue then "" else " (\(.hoursLeft) h left)" end)
    + (if .assessed then "" else ", not assessed" end) + "  \(.summary // "")")' <<<"$breaches"

overdue=$(( $(jq '.overdue' <<<"$requests") + $(jq '[.items[] | select(.overdue)] | length' <<<"$breaches") ))
if [ "$overdue" -gt 0 ]; then
  echo "$overdue overdue: act today."
  exit 1
fi
