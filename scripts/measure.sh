#!/usr/bin/env bash
# measure.sh BINARY: the window's cold start and memory under a virtual
# display, on a fresh archive with the sample claim and on an archive whose
# claim has 200 sources; and, as the reference in the same run, a bare
# Fyne window of the same size (scripts/emptywindow), to tell what Fyne and
# the graphics stack cost from what Claimdiff adds.
#
# Cold start is the time from exec to the window being mapped on the X
# server (polled with xwininfo every 10 ms); memory is VmRSS and VmHWM (the
# peak) from /proc a few seconds after the window drew, once the panes have
# loaded. Needs Xvfb and xwininfo (x11-utils).
set -euo pipefail
bin=$(realpath "${1:?usage: measure.sh BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
for t in Xvfb xwininfo; do
	command -v "$t" >/dev/null || { echo "measure: $t is not installed (x11-utils has xwininfo)" >&2; exit 2; }
done
tmp=$(mktemp -d)
xvfb= app=
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
# The binary is measured from a fresh copy. Once a binary has run for a
# while, the kernel may have gathered its code into huge pages in the page
# cache (khugepaged: FileHugePages in /proc/meminfo), and a later process
# then maps, and counts in its RSS, whole 2 MB blocks of it: the same
# binary measured 4 MB more that way in session 10. A copy starts as a
# freshly installed binary does, as the reference window below does.
cp "$bin" "$tmp/claimdiff-under-test"
bin=$tmp/claimdiff-under-test
case "${LANG:-C}" in C | C.* | POSIX) export LANG=en_US.UTF-8 ;; esac

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -n1 "$tmp/display")

# run LABEL ARGS...: one cold start of the window.
run() { runbin "$bin" Claimdiff "$@"; }

# runbin BINARY TITLE LABEL ARGS...: one cold start of BINARY, whose window
# is named TITLE.
runbin() {
	local exe=$1 title=$2 label=$3
	shift 3
	rm -rf "$tmp/home" && mkdir -p "$tmp/home"
	local t0 t1
	t0=$(date +%s%N)
	HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config "$exe" "$@" 2>/dev/null &
	app=$!
	until xwininfo -root -tree 2>/dev/null | grep -q "\"$title\""; do
		kill -0 "$app" 2>/dev/null || { echo "measure: the window did not open" >&2; exit 1; }
		sleep 0.01
	done
	t1=$(date +%s%N)
	sleep "${SETTLE_SECONDS:-4}"
	local st=/proc/$app/status rss hwm anon file gl
	rss=$(awk '/^VmRSS/ {print $2}' "$st") hwm=$(awk '/^VmHWM/ {print $2}' "$st")
	anon=$(awk '/^RssAnon/ {print $2}' "$st") file=$(awk '/^RssFile/ {print $2}' "$st")
	# The pages of Mesa's software renderer (LLVM and the DRI driver), which
	# Xvfb makes the window load and a desktop with a GPU driver does not.
	gl=$(awk '/^[0-9a-f]+-[0-9a-f]+ / { m = ($6 ~ /libLLVM|_dri\.so|libgallium/) } m && /^Rss:/ { s += $2 } END { print s + 0 }' "/proc/$app/smaps")
	kill "$app" && wait "$app" 2>/dev/null || true
	app=
	# RssFile is mostly shared libraries and the binary's own pages; RssAnon
	# is the program's own memory (its Go heap, and the C libraries' heaps).
	printf '%-22s first window %5d ms  RSS %4d MB (anon %4d, files %4d, software GL %3d)  peak %4d MB\n' "$label" \
		$(((t1 - t0) / 1000000)) $((rss / 1024)) $((anon / 1024)) $((file / 1024)) $((gl / 1024)) $((hwm / 1024))
}

# A claim of 200 sources: the demo article with its numbers changed and its
# paragraphs rotated, so every source is a different text.
mkdir -p "$tmp/src"
mapfile -t lines < <(grep -v '^$' "$here/../docs/demo/article-v1.txt")
n=${#lines[@]}
for i in $(seq 1 200); do
	for j in $(seq 0 $((n - 1))); do
		printf '%s\n\n' "${lines[$(((i + j) % n))]}"
	done | sed "s/2500/$((2500 + i * 10))/; s/900 /$((900 + i)) /; s/2026/$((2026 + i % 5))/" >"$tmp/src/source-$i.txt"
done
big=$tmp/big.db
"$bin" --db "$big" import --claim "US forces will withdraw from Iraq (200 sources)" "$tmp/src"/*.txt >/dev/null 2>&1
printf 'archive of 200 sources: %s\n' "$("$bin" --db "$big" claims 2>/dev/null | grep -m1 '200 sources' || true)"

(cd "$here/.." && go build -tags "$(cat scripts/buildtags)" -o "$tmp/emptywindow" ./scripts/emptywindow)
for k in 1 2 3; do runbin "$tmp/emptywindow" "Empty window" "empty Fyne window ($k)"; done
for k in 1 2 3; do run "sample claim (run $k)"; done
for k in 1 2 3; do cp "$big" "$tmp/big-$k.db"; run "200 sources (run $k)" --db "$tmp/big-$k.db"; done
