#!/usr/bin/env bash
# smoke.sh BINARY: starts the real window under a virtual display on a new
# archive (which loads the sample claim), takes a screenshot, and fails unless
# the window drew: a blank or single-colour screen has only a few colours,
# a window with text has thousands of anti-aliased shades.
set -euo pipefail
bin=${1:?usage: smoke.sh BINARY}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A panic caught at the top prints its stack too, so that a failure seen
# once in a log can be read.
export CLAIMDIFF_DEBUG=1

HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	"$here/xrun.sh" "$tmp/smoke.png" "${SMOKE_SECONDS:-8}" "$bin" >/dev/null
colours=$(convert "$tmp/smoke.png" -format %k info:)
if [ "$colours" -lt 200 ]; then
	cp "$tmp/smoke.png" smoke-failed.png
	echo "smoke: the window did not draw ($colours colours on screen; picture kept in smoke-failed.png)" >&2
	exit 1
fi
[ -f "$tmp/data/claimdiff/claimdiff.db" ] || { echo "smoke: the first run did not create the archive" >&2; exit 1; }
# SIGTERM a tenth of a second after the start, before Fyne's driver has set
# up its own handler: the window must still go (xrun fails otherwise).
HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	"$here/xrun.sh" "$tmp/early.png" 0.1 "$bin" >/dev/null
# A start after Fyne's preferences file was left empty (a process killed
# while Fyne rewrote it) still opens the archive chosen in Preferences, from
# Claimdiff's copy of them, and Fyne's file is whole again.
prefs=$tmp/config/fyne/org.claimdiff.claimdiff
mkdir -p "$prefs"
: >"$prefs/preferences.json"
printf '{"database": "%s"}\n' "$tmp/chosen/claimdiff.db" >"$prefs/claimdiff-preferences.json"
HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	"$here/xrun.sh" "$tmp/restored.png" 3 "$bin" >/dev/null 2>"$tmp/restored.err" || { cat "$tmp/restored.err" >&2; exit 1; }
[ -f "$tmp/chosen/claimdiff.db" ] || { cat "$tmp/restored.err" >&2; echo "smoke: a start with an empty preferences file lost the archive chosen in Preferences" >&2; exit 1; }
grep -q "restored from" "$tmp/restored.err" || { cat "$tmp/restored.err" >&2; echo "smoke: the window did not say it restored the preferences" >&2; exit 1; }
grep -q chosen "$prefs/preferences.json" || { echo "smoke: the emptied preferences file was not written again" >&2; exit 1; }
echo "smoke: the window drew ($colours colours), created its archive, closes on SIGTERM, and keeps the chosen archive when Fyne's preferences file is emptied"
