#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/FuzzTarget.swift) outside SwiftPM: SwiftPM has no fuzz product
# type, and -sanitize=fuzzer must not reach the normal builds (libFuzzer brings its own main).
# Each module the target needs is compiled once, instrumented (fuzzer coverage + AddressSanitizer),
# into a static library under .build/fuzz; a module is rebuilt when one of its sources, or a module
# it imports, is newer than its library (a changed signature must not leave stale callers behind).
# Prints the path of the executable.  Usage: Fuzz/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -I "$out" -L "$out")
quiet() { grep -v "Cannot export local symbol" || true; }

module() {  # module NAME DIR [MODULES IT IMPORTS...]
  local name=$1 dir=$2 lib="$out/lib$1.a"
  shift 2
  local deps=()
  for d in "$@"; do deps+=("$out/lib$d.a"); done
  if [ -f "$lib" ] && [ -z "$(find "$dir" "${deps[@]}" \( -name '*.swift' -o -name '*.a' \) -newer "$lib" | head -1)" ]; then
    return
  fi
  echo "fuzz: compiling $name" >&2
  local sources=()
  while IFS= read -r f; do sources+=("$f"); done < <(find "$dir" -name '*.swift' | sort)
  swiftc "${flags[@]}" -emit-library -static -emit-module -module-name "$name" "${sources[@]}" -o "$lib" 2>&1 | quiet >&2
  [ "${PIPESTATUS[0]}" -eq 0 ]
}

module Wording Sources/Wording
module JSON Sources/JSON Wording
module JSONRPC Sources/JSONRPC JSON Wording
module Transport Sources/Transport JSON JSONRPC Wording
module JSONRPCFixtures Tests/JSONRPCFixtures JSON JSONRPC Wording
exe="$out/avgd-fuzz"
if [ ! -x "$exe" ] || [ -n "$(find Fuzz/FuzzTarget.swift "$out" -name '*.a' -newer "$exe" -o -name FuzzTarget.swift -newer "$exe" | head -1)" ]; then
  echo "fuzz: linking $exe" >&2
  swiftc "${flags[@]}" Fuzz/FuzzTarget.swift -lJSONRPCFixtures -lTransport -lJSONRPC -lJSON -lWording -o "$exe" 2>&1 | quiet >&2
  [ "${PIPESTATUS[0]}" -eq 0 ]
fi
echo "$exe"
