package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// This file is the only place that calls the engine, so that what the
// archive stores is exactly the engine's output.

// Stances of a statement toward its claim's title, as the engine names
// them (relation.Stance).
const (
	StanceAffirms = "affirms"
	StanceDenies  = "denies"
	StanceNeutral = "neutral"
)

// Relations kept between statements of different sources.
const (
	RelContradicts = "contradicts"
	RelAgrees      = "agrees"
)

type analysis struct {
	lang  string
	stmts []Statement
	body  string // search keys of the whole text
}

// ErrEngine: the comparison engine failed on a text (a bug in the engine);
// the import is refused rather than stored half analysed.
var ErrEngine = errors.New("the comparison engine failed on this text")

// safeAnalyze is analyze with an engine panic turned into ErrEngine, so that
// one bad text cannot take the window down.
func safeAnalyze(text, title string) (a analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%v); please report it with the file", ErrEngine, r)
		}
	}()
	return analyze(text, title), nil
}

// analyze parses text and extracts its statements with their stance toward
// title and their search keys.
func analyze(text, title string) analysis {
	doc := compare.Parse(text)
	sts := compare.Statements(doc)
	out := analysis{lang: doc.Lang(), stmts: make([]Statement, 0, len(sts))}
	keys := map[string]string{} // words repeat: fold each once
	para := 0
	for i, st := range sts {
		for para+1 < len(doc.Paragraphs) && doc.Paragraphs[para].End <= st.Start {
			para++
		}
		lang := ""
		if len(doc.Paragraphs) > 0 {
			lang = doc.Paragraphs[para].Lang
		}
		facts, err := json.Marshal(st.Facts)
		if err != nil {
			facts = []byte("{}")
		}
		s := Statement{
			Seq: i, Start: st.Start, End: st.End, Text: st.Text,
			Lang:        lang,
			Speaker:     st.Speaker.Text,
			SpeakerKind: st.SpeakerKind.String(),
			Cue:         st.Cue.Text,
			Quote:       st.Direct,
			Channel:     st.Channel.Text,
			Facts:       facts,
			norm:        normWith(st.Text, keys),
		}
		out.stmts = append(out.stmts, s)
	}
	parallel(len(out.stmts), func(i int) {
		s := &out.stmts[i]
		s.Stance, s.StanceConfidence = stance(s.Text, title)
	})
	out.body = normWith(text, keys)
	return out
}

// stance is the statement's position toward the claim's title.
func stance(statement, title string) (st string, conf float64) {
	defer func() {
		if recover() != nil { // an engine bug on one statement: no stance
			st, conf = StanceNeutral, 0
		}
	}()
	if strings.TrimSpace(title) == "" {
		return StanceNeutral, 0
	}
	r := relation.StanceOf(statement, title)
	return r.Stance.String(), r.Confidence
}

// classify is the engine's relation between two statements; only
// contradictions and agreements are kept.
func classify(a, b string) (rel string, conf float64, reasons []Reason, keep bool) {
	defer func() {
		if recover() != nil { // an engine bug on one pair: the pair is not kept
			rel, conf, reasons, keep = "", 0, nil, false
		}
	}()
	r := relation.Classify(a, b)
	switch r.Label {
	case relation.Contradicts:
		rel = RelContradicts
	case relation.Agrees:
		rel = RelAgrees
	default:
		return "", 0, nil, false
	}
	reasons = make([]Reason, len(r.Reasons))
	for i, x := range r.Reasons {
		reasons[i] = Reason{Kind: x.Kind, A: x.A, B: x.B, AStart: x.AStart, AEnd: x.AEnd, BStart: x.BStart, BEnd: x.BEnd, Detail: x.Detail}
	}
	return rel, r.Confidence, reasons, true
}

// searchKey is the form a word is indexed and searched under: the engine's
// key (normalised, lightly stemmed) with a final Arabic alef dropped so that
// أمريكا meets أمريكي and أمريكية, and with anything FTS5's tokenizer would
// split on removed, so that each word stays exactly one index token.
func searchKey(word string) string {
	k := textnorm.Key(word)
	if strings.HasSuffix(k, "ا") && len([]rune(k)) >= 5 {
		k = strings.TrimSuffix(k, "ا")
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}, k)
}

// words calls fn for each word of s (runs of word runes) with its rune
// offsets.
func words(s string, fn func(w string, start, end int)) {
	start, pos := -1, 0
	byteStart := 0
	for i, r := range s {
		if textnorm.IsWordRune(r) {
			if start < 0 {
				start, byteStart = pos, i
			}
		} else if start >= 0 {
			fn(s[byteStart:i], start, pos)
			start = -1
		}
		pos++
	}
	if start >= 0 {
		fn(s[byteStart:], start, pos)
	}
}

// searchNorm is the indexed copy of s: one key per word, space separated.
func searchNorm(s string) string { return normWith(s, nil) }

// normWith is searchNorm with a cache of word keys (nil for none).
func normWith(s string, cache map[string]string) string {
	var b strings.Builder
	b.Grow(len(s))
	words(s, func(w string, _, _ int) {
		k, ok := cache[w]
		if !ok {
			k = searchKey(w)
			if cache != nil {
				cache[w] = k
			}
		}
		if k != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(k)
		}
	})
	return b.String()
}
