#!/usr/bin/env bash
# export-csv.sh — a register's CSV export on stdout (`<REGISTER>.export {"format":"csv"}`).
#
#   export-csv.sh REGISTER [nl|en] > register.csv      e.g. export-csv.sh breaches > datalekken.csv
#
# REGISTER is the method prefix: breaches, requests, ... (whatever `avgd call rpc.discover` lists
# with an .export). nl (the daemon's default): `;`, BOM, Dutch headers; en: commas, English. CRLF.
# Exit: 0 ok; 1 avgd answered with an error (printed on stderr); 2 usage; 3 avgd not found or no daemon.
set -euo pipefail
AVGD=${AVGD:-avgd}
case ${1:-} in -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
if [ $# -lt 1 ] || [ $# -gt 2 ] || [[ ! $1 =~ ^[a-zA-Z]+$ ]] || [[ ${2:-en} != en && ${2:-en} != nl ]]; then
  echo "usage: export-csv.sh REGISTER [nl|en]" >&2; exit 2
fi
command -v jq >/dev/null || { echo "export-csv.sh: jq is required (apt-get install jq)" >&2; exit 3; }
command -v "$AVGD" >/dev/null || { echo "export-csv.sh: avgd not found (./run.sh install puts it on PATH; or set AVGD=/path/to/avgd)" >&2; exit 3; }
params=$(jq -cn --arg lang "${2:-}" '{format: "csv"} + (if $lang == "" then {} else {language: $lang} end)')
set +e
result=$("$AVGD" call "$1.export" "$params")
rc=$?
set -e
[ $rc -eq 0 ] || exit $(( rc == 1 ? 1 : 3 ))
jq -j '.csv' <<<"$result"
