package ingest

import (
	"strings"
)

var (
	mdHeading  = lazy(`^ {0,3}#{1,6}(\s+|$)`)
	mdClosing  = lazy(`\s+#+\s*$`)
	mdQuote    = lazy(`^ {0,3}(> ?)+`)
	mdImage    = lazy(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = lazy(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink  = lazy(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef   = lazy(`^ {0,3}\[[^\]]+\]:\s+\S+.*$`)
	mdStrong   = lazy(`(\*\*|__)([^*_\n]+?)(\*\*|__)`)
	mdEmph     = lazy(`(^|[^\w*])\*([^*\s][^*\n]*?)\*`)
	mdEmphU    = lazy(`(^|[^\w_])_([^_\s][^_\n]*?)_($|[^\w_])`)
	mdCode     = lazy("`([^`\n]+)`")
	mdFence    = lazy("^ {0,3}(```|~~~)")
	mdRule     = lazy(`^ {0,3}([-*_] *){3,}$`)
	mdListItem = lazy(`^(\s*)[-*+]\s+`)
)

// StripMarkdown turns Markdown into plain text lightly: heading marks,
// emphasis, inline code marks, quote marks, rules and fences go; links and
// images keep their text; everything else, list numbers included, stays, so
// offsets still point at readable prose.
func StripMarkdown(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := lines[:0]
	for _, line := range lines {
		switch {
		case mdFence.MatchString(line), mdRule.MatchString(line), mdRefDef.MatchString(line):
			continue
		}
		if mdHeading.MatchString(line) {
			line = mdClosing.ReplaceAllString(mdHeading.ReplaceAllString(line, ""), "")
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdListItem.ReplaceAllString(line, "$1")
		line = mdImage.ReplaceAllString(line, "$1")
		line = mdLink.ReplaceAllString(line, "$1")
		line = mdRefLink.ReplaceAllString(line, "$1")
		line = mdCode.ReplaceAllString(line, "$1")
		line = mdStrong.ReplaceAllString(line, "$2")
		line = mdEmph.ReplaceAllString(line, "$1$2")
		line = mdEmphU.ReplaceAllString(line, "$1$2$3")
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
