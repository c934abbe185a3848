package compare

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"unicode/utf8"
)

// AppendIndented appends j to b as JSON, byte for byte what a json.Encoder
// with SetIndent("", "  ") and SetEscapeHTML(false) writes (its final
// newline included). The compare command writes its output with it: the
// reflection and the second indenting pass of encoding/json took longer
// than the whole comparison's diff stage.
func (j *ComparisonJSON) AppendIndented(b []byte) []byte {
	w := jsonWriter{b: slices.Grow(b, j.sizeHint())}
	w.open('{')
	w.key("version")
	w.int(j.Version)
	w.key("a")
	w.document(&j.A)
	w.key("b")
	w.document(&j.B)
	w.key("ignore")
	if j.Ignore == nil {
		w.null()
	} else {
		w.open('[')
		for _, s := range j.Ignore {
			w.elem()
			w.str(s)
		}
		w.close(']', len(j.Ignore))
	}
	w.key("pairs")
	if j.Pairs == nil {
		w.null()
	} else {
		w.open('[')
		w.pairs(j.Pairs)
		w.close(']', len(j.Pairs))
	}
	w.key("only_a")
	w.statements(j.OnlyA)
	w.key("only_b")
	w.statements(j.OnlyB)
	w.close('}', 1)
	return append(w.b, '\n')
}

// jsonSplitMin is the least number of pairs in each half for AppendIndented
// to write the two halves of the pairs side by side.
const jsonSplitMin = 64

// pairs writes the elements of the pairs array. A long array is written in
// two halves at once, the second into its own buffer that is then
// appended: the same bytes, in about half the time on two cores.
func (w *jsonWriter) pairs(ps []PairJSON) {
	half := len(ps) / 2
	if half < jsonSplitMin || runtime.GOMAXPROCS(0) < 2 {
		for i := range ps {
			w.elem()
			w.pair(&ps[i])
		}
		return
	}
	done := make(chan []byte)
	depth := w.depth // read before the first half changes it
	go func() {
		// After the first half: every element takes a comma.
		w2 := jsonWriter{b: make([]byte, 0, pairsSize(ps[half:])), depth: depth}
		for i := range ps[half:] {
			w2.elem()
			w2.pair(&ps[half+i])
		}
		done <- w2.b
	}()
	for i := range ps[:half] {
		w.elem()
		w.pair(&ps[i])
	}
	w.b = append(w.b, <-done...)
	w.first = false
}

// sizeHint is about the length of j's indented JSON, a little over: the
// output is allocated once instead of growing (and being copied) a dozen
// times.
func (j *ComparisonJSON) sizeHint() int {
	n := 1024 + len(j.A.Name) + len(j.B.Name) + pairsSize(j.Pairs)
	for _, ss := range [2][]StatementJSON{j.OnlyA, j.OnlyB} {
		for i := range ss {
			n += perStatement + len(ss[i].Text) + len(ss[i].Speaker) + len(ss[i].Channel) + len(ss[i].Quote) + len(ss[i].Role)
		}
	}
	return n
}

// Rough sizes of the fixed parts of the JSON, keys and indentation.
const perStatement, perPair, perSegment, perReason = 320, 200, 90, 200

// pairsSize is sizeHint's estimate for the elements of a pairs array.
func pairsSize(ps []PairJSON) int {
	n := 0
	for i := range ps {
		p := &ps[i]
		n += perPair + 2*perStatement + len(p.A.Text) + len(p.B.Text) + len(p.A.Speaker) + len(p.B.Speaker) +
			len(p.A.Channel) + len(p.B.Channel) + len(p.A.Quote) + len(p.B.Quote) + len(p.A.Role) + len(p.B.Role)
		for _, s := range p.Diff {
			n += perSegment + len(s.A) + len(s.B)
		}
		for _, r := range p.Reasons {
			n += perReason + len(r.A) + len(r.B) + len(r.Detail) + len(r.Kind)
		}
	}
	return n
}

// jsonWriter writes indented JSON in one pass. first is true right after
// an opening bracket, when the next member needs no comma.
type jsonWriter struct {
	b     []byte
	depth int
	first bool
}

func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.first = true
}

// close ends an object or array of n members; an empty one stays on its
// line, as "[]".
func (w *jsonWriter) close(c byte, n int) {
	w.depth--
	if n > 0 {
		w.newline()
	}
	w.b = append(w.b, c)
	w.first = false
}

// elem starts an array element.
func (w *jsonWriter) elem() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

// key starts an object member; k needs no escaping.
func (w *jsonWriter) key(k string) {
	w.elem()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float writes f as encoding/json does: ES6 number formatting. NaN and
// infinities, which encoding/json refuses, are written as null.
func (w *jsonWriter) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.null()
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' { // e-09 is written e-9
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// str writes s quoted and escaped as encoding/json does without HTML
// escaping: control bytes, quote and backslash escaped, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 as \u2028 and \u2029.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

func (w *jsonWriter) document(d *DocumentJSON) {
	w.open('{')
	w.key("name")
	w.str(d.Name)
	w.key("lang")
	w.str(d.Lang)
	w.key("runes")
	w.int(d.Runes)
	w.key("statements")
	w.int(d.Statements)
	w.close('}', 1)
}

func (w *jsonWriter) statement(s *StatementJSON) {
	w.open('{')
	w.key("index")
	w.int(s.Index)
	w.key("text")
	w.str(s.Text)
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	w.key("speaker")
	w.str(s.Speaker)
	w.key("speaker_kind")
	w.str(s.SpeakerKind)
	w.key("role")
	w.str(s.Role)
	w.key("carried")
	w.bool(s.Carried)
	w.key("cue")
	w.str(s.Cue)
	w.key("channel")
	w.str(s.Channel)
	w.key("quote")
	w.str(s.Quote)
	w.key("direct")
	w.bool(s.Direct)
	w.close('}', 1)
}

func (w *jsonWriter) statements(ss []StatementJSON) {
	if ss == nil {
		w.null()
		return
	}
	w.open('[')
	for i := range ss {
		w.elem()
		w.statement(&ss[i])
	}
	w.close(']', len(ss))
}

func (w *jsonWriter) pair(p *PairJSON) {
	w.open('{')
	w.key("a")
	w.statement(&p.A)
	w.key("b")
	w.statement(&p.B)
	w.key("moved")
	w.bool(p.Moved)
	w.key("similarity")
	w.float(p.Similarity)
	w.key("relation")
	w.str(p.Relation)
	w.key("confidence")
	w.float(p.Confidence)
	w.key("reasons")
	if p.Reasons == nil {
		w.null()
	} else {
		w.open('[')
		for i := range p.Reasons {
			w.elem()
			w.reason(&p.Reasons[i])
		}
		w.close(']', len(p.Reasons))
	}
	w.key("diff")
	if p.Diff == nil {
		w.null()
	} else {
		w.open('[')
		for _, s := range p.Diff {
			w.elem()
			w.open('{')
			w.key("op")
			w.str(s.Op)
			w.key("a")
			w.str(s.A)
			w.key("b")
			w.str(s.B)
			w.close('}', 1)
		}
		w.close(']', len(p.Diff))
	}
	w.close('}', 1)
}

func (w *jsonWriter) reason(r *ReasonJSON) {
	w.open('{')
	w.key("kind")
	w.str(r.Kind)
	w.key("a")
	w.str(r.A)
	w.key("b")
	w.str(r.B)
	w.key("a_start")
	w.int(r.AStart)
	w.key("a_end")
	w.int(r.AEnd)
	w.key("b_start")
	w.int(r.BStart)
	w.key("b_end")
	w.int(r.BEnd)
	w.key("detail")
	w.str(r.Detail)
	w.close('}', 1)
}
