#!/bin/sh
# Installs what run-asm needs and is missing: the Unicorn library (system package), the npm
# dependencies, and the bundled CLI. Quiet and quick when everything is already there.
set -e
cd "$(dirname "$0")/.."

need_node_major=20
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt "$need_node_major" ]; then
  echo "run-asm needs Node.js $need_node_major or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

have_unicorn() {
  [ -n "$UNICORN_LIB" ] && [ -f "$UNICORN_LIB" ] && return 0
  ldconfig -p 2>/dev/null | grep -q 'libunicorn\.so\.2 ' && return 0
  for dir in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /usr/lib /usr/local/lib /opt/homebrew/lib; do
    [ -e "$dir/libunicorn.so.2" ] || [ -e "$dir/libunicorn.2.dylib" ] && return 0
  done
  return 1
}

# Packages a Debian machine may lack: Unicorn for the emulator; gcc so the link tests can run.
missing=""
have_unicorn || missing="$missing libunicorn2"
command -v gcc >/dev/null 2>&1 || missing="$missing gcc libc6-dev"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing:$missing" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2
  elif command -v brew >/dev/null 2>&1; then
    brew install unicorn >&2
  else
    echo "please install:$missing (the Unicorn 2 library, e.g. 'brew install unicorn' on macOS)" >&2
    exit 1
  fi
fi

# npm dependencies: install when missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi
[ -f dist/run-asm.cjs ] || node scripts/build.mjs
