#!/usr/bin/env bash
# screenshots.sh BINARY: opens the real window under a virtual display on a
# fresh archive (the sample claim) and saves the pictures the README shows
# into docs/. Rerun it after changing the window.
set -euo pipefail
bin=${1:?usage: screenshots.sh BINARY}
here=$(cd "$(dirname "$0")" && pwd)
docs=$here/../docs
mkdir -p "$docs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	"$here/xrun.sh" "$tmp/window.png" "${SHOT_SECONDS:-8}" "$bin" >/dev/null
# Drop metadata (dates) so an unchanged window gives an unchanged file.
convert "$tmp/window.png" -strip "$docs/window.png"
echo "docs/window.png"
