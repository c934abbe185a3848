#!/usr/bin/env bash
# screenshots.sh BINARY: opens the real window under a virtual display and
# saves the pictures the README shows into docs/. Rerun it after changing
# the window.
#
# Each picture starts the window in one state through CLAIMDIFF_SHOW (see
# app.UI.Start): there is no window manager under Xvfb to click with.
#   window.png       first run: the sample claim, its first contradiction open
#   search.png       the sample archive searched for an Arabic word and a year (the query shown again under the field, as it reads)
#   sources.png      two versions of one article (docs/demo) side by side
#   differences.png  the same with only the differences shown
set -euo pipefail
bin=${1:?usage: screenshots.sh BINARY}
here=$(cd "$(dirname "$0")" && pwd)
docs=$here/../docs
mkdir -p "$docs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shot NAME STATE [ARGS...]: one picture on a fresh home folder.
shot() {
	local name=$1 state=$2
	shift 2
	HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config CLAIMDIFF_SHOW=$state \
		"$here/xrun.sh" "$tmp/$name.png" "${SHOT_SECONDS:-8}" "$bin" "$@" >/dev/null
	# Drop metadata (dates) so an unchanged window gives an unchanged file.
	convert "$tmp/$name.png" -strip "$docs/$name.png"
	echo "docs/$name.png"
}

mkdir -p "$tmp/home"
shot window ""
shot search "search:القوات 2025"

# A claim with two versions of one article: a number and a year changed, a
# denial added, a paragraph moved, one sentence dropped and one added.
demo=$tmp/demo.db
LANG=en_US.UTF-8 "$bin" --db "$demo" import --claim "US forces will withdraw from Iraq" \
	"$docs/demo/article-v1.txt" "$docs/demo/article-v2.txt" >/dev/null 2>&1
shot sources sources --db "$demo"
shot differences only-differences --db "$demo"
