#!/usr/bin/env bash
# bench-compare.sh [RUNS]: times `claimdiff compare` and `claimdiff-cli
# compare` (the same command line without the window, so without Fyne's
# start) against `git diff --no-index --word-diff` on the same two generated
# 10,000-word articles (the ones BenchmarkCompare10k uses), alternating the
# commands RUNS times (default 15) in one run, and prints each one's median
# wall time and their ratios. All write to /dev/null. It also times `version`
# of both programs, which does nothing but start them, to show what starting
# costs.
set -euo pipefail
runs=${1:-15}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags "$(cat scripts/buildtags)" -o "$tmp/claimdiff" ./cmd/claimdiff
go build -tags "$(cat scripts/buildtags)" -o "$tmp/claimdiff-cli" ./cmd/claimdiff-cli
CLAIMDIFF_BENCH_OUT=$tmp go test -tags "$(cat scripts/buildtags)" -count=1 -run '^TestWriteBenchArticles$' ./compare/ >/dev/null
words() { wc -w <"$1" | tr -d ' '; }
echo "inputs: a.txt $(words "$tmp/a.txt") words, b.txt $(words "$tmp/b.txt") words"

ms() { # command...: wall time of one run in milliseconds, read from bash's
	# own clock ($EPOCHREALTIME): a `date` run before and after would add
	# its own start to every figure, some ten milliseconds here.
	local t0 t1
	t0=${EPOCHREALTIME/[.,]/}
	"$@" >/dev/null 2>&1 || true # git diff exits 1 when the files differ
	t1=${EPOCHREALTIME/[.,]/}
	echo $(((t1 - t0) / 1000))
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

: >"$tmp/cd" && : >"$tmp/cli" && : >"$tmp/git" && : >"$tmp/start" && : >"$tmp/clistart"
for _ in $(seq "$runs"); do
	ms "$tmp/claimdiff" compare --format json "$tmp/a.txt" "$tmp/b.txt" >>"$tmp/cd"
	ms git diff --no-index --word-diff "$tmp/a.txt" "$tmp/b.txt" >>"$tmp/git"
	ms "$tmp/claimdiff-cli" compare --format json "$tmp/a.txt" "$tmp/b.txt" >>"$tmp/cli"
	ms "$tmp/claimdiff" version >>"$tmp/start"
	ms "$tmp/claimdiff-cli" version >>"$tmp/clistart"
done
cd_ms=$(median <"$tmp/cd")
cli_ms=$(median <"$tmp/cli")
git_ms=$(median <"$tmp/git")
start_ms=$(median <"$tmp/start")
clistart_ms=$(median <"$tmp/clistart")
echo "claimdiff compare (JSON, whole pipeline):     median ${cd_ms} ms over $runs runs"
echo "claimdiff-cli compare (the same, no window):  median ${cli_ms} ms over $runs runs"
echo "git diff --no-index --word-diff:              median ${git_ms} ms over $runs runs"
echo "claimdiff version (starting the program):     median ${start_ms} ms over $runs runs"
echo "claimdiff-cli version (starting the program): median ${clistart_ms} ms over $runs runs"
awk -v a="$cd_ms" -v c="$cli_ms" -v b="$git_ms" 'BEGIN { printf "ratio claimdiff / git: %.2f; claimdiff-cli / git: %.2f\n", a / b, c / b }'
