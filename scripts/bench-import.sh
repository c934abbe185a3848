#!/usr/bin/env bash
# bench-import.sh [RUNS]: times `claimdiff import` end to end (process start,
# reading the files, analysis, SQLite) on the 500 generated local articles of
# BenchmarkImportFiles (30 sentences, about 3 KB each), in a fresh archive:
#   - ten claims of 50 articles, one import command each;
#   - one claim of all 500 articles, one command (pairing work grows with the
#     claim, so this is the slower case).
# Each is run RUNS times (default 3); the median articles a second is printed.
# PROGRAM is claimdiff (the default) or claimdiff-cli, the command line
# without the window.
# usage: bench-import.sh [RUNS] [PROGRAM]
set -euo pipefail
runs=${1:-3}
prog=${2:-claimdiff}
case $prog in claimdiff | claimdiff-cli) ;; *)
	echo "bench-import.sh: PROGRAM is claimdiff or claimdiff-cli" >&2
	exit 2
	;;
esac
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags "$(cat scripts/buildtags)" -o "$tmp/claimdiff" "./cmd/$prog"
mkdir "$tmp/articles"
CLAIMDIFF_BENCH_OUT=$tmp/articles go test -tags "$(cat scripts/buildtags)" -count=1 -run '^TestWriteImportArticles$' ./data/ >/dev/null
files=("$tmp"/articles/*.txt)
echo "inputs: ${#files[@]} articles, $(du -sk "$tmp/articles" | cut -f1) KB; program: $prog"

rate() { # articles milliseconds
	awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f\n", n * 1000 / ms }'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
now() { date +%s%N; }

: >"$tmp/small" && : >"$tmp/big"
for r in $(seq "$runs"); do
	db=$tmp/small-$r.db
	t0=$(now)
	for c in $(seq 0 9); do
		"$tmp/claimdiff" --db "$db" import --claim "claim $c" "${files[@]:$((c * 50)):50}" >/dev/null
	done
	t1=$(now)
	rate 500 $(((t1 - t0) / 1000000)) >>"$tmp/small"
	db=$tmp/big-$r.db
	t0=$(now)
	"$tmp/claimdiff" --db "$db" import --claim "one claim" "${files[@]}" >/dev/null
	t1=$(now)
	rate 500 $(((t1 - t0) / 1000000)) >>"$tmp/big"
done
echo "ten claims of 50 (ten commands): median $(median <"$tmp/small") articles/s over $runs runs"
echo "one claim of 500 (one command):  median $(median <"$tmp/big") articles/s over $runs runs"
