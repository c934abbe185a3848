#!/usr/bin/env bash
# bidi-screenshot.sh [OUT.png]
# Builds the textview demo (app/textview/internal/demo) and saves a screenshot
# of its real window, on a virtual X display, to OUT.png (docs/bidi.png by
# default): the evidence that right-to-left and mixed lines read correctly
# with Fyne's GL driver, not only on the headless test driver.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/bidi.png}
mkdir -p bin "$(dirname "$out")"
go build -tags "$(cat scripts/buildtags)" -o bin/bidi-demo ./app/textview/internal/demo
scripts/xrun.sh "$out" "${BIDI_WAIT:-8}" bin/bidi-demo
# The display has no window manager: the window sits at the top left of a
# larger screen. Keep the window only.
convert "$out" -crop 1180x790+0+0 +repage "$out"
