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
step "cargo test";     cargo test 2>&1 | tee target/cargo-test.log
step "release build";  .ci/build.sh
step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/
