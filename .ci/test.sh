#!/usr/bin/env bash
# The whole test suite: formatting, lints, native tests, a release build
# with wasm-opt, and the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step setup;            .ci/setup.sh
step "cargo fmt";      cargo fmt --all -- --check
step "cargo clippy";   cargo clippy --all-targets -- -D warnings
# The browser modules build for wasm32 only: lint them there too, where the
# toolchain has clippy for that target (rustup's; not Debian's rustc-web).
. target/wasm-env.sh
if wasm_env cargo clippy --version >/dev/null 2>&1; then
  step "cargo clippy (wasm32)"; wasm_env cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
else
  echo "clippy for wasm32 is not available with this toolchain: the browser modules are checked by the release build"
fi
step "cargo test";     cargo test 2>&1 | tee target/cargo-test.log
step "release build";  .ci/build.sh
step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/
