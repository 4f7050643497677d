#!/usr/bin/env bash
# avgd's one entry point.  ./run.sh          build (release) and start the daemon
#                          ./run.sh test     build and run every test
#                          ./run.sh --help   the rest
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

usage() {
  cat <<'USAGE'
Usage: ./run.sh [COMMAND]

  (none)     build (release) and start the daemon on the default store and socket
  install [PREFIX]  build (release) and install avgd to PREFIX/bin (default ~/.local/bin, as root
             /usr/local/bin), the shell recipes beside it (avgd-morning, avgd-export-csv,
             avgd-import-requests) and the Python client (pip install --user, or system-wide as root;
             AVGD_INSTALL_PYTHON=0 leaves it out)
  test       build and run every test: Swift, the Python client, conformance, OpenRPC validation
  bench      run the benchmarks and write BENCHMARKS.md (AVGD_BENCH_QUICK=1 for a short run)
  openrpc    regenerate Protocol/openrpc.json from the method declarations (and clients/python/avgd/methods.py)
  fuzz       run the fuzz target for AVGD_FUZZ_SECONDS (default 300)
  --help     this text

Environment: AVGD_SOCKET, AVGD_STORE choose the socket and store (see ./run.sh and avgd --help).
USAGE
}

# Installs what the tests need when it is missing (fresh machine): python3 with pip, jsonschema, pytest.
ensure_test_tools() {
  if ! command -v python3 >/dev/null; then
    echo "== python3 is missing: installing Debian's python3 and python3-pip (apt-get) for the client tests"
    apt-get update -qq && apt-get install -y -qq python3 python3-pip >/dev/null
  fi
  local missing=()
  python3 -c 'import jsonschema' 2>/dev/null || missing+=(jsonschema)
  python3 -c 'import pytest' 2>/dev/null || missing+=(pytest)
  python3 -c 'import openpyxl' 2>/dev/null || missing+=(openpyxl)   # reads the xlsx exports back
  python3 -c 'import kubernetes_validate' 2>/dev/null || missing+=(kubernetes-validate)   # contrib/kubernetes, offline
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing from PyPI for the tests: ${missing[*]}"
    python3 -m pip install -q "${missing[@]}" 2>/dev/null ||
      python3 -m pip install -q --break-system-packages "${missing[@]}"
  fi
}

# --- Chromium for the reports' browser tests (issue 17) --------------------------------------------
# clients/reports/tests open the annual report, the overview and the letters in headless Chromium.
# Installs Debian's `chromium` package when it is missing, and says so. If that fails the run goes on
# and those tests FAIL (they never skip), so a CI without a browser is noticed.
ensure_chromium() {
  if command -v chromium >/dev/null; then return 0; fi
  echo "== chromium is missing: installing Debian's chromium package (apt-get) for the reports' browser tests"
  if command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
    local apt=(apt-get -o DPkg::Lock::Timeout=300)
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq chromium >/dev/null 2>&1 ||
      { "${apt[@]}" update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq chromium >/dev/null 2>&1; } || true
  fi
  if command -v chromium >/dev/null; then
    echo "== chromium installed: $(chromium --version 2>/dev/null)"
  else
    echo "== chromium could NOT be installed (needs root and apt-get): the reports' browser tests will FAIL"
  fi
}
# ---------------------------------------------------------------------------------------------------

find_validator() {
  for p in "$root/../shared/protocol/validate-openrpc.py" "$root/Protocol/tools/validate-openrpc.py"; do
    [ -f "$p" ] && { echo "$p"; return; }
  done
}

# Builds Fuzz/FuzzTarget.swift with libFuzzer + AddressSanitizer (Fuzz/build.sh) and runs it for $1
# seconds over the committed seeds (Fuzz/corpus, read-only) plus a working corpus under .build/fuzz.
# A crash, sanitizer report or violated property fails with the input saved in .build/fuzz/.
run_fuzz() {
  local seconds=$1 exe rc=0 tc
  tc=$(dirname "$(readlink -f "$(command -v swiftc)")")/..
  if [ -z "$(find "$tc/lib" -name 'libclang_rt.fuzzer-*.a' 2>/dev/null | head -1)" ]; then
    echo "fuzz: SKIPPED: this toolchain has no libFuzzer (libclang_rt.fuzzer) for swiftc -sanitize=fuzzer"; return 0
  fi
  exe=$(Fuzz/build.sh)
  mkdir -p .build/fuzz/corpus
  echo "== fuzz: $exe for ${seconds}s over Fuzz/corpus"
  "$exe" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=.build/fuzz/ .build/fuzz/corpus Fuzz/corpus > .build/fuzz/last-run.log 2>&1 || rc=$?
  grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==|fuzz property|SUMMARY|Test unit written)" .build/fuzz/last-run.log || true
  [ "$rc" -eq 0 ] || { echo "fuzz: FAILED (exit $rc; log .build/fuzz/last-run.log, input saved under .build/fuzz/)"; return 1; }
}

# Installs avgd, the recipes and the Python client (issue 16 §5): $1 is PREFIX.
install_avgd() {
  local prefix=${1:-}
  if [ -z "$prefix" ]; then
    if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix=$HOME/.local; fi
  fi
  local bin
  if [ -n "${AVGD_INSTALL_FROM:-}" ]; then
    bin=$AVGD_INSTALL_FROM/avgd   # an avgd already built (the install test; packagers)
  else
    swift build -c release --product avgd >&2
    bin=$(swift build -c release --show-bin-path)/avgd
  fi
  mkdir -p "$prefix/bin"
  install -m 0755 "$bin" "$prefix/bin/avgd"
  local r
  for r in morning export-csv import-requests; do
    install -m 0755 "clients/shell/$r.sh" "$prefix/bin/avgd-$r"
  done
  echo "installed $prefix/bin/avgd and the recipes avgd-morning, avgd-export-csv, avgd-import-requests" >&2
  if [ "${AVGD_INSTALL_PYTHON:-1}" = 1 ]; then
    local pip=(python3 -m pip install -q --upgrade)
    [ "$(id -u)" -eq 0 ] || pip+=(--user)
    if "${pip[@]}" ./clients/python 2>/dev/null || "${pip[@]}" --break-system-packages ./clients/python; then
      echo "installed the Python client (import avgd; python3 -m avgd)" >&2
    else
      echo "the Python client was NOT installed (pip failed): pip install ./clients/python" >&2
    fi
  fi
  case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add it:  export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
  esac
}

cmd=${1:-serve}
case "$cmd" in
  -h|--help|help) usage ;;
  install) install_avgd "${2:-}" ;;
  serve)
    swift build -c release --product avgd >&2
    bin=$(swift build -c release --show-bin-path)/avgd
    socket=${AVGD_SOCKET:-${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/avgd.sock}}
    socket=${socket:-/tmp/avgd-$(id -u)/avgd.sock}
    store=${AVGD_STORE:-${XDG_STATE_HOME:-$HOME/.local/state}/avgd}
    # avgd serve creates a missing socket directory itself (0700, refused when not the user's own).
    cat >&2 <<INFO
avgd is starting.
  socket: $socket
  store:  $store
Call it from another terminal (after ./run.sh install, \`avgd\` alone does):
  $bin call --socket $socket service.info
  $bin call --socket $socket rights.resolve birthDate=2010-03-15
Stop it with Ctrl-C (or SIGTERM).
INFO
    exec "$bin" serve --socket "$socket" --store "$store"
    ;;
  test)
    ensure_test_tools
    ensure_chromium
    swift build --build-tests
    export AVGD_BIN_DIR; AVGD_BIN_DIR=$(swift build --show-bin-path)
    swift test --skip-build
    echo "== OpenRPC document"
    "$AVGD_BIN_DIR/avgd" openrpc | diff -u Protocol/openrpc.json - ||
      { echo "Protocol/openrpc.json is stale: run ./run.sh openrpc"; exit 1; }
    "$AVGD_BIN_DIR/avgd" openrpc --permissions | diff -u Protocol/permissions.md - ||
      { echo "Protocol/permissions.md is stale: run ./run.sh openrpc"; exit 1; }
    validator=$(find_validator)
    if [ -n "$validator" ]; then python3 "$validator" Protocol/openrpc.json; else echo "validate-openrpc.py not found"; exit 1; fi
    run_fuzz "${AVGD_FUZZ_SECONDS:-20}"
    echo "== soak (64 clients; AVGD_SOAK_SECONDS, default 10 s with CI=true, else 20 s)"
    python3 Tests/Soak/soak.py
    echo "== Python client and clients' tests"
    python3 -m pytest -q -rs clients   # -rs: each skipped test with its reason in the summary
    ;;
  bench)
    swift build -c release
    AVGD_BIN_DIR=$(swift build -c release --show-bin-path) python3 Benchmarks/bench.py
    ;;
  openrpc)
    swift build --product avgd >&2
    "$(swift build --show-bin-path)/avgd" openrpc > Protocol/openrpc.json
    "$(swift build --show-bin-path)/avgd" openrpc --permissions > Protocol/permissions.md
    echo "wrote Protocol/openrpc.json and Protocol/permissions.md" >&2
    python3 clients/python/generate.py   # the Python client's typed methods follow the document
    ;;
  fuzz)
    run_fuzz "${AVGD_FUZZ_SECONDS:-300}"
    ;;
  *) usage >&2; exit 2 ;;
esac
