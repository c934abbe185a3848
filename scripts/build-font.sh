#!/usr/bin/env bash
# build-font.sh: rebuilds assets/fonts/ClaimdiffSans-{Regular,Bold}.ttf, the
# app's one text font, from Noto Sans (Latin, Greek, Cyrillic) and Noto Sans
# Arabic with fontTools' merger (pyftmerge). Run it after updating either
# source font; it needs fontTools (Debian: apt-get install python3-fonttools).
#
# Why one font: a Fyne theme has one font per text style, so Arabic and Latin
# letters come from one face only when that face has both. Drawn from one
# face, every run of a mixed line shares one ascent, one baseline and one
# line height.
#
# Choices, kept here so a rebuild gives the same font:
#   - Noto Sans goes first, so characters both fonts have (space, digits,
#     . , : ! - « ») map to its glyphs; the merger adds a 'locl' lookup that
#     gives Arabic-script runs the Arabic font's own versions, as the Arabic
#     font alone would.
#   - Vertical metrics are the larger of the two (the Arabic ones), in hhea,
#     OS/2 typo and OS/2 win alike, so the line fits the Arabic marks.
#   - Hinting is dropped: Fyne rasterises outlines unhinted, and the
#     instructions are a third of the file.
#   - The name is "Claimdiff Sans": the merge is a Modified Version under the
#     SIL Open Font License, which the fonts/OFL.txt notice covers. Noto
#     declares no Reserved Font Name; the new name keeps clear of it anyway.
#
# Sources: assets/fonts/NotoSans-*.ttf and NotoSansArabic-*.ttf when present,
# else Debian's fonts-noto-core (override with LATIN_DIR / ARABIC_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/fonts
sys=/usr/share/fonts/truetype/noto
pick() { if [ -f "$out/$1" ]; then echo "$out"; else echo "$sys"; fi; }
latin=${LATIN_DIR:-$(pick NotoSans-Regular.ttf)}
arabic=${ARABIC_DIR:-$(pick NotoSansArabic-Regular.ttf)}

# The Debian python has fontTools; a pyenv or venv python on PATH may not.
py=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import fontTools.merge' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	echo "build-font.sh: fontTools is missing (apt-get install python3-fonttools)" >&2
	exit 1
fi

for weight in Regular Bold; do
	"$py" - "$latin/NotoSans-$weight.ttf" "$arabic/NotoSansArabic-$weight.ttf" \
		"$out/ClaimdiffSans-$weight.ttf" "$weight" <<'EOF'
import sys
from fontTools import merge, subset
from fontTools.ttLib import TTFont

latin_path, arabic_path, out_path, weight = sys.argv[1:]
srcs = [TTFont(latin_path), TTFont(arabic_path)]
for f in srcs:
    assert f["head"].unitsPerEm == 1000, "both fonts must be 1000 units per em"

font = merge.Merger(options=merge.Options(drop_tables=["DSIG"])).merge([latin_path, arabic_path])

# One set of vertical metrics, the larger of the sources, everywhere.
asc = max(f["hhea"].ascent for f in srcs)
desc = min(f["hhea"].descent for f in srcs)
os2 = font["OS/2"]
font["hhea"].ascent, font["hhea"].descent, font["hhea"].lineGap = asc, desc, 0
os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = asc, desc, 0
os2.usWinAscent = max(f["OS/2"].usWinAscent for f in srcs)
os2.usWinDescent = max(f["OS/2"].usWinDescent for f in srcs)
os2.fsType = 0  # installable, as both sources are

# Drop hinting; keep every glyph, feature and name.
opts = subset.Options()
opts.glyph_names = True
opts.layout_features = ["*"]
opts.layout_scripts = ["*"]
opts.name_IDs = ["*"]
opts.name_languages = ["*"]
opts.notdef_outline = True
opts.hinting = False
opts.drop_tables = ["DSIG"]
sub = subset.Subsetter(opts)
sub.populate(glyphs=font.getGlyphOrder())
sub.subset(font)

# Names: the merged font is a Modified Version and takes a name of its own.
def copyright_of(f):
    return f["name"].getDebugName(0) or ""

family = "Claimdiff Sans"
version = "Version 1.000; merged from %s (%s) and %s (%s)" % (
    srcs[0]["name"].getDebugName(4), srcs[0]["name"].getDebugName(5).split(";")[0],
    srcs[1]["name"].getDebugName(4), srcs[1]["name"].getDebugName(5).split(";")[0])
notice = copyright_of(srcs[1])
if copyright_of(srcs[0]) not in notice:
    notice = copyright_of(srcs[0]) + " " + notice
names = {
    0: notice,
    1: family,
    2: weight,
    3: "1.000;CLAIMDIFF;ClaimdiffSans-" + weight,
    4: family + ("" if weight == "Regular" else " " + weight),
    5: version,
    6: "ClaimdiffSans-" + weight,
    10: "Noto Sans and Noto Sans Arabic merged into one font for Claimdiff.",
    13: srcs[0]["name"].getDebugName(13) or "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
    14: srcs[0]["name"].getDebugName(14) or "https://openfontlicense.org",
}
name = font["name"]
# Keep no record of the source names (family, trademark, designer): only ours.
name.names = []
for nid, s in names.items():
    name.setName(s, nid, 3, 1, 0x409)
    name.setName(s, nid, 1, 0, 0)

# The same sources give the same bytes: date the font by its sources, not
# by the clock.
stamp = max(f["head"].modified for f in srcs)
font["head"].created = font["head"].modified = stamp
font.recalcTimestamp = False
font.save(out_path)
print(out_path, len(font.getGlyphOrder()), "glyphs")
EOF
done
