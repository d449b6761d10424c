#!/usr/bin/env bash
# Builds the app into dist/ with the environment that setup chose, wasm-opt
# included, and prints the gzipped sizes of what it ships.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH:$PWD/tests/e2e/node_modules/.bin"
. target/wasm-env.sh
wasm_env trunk build --release "$@"
# The boot script out of line (CSP without 'unsafe-inline'), and the
# service worker for offline use.
node src/web/postbuild.mjs dist
for f in dist/*.wasm dist/*.js; do
  printf 'bundle: %-48s %8d bytes, %8d gzipped\n' "$f" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)"
done
