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
    apt-get update -qq && apt-get install -y -qq python3 python3-pip >/dev/null
  fi
  local missing=()
  python3 -c 'import jsonschema' 2>/dev/null || missing+=(jsonschema)
  python3 -c 'import pytest' 2>/dev/null || missing+=(pytest)
  if [ ${#missing[@]} -gt 0 ]; then
    python3 -m pip install -q "${missing[@]}" 2>/dev/null ||
      python3 -m pip install -q --break-system-packages "${missing[@]}"
  fi
}

find_validator() {
  for p in "$root/../shared/protocol/validate-openrpc.py" "$root/Protocol/tools/validate-openrpc.py"; do
    [ -f "$p" ] && { echo "$p"; return; }
  done
}

cmd=${1:-serve}
case "$cmd" in
  -h|--help|help) usage ;;
  serve)
    swift build -c release --product avgd >&2
    bin=$(swift build -c release --show-bin-path)/avgd
    socket=${AVGD_SOCKET:-${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/avgd.sock}}
    socket=${socket:-/tmp/avgd-$(id -u)/avgd.sock}
    store=${AVGD_STORE:-${XDG_STATE_HOME:-$HOME/.local/state}/avgd}
    cat >&2 <<INFO
avgd is starting.
  socket: $socket
  store:  $store
Call it from another terminal:
  $bin call service.info
  echo '{"jsonrpc":"2.0","method":"rights.resolve","params":{"birthDate":"2010-03-15"},"id":1}' | $bin connect
Stop it with Ctrl-C (or SIGTERM).
INFO
    exec "$bin" serve --socket "$socket" --store "$store"
    ;;
  test)
    ensure_test_tools
    swift build --build-tests
    export AVGD_BIN_DIR; AVGD_BIN_DIR=$(swift build --show-bin-path)
    swift test --skip-build
    echo "== OpenRPC document"
    "$AVGD_BIN_DIR/avgd" openrpc | diff -u Protocol/openrpc.json - ||
      { echo "Protocol/openrpc.json is stale: run ./run.sh openrpc"; exit 1; }
    validator=$(find_validator)
    if [ -n "$validator" ]; then python3 "$validator" Protocol/openrpc.json; else echo "validate-openrpc.py not found"; exit 1; fi
    echo "== Python client and clients' tests"
    python3 -m pytest -q clients
    ;;
  bench)
    swift build -c release
    AVGD_BIN_DIR=$(swift build -c release --show-bin-path) python3 Benchmarks/bench.py
    ;;
  openrpc)
    swift build --product avgd >&2
    "$(swift build --show-bin-path)/avgd" openrpc > Protocol/openrpc.json
    echo "wrote Protocol/openrpc.json" >&2
    python3 clients/python/generate.py   # the Python client's typed methods follow the document
    ;;
  fuzz)
    echo "fuzzing is not built yet" >&2; exit 1
    ;;
  *) usage >&2; exit 2 ;;
esac
