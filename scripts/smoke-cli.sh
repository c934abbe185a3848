#!/usr/bin/env bash
# smoke-cli.sh BINARY: runs the built claimdiff-cli with no display, as on a
# server: it opens a new archive with the sample claim, lists it, and
# compares two statements that contradict each other.
set -euo pipefail
bin=${1:?usage: smoke-cli.sh BINARY}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export HOME=$tmp XDG_DATA_HOME=$tmp/data
"$bin" claims >"$tmp/claims.txt"
grep -q "Iraq" "$tmp/claims.txt" || { cat "$tmp/claims.txt" >&2; echo "smoke-cli: the sample claim is not listed" >&2; exit 1; }
printf 'The ministry said 12 people were killed on Monday.\n' >"$tmp/a.txt"
printf 'The ministry said 30 people were killed on Monday.\n' >"$tmp/b.txt"
"$bin" compare --format json "$tmp/a.txt" "$tmp/b.txt" >"$tmp/cmp.json"
grep -q '"relation": "contradicts"' "$tmp/cmp.json" || { cat "$tmp/cmp.json" >&2; echo "smoke-cli: compare did not find the contradiction" >&2; exit 1; }
echo "smoke-cli: claimdiff-cli runs with no display: the sample archive, and compare finds 12 against 30 killed"
