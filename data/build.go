package data

import (
	"runtime/debug"
	"sync"
)

// thisBuild names the build whose engine analyses sources: the commit it was
// built from (with "+changes" when the work tree had uncommitted changes),
// else the module version, else "unknown". Each source stores the build
// that analysed it, so that a claim whose lists an earlier build made is
// shown as such, and re-analysing it (Reanalyse) gives this build's lists.
// Read when first needed, not when a program starts: most commands never
// touch the archive.
var thisBuild = sync.OnceValue(func() string { return buildName(debug.ReadBuildInfo()) })

func buildName(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "unknown"
	}
	var rev string
	var changed bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			changed = s.Value == "true"
		}
	}
	if rev != "" {
		rev = rev[:min(len(rev), 12)]
		if changed {
			rev += "+changes"
		}
		return rev
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return "unknown"
}

// Build names this build's engine as sources store it (Source.AnalysedBy).
func Build() string { return thisBuild() }
