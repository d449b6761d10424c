#!/usr/bin/env bash
# Installs what building and testing the annotator needs, skipping what is
# already there. Takes the ordinary route (rustup's wasm32 target) where it
# works, and otherwise Debian's rustc-web with build-std (machines that reach
# only package registries). Writes the chosen environment to target/wasm-env.sh.
#
#   .ci/setup.sh          everything (build + browser tests)
#   .ci/setup.sh build    only what building and serving the app needs
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
want=${1:-all}
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

mkdir -p target
env_file=target/wasm-env.sh

# 1. A compiler for wasm32-unknown-unknown.
sysroot=$(rustc --print sysroot)
if [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown" ]; then
  say "wasm32 target: rustup's, already installed"
  echo 'wasm_env() { "$@"; }' > "$env_file"
elif [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/bin/cargo ] && command -v rust-lld >/dev/null; then
  say "wasm32 target: Debian's rustc-web with build-std, already installed"
  echo 'wasm_env() { RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort PATH="/usr/bin:$PATH" "$@"; }' > "$env_file"
elif command -v rustup >/dev/null && timeout 120 rustup target add wasm32-unknown-unknown; then
  say "wasm32 target: installed with rustup"
  echo 'wasm_env() { "$@"; }' > "$env_file"
elif command -v apt-get >/dev/null; then
  say "wasm32 target: rustup could not fetch it; installing Debian's rustc-web and its std source"
  apt_install rustc-web cargo-web rust-web-src lld-22
  echo 'wasm_env() { RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort PATH="/usr/bin:$PATH" "$@"; }' > "$env_file"
else
  echo "setup: no way to get a wasm32 compiler here (no rustup target, no apt-get)" >&2
  exit 1
fi

# 2. wasm-bindgen-cli at exactly the version in Cargo.lock, and trunk 0.21.
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" = "$bindgen_version" ]; then
  say "wasm-bindgen $bindgen_version: already installed"
else
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # Not --locked: the registry mirror lacks one locked dependency version.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if trunk --version 2>/dev/null | grep -Eq '^trunk 0\.(2[1-9])\.'; then
  say "$(trunk --version): already installed"
else
  say "installing trunk 0.21 (a few minutes)"
  # 0.22 needs a newer rustc than some machines have.
  cargo install trunk --version "~0.21" --locked
fi

# 3. Node packages: wasm-opt (binaryen), playwright-core, the schema validator.
if [ -d tests/e2e/node_modules ] && [ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ]; then
  say "node packages: already installed"
else
  say "installing node packages (npm ci)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

[ "$want" = build ] && exit 0

# 4. A browser for the end-to-end tests: Debian's Chromium, never a download.
if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
  say "browser: $CHROMIUM"
elif command -v chromium >/dev/null; then
  say "browser: $(command -v chromium), already installed"
elif command -v apt-get >/dev/null; then
  say "installing Debian's chromium"
  apt_install chromium
else
  echo "setup: no Chromium found; set CHROMIUM to a Chromium or Chrome binary" >&2
  exit 1
fi
