#!/usr/bin/env bash
# Installs pouchdb-server 4.2.0 for ClaimTrail's sync tests (notes/sync.md §3.2), apart from the app:
# this folder's package.json and lockfile are copied into node_modules/.cache/couch-test-server and
# installed there with `npm ci --omit=optional` (no sqlite3 build, no leveldown: in-memory only).
# Outside the tests/ tree so the conventions test does not walk its 264 packages; outside the
# app's own install so --omit=optional cannot drop the app's optional native packages.
# Idempotent and safe to run from parallel test workers: it reinstalls only when the lockfile changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${COUCH_SERVER_DIR:-$here/../../node_modules/.cache/couch-test-server}"
mkdir -p "$target"
exec 9>"$target/.install.lock"
flock 9
if [ -x "$target/node_modules/.bin/pouchdb-server" ] && cmp -s "$here/package-lock.json" "$target/package-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$target/"
(cd "$target" && npm ci --omit=optional --no-audit --no-fund --loglevel=error >&2)
