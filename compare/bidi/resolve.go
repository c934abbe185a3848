package bidi

import (
	"slices"

	ucd "golang.org/x/text/unicode/bidi"
)

// resolveClasses is the algorithm proper, on bidi classes so that the
// class-only conformance file can drive it. brackets holds, per position,
// +id for an opening paired bracket, -id for a closing one and 0 otherwise
// (see bracketID); nil means no brackets. It returns one level per class,
// with L1 applied for a single line, and the paragraph level.
func resolveClasses(classes []ucd.Class, brackets []int32, dir Direction) ([]uint8, uint8) {
	n := len(classes)
	match := matchIsolates(classes)
	var base uint8
	switch dir {
	case RTL:
		base = 1
	case Auto:
		if firstStrong(classes, 0, n, match) == ucd.R {
			base = 1
		}
	}
	levels := make([]uint8, n)
	explicitLevels(classes, match, base, levels)

	// X9: removed characters take no part in the runs. kept lists the
	// others; pos maps a kept character back to its place in kept.
	kept := make([]int32, 0, n)
	pos := make([]int32, n)
	for i, c := range classes {
		pos[i] = -1
		if !isRemoved(c) {
			pos[i] = int32(len(kept))
			kept = append(kept, int32(i))
		}
	}

	r := resolver{classes: classes, brackets: brackets, levels: levels, base: base, types: make([]ucd.Class, 0, len(kept))}
	for _, seq := range isolatingRunSequences(classes, match, levels, kept, pos) {
		r.sequence(seq, kept, pos)
	}

	// Removed characters copy a neighbour's level so that they never split
	// a run in L2 and stay next to the character they were attached to.
	for i, c := range classes {
		if !isRemoved(c) {
			continue
		}
		if i > 0 {
			levels[i] = levels[i-1]
		} else {
			levels[i] = base
			for j := 1; j < n; j++ {
				if !isRemoved(classes[j]) {
					levels[i] = levels[j]
					break
				}
			}
		}
	}

	// L1, with the end of the paragraph as the end of the line.
	trailing := true
	for i := n - 1; i >= 0; i-- {
		switch c := classes[i]; {
		case c == ucd.S || c == ucd.B:
			levels[i] = base
			trailing = true
		case trailing && (c == ucd.WS || isIsolateControl(c) || isRemoved(c)):
			levels[i] = base
		default:
			trailing = false
		}
	}
	return levels, base
}

// explicitLevels applies X1-X8 for isolates: every character gets the
// embedding level it sits in; initiators and PDIs get the outer level.
func explicitLevels(classes []ucd.Class, match []int32, base uint8, levels []uint8) {
	type entry struct {
		level   uint8
		isolate bool
	}
	stack := []entry{{level: base}}
	overflowIsolates, validIsolates := 0, 0
	for i, c := range classes {
		top := stack[len(stack)-1].level
		switch c {
		case ucd.RLI, ucd.LRI, ucd.FSI:
			levels[i] = top
			rtl := c == ucd.RLI
			if c == ucd.FSI {
				end := int(match[i])
				if end < 0 {
					end = len(classes)
				}
				rtl = firstStrong(classes, i+1, end, match) == ucd.R
			}
			next := (top + 2) &^ 1
			if rtl {
				next = (top + 1) | 1
			}
			if next <= maxDepth && overflowIsolates == 0 {
				validIsolates++
				stack = append(stack, entry{level: next, isolate: true})
			} else {
				overflowIsolates++
			}
		case ucd.PDI:
			if overflowIsolates > 0 {
				overflowIsolates--
			} else if validIsolates > 0 {
				for !stack[len(stack)-1].isolate {
					stack = stack[:len(stack)-1]
				}
				stack = stack[:len(stack)-1]
				validIsolates--
			}
			levels[i] = stack[len(stack)-1].level
		case ucd.B:
			// X8: a paragraph separator ends every isolate.
			levels[i] = base
			stack = stack[:1]
			overflowIsolates, validIsolates = 0, 0
		default:
			levels[i] = top
		}
	}
}

// isolatingRunSequences splits the kept characters into level runs (BD7)
// and chains the runs an isolate separates (BD13). Each sequence is a list
// of character indices in logical order.
func isolatingRunSequences(classes []ucd.Class, match []int32, levels []uint8, kept, pos []int32) [][]int32 {
	// runOf[k] is the level run that kept[k] belongs to.
	var runs [][2]int32 // [start, end) in kept
	runOf := make([]int32, len(kept))
	for k := 0; k < len(kept); {
		j := k + 1
		for j < len(kept) && levels[kept[j]] == levels[kept[k]] {
			j++
		}
		for m := k; m < j; m++ {
			runOf[m] = int32(len(runs))
		}
		runs = append(runs, [2]int32{int32(k), int32(j)})
		k = j
	}
	used := make([]bool, len(runs))
	var seqs [][]int32
	for ri := range runs {
		if used[ri] {
			continue
		}
		var seq []int32
		for cur := ri; ; {
			used[cur] = true
			seq = append(seq, kept[runs[cur][0]:runs[cur][1]]...)
			last := seq[len(seq)-1]
			if !isIsolateInitiator(classes[last]) || match[last] < 0 {
				break
			}
			// Continue with the run that starts with the matching PDI;
			// when the isolate overflowed the PDI does not start a run.
			pk := pos[match[last]]
			next := int(runOf[pk])
			if runs[next][0] != pk || used[next] {
				break
			}
			cur = next
		}
		seqs = append(seqs, seq)
	}
	return seqs
}

// resolver carries the per-paragraph state of W1-I2.
type resolver struct {
	classes  []ucd.Class
	brackets []int32
	levels   []uint8
	base     uint8
	types    []ucd.Class // scratch: current types of one sequence
}

// strong maps a resolved type to the direction it counts as in N0-N1:
// numbers count as R.
func strong(c ucd.Class) ucd.Class {
	switch c {
	case ucd.L:
		return ucd.L
	case ucd.R, ucd.AL, ucd.EN, ucd.AN:
		return ucd.R
	}
	return ucd.ON
}

func dirOfLevel(l uint8) ucd.Class {
	if l&1 == 1 {
		return ucd.R
	}
	return ucd.L
}

// sequence resolves one isolating run sequence: W1-W7, N0-N2, I1-I2.
func (r *resolver) sequence(seq []int32, kept, pos []int32) {
	level := r.levels[seq[0]]
	prev := r.base
	if k := pos[seq[0]]; k > 0 {
		prev = r.levels[kept[k-1]]
	}
	sos := dirOfLevel(max(level, prev))
	last := seq[len(seq)-1]
	next := r.base
	if k := pos[last]; !isIsolateInitiator(r.classes[last]) && int(k)+1 < len(kept) {
		next = r.levels[kept[k+1]]
	}
	eos := dirOfLevel(max(level, next))

	t := r.types[:0]
	for _, i := range seq {
		t = append(t, r.classes[i])
	}
	r.types = t
	n := len(t)

	// W1: marks take the type of what they follow; after an isolate
	// control they are neutral.
	for i, c := range t {
		if c != ucd.NSM {
			continue
		}
		switch {
		case i == 0:
			t[i] = sos
		case isIsolateControl(t[i-1]):
			t[i] = ucd.ON
		default:
			t[i] = t[i-1]
		}
	}
	// W2, W3: European numbers in Arabic context are Arabic numbers; AL is R.
	lastStrong := sos
	for i, c := range t {
		switch c {
		case ucd.L, ucd.R:
			lastStrong = c
		case ucd.AL:
			lastStrong = c
			t[i] = ucd.R
		case ucd.EN:
			if lastStrong == ucd.AL {
				t[i] = ucd.AN
			}
		}
	}
	// W4: one separator between two numbers of the same kind joins them.
	for i := 1; i+1 < n; i++ {
		a, b := t[i-1], t[i+1]
		switch t[i] {
		case ucd.ES:
			if a == ucd.EN && b == ucd.EN {
				t[i] = ucd.EN
			}
		case ucd.CS:
			if a == b && (a == ucd.EN || a == ucd.AN) {
				t[i] = a
			}
		}
	}
	// W5: terminators next to a European number join it.
	for i := 0; i < n; {
		if t[i] != ucd.ET {
			i++
			continue
		}
		j := i + 1
		for j < n && t[j] == ucd.ET {
			j++
		}
		if (i > 0 && t[i-1] == ucd.EN) || (j < n && t[j] == ucd.EN) {
			for k := i; k < j; k++ {
				t[k] = ucd.EN
			}
		}
		i = j
	}
	// W6, W7.
	lastStrong = sos
	for i, c := range t {
		switch c {
		case ucd.ES, ucd.ET, ucd.CS:
			t[i] = ucd.ON
		case ucd.L, ucd.R:
			lastStrong = c
		case ucd.EN:
			if lastStrong == ucd.L {
				t[i] = ucd.L
			}
		}
	}

	e := dirOfLevel(level)
	if r.brackets != nil {
		r.pairedBrackets(seq, t, sos, e)
	}

	// N1, N2: neutrals between two of the same direction take it, the
	// rest take the embedding direction.
	for i := 0; i < n; {
		if !isNeutral(t[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n && isNeutral(t[j]) {
			j++
		}
		before, after := sos, eos
		if i > 0 {
			before = strong(t[i-1])
		}
		if j < n {
			after = strong(t[j])
		}
		d := e
		if before == after {
			d = before
		}
		for k := i; k < j; k++ {
			t[k] = d
		}
		i = j
	}

	// I1, I2.
	for k, i := range seq {
		switch c := t[k]; {
		case level&1 == 0 && c == ucd.R:
			r.levels[i] = level + 1
		case level&1 == 0 && (c == ucd.AN || c == ucd.EN):
			r.levels[i] = level + 2
		case level&1 == 1 && (c == ucd.L || c == ucd.AN || c == ucd.EN):
			r.levels[i] = level + 1
		}
	}
}

func isNeutral(c ucd.Class) bool {
	switch c {
	case ucd.B, ucd.S, ucd.WS, ucd.ON, ucd.LRI, ucd.RLI, ucd.FSI, ucd.PDI:
		return true
	}
	return false
}

// pairedBrackets applies N0: bracket pairs (BD16) take the embedding
// direction when it occurs inside them, else the opposite direction when
// it occurs inside and also before them.
func (r *resolver) pairedBrackets(seq []int32, t []ucd.Class, sos, e ucd.Class) {
	type opener struct{ id, at int32 }
	var stack []opener
	var pairs [][2]int32
find:
	for k, i := range seq {
		b := r.brackets[i]
		if b == 0 || t[k] != ucd.ON {
			continue
		}
		if b > 0 {
			if len(stack) == maxBracketPairs {
				break find
			}
			stack = append(stack, opener{b, int32(k)})
			continue
		}
		for s := len(stack) - 1; s >= 0; s-- {
			if stack[s].id == -b {
				pairs = append(pairs, [2]int32{stack[s].at, int32(k)})
				stack = stack[:s]
				break
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int32) int { return int(a[0] - b[0]) })

	for _, p := range pairs {
		o, c := int(p[0]), int(p[1])
		inside := ucd.ON
		for k := o + 1; k < c; k++ {
			if d := strong(t[k]); d == e {
				inside = e
				break
			} else if d != ucd.ON {
				inside = d
			}
		}
		d := inside
		switch inside {
		case ucd.ON:
			continue
		case e:
		default:
			before := sos
			for k := o - 1; k >= 0; k-- {
				if s := strong(t[k]); s != ucd.ON {
					before = s
					break
				}
			}
			if before != inside {
				d = e
			}
		}
		t[o], t[c] = d, d
		// Marks that followed a bracket were made neutral by W1; they
		// follow the bracket's new direction.
		for _, b := range [2]int{o, c} {
			for k := b + 1; k < len(t) && r.classes[seq[k]] == ucd.NSM; k++ {
				t[k] = d
			}
		}
	}
}
