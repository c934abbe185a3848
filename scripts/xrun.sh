#!/usr/bin/env bash
# xrun.sh OUT.png SECONDS COMMAND [ARGS...]
# Runs COMMAND on a private virtual X display (Xvfb, 1280x800), waits SECONDS,
# saves the screen to OUT.png with ImageMagick's import, then stops COMMAND
# with SIGTERM (failing if it is still running 10 s later).
# Fyne's own Canvas().Capture() reads the GL front buffer and is blank under
# Xvfb, so the picture is taken from the X server. Exits 1 if COMMAND died
# before the picture was taken.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: xrun.sh OUT.png SECONDS COMMAND [ARGS...]" >&2; exit 2; }
out=$1 secs=$2
shift 2
for t in Xvfb import; do
	command -v "$t" >/dev/null || { echo "xrun: $t is not installed (run: make deps-test)" >&2; exit 2; }
done

tmp=$(mktemp -d)
cleanup() {
	if [ -n "${app:-}" ]; then
		kill "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true
	fi
	# Wait for the server to go: a server still exiting removes its socket
	# files, and may remove those of the next run's server on the same
	# display number (GLFW then fails to open a display that answered).
	if [ -n "${xvfb:-}" ]; then
		kill "$xvfb" 2>/dev/null || true
		wait "$xvfb" 2>/dev/null || true
	fi
	print_errors
	rm -rf "$tmp"
}
trap cleanup EXIT
print_errors() {
	for f in "$tmp"/app.*.err; do
		[ -f "$f" ] || continue
		cat "$f" >&2
		rm -f "$f"
	done
}

# start_server starts a new Xvfb and sets xvfb and display.
start_server() {
	# -displayfd lets the server pick a free display and tell us its number.
	: >"$tmp/display"
	Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
	xvfb=$!
	for _ in $(seq 50); do
		[ -s "$tmp/display" ] && break
		sleep 0.1
	done
	[ -s "$tmp/display" ] || { echo "xrun: Xvfb did not start: $(cat "$tmp/xvfb.log")" >&2; exit 1; }
	display=:$(head -n1 "$tmp/display")
	# The number comes when the server listens, but a client that connects at
	# once has been refused on a loaded machine (CI saw "Failed to open
	# display"): wait for its socket, and for the server to be alive.
	for _ in $(seq 50); do
		[ -S "/tmp/.X11-unix/X${display#:}" ] && break
		sleep 0.1
	done
	kill -0 "$xvfb" 2>/dev/null || { echo "xrun: Xvfb exited: $(cat "$tmp/xvfb.log")" >&2; exit 1; }
	sleep 0.2
}

stop_server() {
	kill "$xvfb" 2>/dev/null || true
	wait "$xvfb" 2>/dev/null || true
	xvfb=
}

# Fyne logs an error for the "C" locale; a window is a desktop session, give it one.
case "${LANG:-C}" in C | C.* | POSIX) export LANG=en_US.UTF-8 ;; esac

# The program's errors are kept in a file, to tell an X server that refused
# it from a program that failed, and printed when xrun ends.
# CI has twice seen GLFW fail to open a display that had just answered
# ("X11: Failed to open display :0"), and it never recurred here: such a
# refusal is told with what the sockets looked like, and the program runs
# once more on a new server. Any other early exit fails at once.
for attempt in 1 2; do
	start_server
	DISPLAY=$display "$@" 2>"$tmp/app.$attempt.err" &
	app=$!
	sleep "$secs"
	kill -0 "$app" 2>/dev/null && break
	wait "$app" || true
	app=
	if [ "$attempt" = 1 ] && grep -q "Failed to open display" "$tmp/app.1.err"; then
		{
			echo "xrun: the X server on $display refused the program's connection; it runs once more on a new server. What the sockets looked like:"
			ls -la /tmp/.X11-unix/ 2>&1 || true
			grep -a X11-unix /proc/net/unix 2>&1 || true
			echo "Xvfb's log:"
			cat "$tmp/xvfb.log"
		} >&2
		stop_server
		continue
	fi
	print_errors
	echo "xrun: the program exited before the picture was taken" >&2
	exit 1
done
DISPLAY=$display import -window root "$out"
# A window must close on SIGTERM, as a session's logout sends it: within
# ten seconds, or this run fails (and the program is killed).
kill "$app"
for _ in $(seq 100); do
	kill -0 "$app" 2>/dev/null || break
	sleep 0.1
done
if kill -0 "$app" 2>/dev/null; then
	kill -9 "$app" 2>/dev/null || true
	app=
	echo "xrun: the program did not exit within 10 s of SIGTERM" >&2
	exit 1
fi
wait "$app" 2>/dev/null || true
app=
echo "$out"
