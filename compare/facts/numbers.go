package facts

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// count is a cardinal read from digits or from number words.
type count struct {
	val     float64
	end     int // token after the count
	rs, re  int // rune span
	words   bool
	sep     bool // thousands separator or decimal point
	digits  int  // digits of the integer part, for digit counts
	ordinal bool // "3rd"
	unit    string
	// mant/div is val before a scale word: kept apart so that 8.2 million
	// is 82e6/10 = 8200000 exactly, not 8.2*1e6.
	mant, div float64
}

// scale multiplies a digit count by a scale word.
func (c *count) scale(v float64) {
	c.mant *= v
	c.val = c.mant / c.div
}

func atof(digits string) float64 {
	v := 0.0
	for i := 0; i < len(digits); i++ {
		v = v*10 + float64(digits[i]-'0')
	}
	return v
}

func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// decimalComma reports a comma at token j, after the digits at token i,
// used as a decimal point, as in the Maghreb's French-style figures: "فائض
// بـ4,2 مليار دولار", "22,4 مليار". Glued on both sides to digits, one or
// two of them after it (three would group thousands), and no further comma
// and digits on either side ("1,2,3" is a list).
func (s *scanner) decimalComma(i, j int) bool {
	if !s.gluedPunct(j, ",") || !s.gluedDigits(j+1) || len(s.toks[j+1].norm) > 2 {
		return false
	}
	listed := s.gluedPunct(j+2, ",") && s.gluedDigits(j+3) || s.toks[i].glued && i >= 2 && s.gluedPunct(i-1, ",") && s.toks[i-2].kind == tDigits
	return !listed
}

func (s *scanner) gluedDigits(i int) bool {
	return i < len(s.toks) && s.toks[i].kind == tDigits && s.toks[i].glued
}

// digitCount reads "2500", "2,500", "٢٬٥٠٠", "2.5", "٢٫٥", "4,2" (a decimal
// comma: decimalComma), "3rd", "2.5bn" starting at digit token i. A dot is
// always a decimal point: Arabic text does not use it to group thousands.
func (s *scanner) digitCount(i int) count {
	t := &s.toks[i]
	c := count{rs: t.rs, val: atof(t.norm), digits: len(t.norm)}
	j := i + 1
	if len(t.norm) <= 3 {
		for s.gluedPunct(j, ",٬") && s.gluedDigits(j+1) && len(s.toks[j+1].norm) == 3 {
			c.val = c.val*1000 + atof(s.toks[j+1].norm)
			c.digits += 3
			c.sep = true
			j += 2
		}
	}
	c.mant, c.div = c.val, 1
	if s.gluedPunct(j, ".٫") && s.gluedDigits(j+1) || !c.sep && s.decimalComma(i, j) {
		f := s.toks[j+1].norm
		c.div = pow10(len(f))
		c.mant = c.val*c.div + atof(f)
		c.val = c.mant / c.div
		c.sep = true
		j += 2
	}
	if j < len(s.toks) && s.toks[j].kind == tWord && s.toks[j].glued && s.toks[j].latin {
		suf := s.toks[j].norm
		switch {
		case !c.sep && isDigitOrdinal(suf):
			c.ordinal = true
		case digitScales[suf] > 0:
			c.scale(digitScales[suf])
		default:
			c.unit = textnorm.Stem(suf)
		}
		j++
	}
	c.end = j
	c.re = s.toks[j-1].re
	return c
}

func isDigitOrdinal(s string) bool {
	for _, o := range digitOrdinals {
		if s == o {
			return true
		}
	}
	return false
}

// latinBefore reports a digit run that is part of a name: "F16", "F-16",
// "COVID-19", "أس-300". A currency's code glued to an amount ("JD310
// million", "KD5 billion") is no name: the digits are the amount.
func (s *scanner) latinBefore(i int) bool {
	if !s.toks[i].glued || i == 0 {
		return false
	}
	p := &s.toks[i-1]
	if p.kind == tWord && p.latin {
		return !s.currencyCode(i - 1)
	}
	if p.norm != "-" || i < 2 || !p.glued || s.toks[i-2].kind != tWord {
		return false
	}
	in := s.toks[i-2].info
	return in == nil || in.pos == "" // "mid-2014" is a date
}

type chainKind uint8

const (
	chainNumber chainKind = iota
	chainDate
	chainJunk // phone numbers, codes, versions: neither a count nor a date
)

// digitChain classifies digits joined by "/", "-" or "." with no spaces:
// "6/9/2025" and "2025-09-06" are dates, "+963 11 234" and "0933 123 456"
// are phone numbers. It returns the token after the chain and, for a date,
// its fields.
func (s *scanner) digitChain(i int) (k chainKind, end int, y, m, d int) {
	var parts [4]string
	np := 1
	parts[0] = s.toks[i].norm
	j := i + 1
	var sep string
	for np < len(parts) && s.gluedPunct(j, "/-.") && s.gluedDigits(j+1) {
		if sep == "" {
			sep = s.toks[j].norm
		} else if sep != s.toks[j].norm {
			sep = "mixed"
		}
		parts[np] = s.toks[j+1].norm
		np++
		j += 2
	}
	p0 := parts[0]
	plus := i > 0 && s.toks[i].glued && s.toks[i-1].norm == "+"
	phone := plus || len(p0) >= 8 || (len(p0) >= 3 && p0[0] == '0')
	switch {
	case np >= 3 && !phone && sep != "mixed":
		a, b, c := int(atof(parts[0])), int(atof(parts[1])), int(atof(parts[2]))
		if np == 3 && len(parts[0]) == 4 && validDate(a, b, c) {
			return chainDate, j, a, b, c
		}
		if np == 3 && len(parts[2]) == 4 {
			if validDate(c, b, a) {
				return chainDate, j, c, b, a
			}
			if validDate(c, a, b) { // American month first
				return chainDate, j, c, a, b
			}
		}
		return chainJunk, j, 0, 0, 0
	case np == 2 && sep == "/" && !phone:
		a, b := int(atof(parts[0])), int(atof(parts[1]))
		if len(parts[1]) == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100 {
			return chainDate, j, b, a, 0
		}
		return chainJunk, j, 0, 0, 0
	case phone || np >= 3:
		// Swallow the groups of a phone number written with spaces.
		for j < len(s.toks) && s.toks[j].kind == tDigits {
			j++
			for s.gluedPunct(j, "-") && s.gluedDigits(j+1) {
				j += 2
			}
		}
		return chainJunk, j, 0, 0, 0
	}
	return chainNumber, i, 0, 0, 0
}

func validDate(y, m, d int) bool {
	return y >= 1000 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// term is one number word at token j. first allows a proclitic other than
// the conjunction و ("بثلاثة"); the conjunction itself is reported in conj.
func (s *scanner) term(j int, first bool) (v float64, k numKind, conj bool, ok bool) {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return 0, nNone, false, false
	}
	t := &s.toks[j]
	if t.info != nil && t.info.numK != nNone {
		return t.info.num, t.info.numK, false, true
	}
	if t.cinfo != nil && t.cinfo.numK != nNone && !t.cinfo.definite {
		if t.clitic == 'و' && firstRune(t.norm) == 'و' {
			return t.cinfo.num, t.cinfo.numK, true, true
		}
		if first {
			return t.cinfo.num, t.cinfo.numK, false, true
		}
	}
	return 0, nNone, false, false
}

// nounAt reports whether token j is an Arabic word that may be what a
// dual in construct counts: no number word, no function word or
// preposition ("حشد مليوني في المسيرة"), and not "من".
func (s *scanner) nounAt(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].latin || s.toks[j].glued || s.toks[j].norm == "من" {
		return false
	}
	in := s.word(j, true)
	return in == nil || in.numK == nNone && in.vague == 0 && !in.stop && in.prep == ""
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func magnitude(k numKind, v float64) float64 {
	switch k {
	case nUnit, nPreTen:
		return 1
	case nTen, nTeen, nTens, nDozen:
		return 10
	case nHundred, nHundreds:
		return 100
	case nScaled:
		return v / 2
	}
	return v
}

func (s *scanner) isTen(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].latin {
		return false
	}
	in := s.toks[j].info
	return in != nil && in.numK == nTen
}

// wordCount reads a spelled-out cardinal: "two thousand five hundred",
// "twenty-five", "a dozen", "ألفين وخمسمئة", "ثلاثة عشر", "خمسة وعشرون ألفا".
// Arabic parts join with و only in the order the grammar allows (units before
// tens, larger before smaller), so "بين ثلاثة وخمسة" stays two numbers.
func (s *scanner) wordCount(i int) (count, bool) {
	var c count
	t := &s.toks[i]
	latin := t.latin
	var total, cur, lastMag float64
	var lastK numKind
	j := i
	if in := s.word(i, true); in != nil && in.half {
		// "نصف مليون", "half a million", "half a dozen".
		k := i + 1
		if latin && s.is(k, "a") {
			k++
		}
		v, kk, _, ok := s.term(k, false)
		if !ok || kk != nScale && kk != nDozen || (s.toks[k].info != nil && s.toks[k].info.vague > 0) {
			return c, false
		}
		c.rs, c.re, c.end, c.val, c.words = t.rs, s.toks[k].re, k+1, v/2, true
		if t.info == nil {
			c.rs = s.clitStart(t)
		}
		return c, true
	}
	if latin && (t.norm == "a" || t.norm == "an") {
		_, k, _, ok := s.term(i+1, false)
		if !ok || (k != nHundred && k != nScale && k != nDozen) {
			return c, false
		}
		cur, lastMag, lastK = 1, 1, nUnit
		j = i + 1
		c.rs = t.rs
	} else if in := s.word(i, true); in != nil && in.pair > 0 && s.nounAt(i+1) {
		// "مليونا شخص", "بمليوني دولار": two million, before the noun.
		c.rs = t.rs
		if t.info == nil {
			c.rs = s.clitStart(t)
		}
		total, lastMag, lastK = in.pair, in.pair/2, nScaled
		j = i + 1
	} else {
		v, k, _, ok := s.term(i, true)
		if !ok {
			return c, false
		}
		c.rs = t.rs
		if t.info == nil || t.info.numK == nNone {
			c.rs = s.clitStart(t)
		}
		switch k {
		case nPreTen:
			if s.isTen(i + 1) {
				cur, lastMag, lastK = v+10, 10, nTeen
				j = i + 2
				break
			}
			// "إحدى وأربعين", "أحد وعشرون": one before a tens joined
			// by و is a unit, as "واحد وعشرين" is.
			if _, k, conj, ok := s.term(i+1, false); v != 1 || !ok || !conj || k != nTens {
				return c, false
			}
			cur, lastMag, lastK = v, 1, nUnit
			j = i + 1
		case nScale:
			// "آلاف" and "ملايين" alone are vague, not 1000.
			if t.info != nil && t.info.vague > 0 {
				return c, false
			}
			total, lastMag, lastK = v, v, nScale
			j = i + 1
		case nScaled:
			total, lastMag, lastK = v, v/2, nScaled
			j = i + 1
		case nDozen:
			cur, lastMag, lastK = 12, 10, nDozen
			j = i + 1
		default:
			cur, lastMag, lastK = v, magnitude(k, v), k
			j = i + 1
			if !latin && k == nUnit && s.isTen(j) {
				cur, lastMag, lastK = v+10, 10, nTeen
				j++
			}
		}
	}
	for j < len(s.toks) {
		tj := &s.toks[j]
		next, conj := j, false
		switch {
		case latin && tj.norm == "-" && tj.glued && lastK == nTens:
			next = j + 1
			if next >= len(s.toks) || !s.toks[next].glued {
				next = -1
			}
		case latin && tj.norm == "and":
			next, conj = j+1, true
		case !latin && tj.norm == "و":
			next, conj = j+1, true
		}
		if next < 0 {
			break
		}
		if conj && !latin && (lastK == nScale || lastK == nScaled) && cur == 0 {
			if r, ok := s.andDigits(j, lastMag); ok {
				// "مليوناً و860 ألف ناخب": a million, and the digits
				// of what is left, 1,860,000.
				total += r.val
				j = r.end
				break
			}
		}
		v, k, cconj, ok := s.term(next, false)
		if !ok || k == nScaled || k == nPreTen {
			break
		}
		if cconj {
			if conj {
				break
			}
			conj = true
		}
		if s.toks[next].latin != latin {
			break
		}
		accepted := true
		switch {
		case conj && !latin && (lastK == nUnit || lastK == nTen) && k == nTens && cur < 11 && lastMag == 1:
			cur += v
			lastMag, lastK = 10, nTens
		case conj && k < nScale && k != nDozen && lastMag >= 100 && v < lastMag:
			cur += v
			lastMag, lastK = magnitude(k, v), k
		case conj:
			accepted = false
		case k == nHundred && cur >= 1 && cur < 100 && lastMag < 100:
			cur *= 100
			lastMag, lastK = 100, nHundred
		case k == nScale && v > lastMag && (cur > 0 || total == 0):
			if t := &s.toks[next]; t.info != nil && t.info.vague > 0 && cur == 0 {
				accepted = false
				break
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * v
			cur = 0
			lastMag, lastK = v, nScale
		case k == nDozen && lastK == nUnit:
			cur *= 12
			lastMag, lastK = 10, nDozen
		case latin && lastK == nTens && k == nUnit:
			cur += v
			lastMag, lastK = 1, nUnit
		case !latin && lastK == nUnit && k == nTen && cur < 10:
			cur += 10
			lastMag, lastK = 10, nTeen
		case latin && lastMag >= 100 && v < lastMag && k != nDozen:
			cur += v
			lastMag, lastK = magnitude(k, v), k
		default:
			accepted = false
		}
		if !accepted {
			break
		}
		j = next + 1
	}
	c.val = total + cur
	c.end = j
	c.re = s.toks[j-1].re
	c.words = true
	return c, true
}

// andDigits reads the rest of an Arabic amount after its larger scale of
// magnitude mag: "و" at token j, then digits, with their own scale word or
// none, worth less than mag. "مليوناً و860 ألف" is 1,860,000 and "3 آلاف
// و500" 3,500; "مليون و3 ملايين" is no amount.
func (s *scanner) andDigits(j int, mag float64) (count, bool) {
	if !s.is(j, "و") || j+1 >= len(s.toks) || s.toks[j+1].kind != tDigits || s.latinBefore(j+1) {
		return count{}, false
	}
	c := s.digitCount(j + 1)
	if c.ordinal || c.unit != "" {
		return count{}, false
	}
	if v, k, _, ok := s.term(c.end, false); ok && (k == nScale || k == nHundred) {
		if k == nScale && v >= mag {
			return count{}, false
		}
		c.scale(v)
		c.re = s.toks[c.end].re
		c.end++
	}
	if c.val <= 0 || c.val >= mag {
		return count{}, false
	}
	return c, true
}

// count reads digits (with a following scale word: "2.5 million", "3
// آلاف") or number words at token i.
func (s *scanner) count(i int) (count, bool) {
	t := &s.toks[i]
	if t.kind == tDigits {
		if s.latinBefore(i) {
			return count{}, false
		}
		c := s.digitCount(i)
		if c.ordinal || c.unit != "" {
			return c, true
		}
		at := c.end
		hyphen := s.gluedPunct(at, "-") && at+1 < len(s.toks) && s.toks[at+1].glued && s.toks[at+1].latin
		if hyphen {
			at++ // "a 5.5-billion-dinar loan"
		}
		if v, k, _, ok := s.term(at, false); ok && (k == nScale || k == nHundred) {
			c.scale(v)
			c.re = s.toks[at].re
			c.end = at + 1
			if hyphen && s.gluedPunct(c.end, "-") && c.end+1 < len(s.toks) && s.toks[c.end+1].glued {
				if u := s.unitAt(c.end+1, true); u != "" {
					c.unit = u // its noun past the second hyphen
				}
			}
			if r, ok := s.andDigits(c.end, v); ok {
				// "2 مليون و500 ألف": two million five hundred thousand.
				c.mant += r.val * c.div
				c.val = c.mant / c.div
				c.re, c.end = r.re, r.end
			}
		}
		return c, true
	}
	if t.kind != tWord {
		return count{}, false
	}
	if v, rs, k, ok := s.scaleFraction(i); ok {
		return count{val: v, rs: rs, re: s.toks[k].re, end: k + 1, words: true}, true
	}
	if t.info == nil && t.cinfo == nil && !(t.latin && (t.norm == "a" || t.norm == "an")) {
		// In no table, even without a proclitic: wordCount would find no
		// term here. Most words are such, and dates asks at every one.
		return count{}, false
	}
	return s.wordCount(i)
}

// oneExcluded keeps "no one", "the one who", "each one" from being counts.
var oneAfter = map[string]bool{"no": true, "any": true, "every": true, "each": true, "some": true,
	"the": true, "this": true, "that": true, "which": true, "another": true, "someone": true}

// oneOf reports whether the number word at i is "one" as a pronoun rather
// than a count: "no one", "the one", "one another", and "one of the
// deadliest" / "واحدة من أسوأ", which picks one of many and counts nothing.
func (s *scanner) oneOf(i int, t *token) bool {
	switch t.norm {
	case "one":
		return i > 0 && oneAfter[s.toks[i-1].norm] || s.is(i+1, "another") || s.is(i+1, "of")
	case "واحد", "واحده", "واحدا":
		return s.is(i+1, "من")
	}
	return false
}

func (s *scanner) numbers() []Number {
	var out []Number
	var at [][2]int // each number's tokens, half open, for betweenRanges
	s.numEnd = 0
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.used || t.kind == tPunct {
			i++
			continue
		}
		var nb Number
		end := -1
		if t.kind == tDigits {
			if k, e, _, _, _ := s.digitChain(i); k == chainJunk {
				i = e
				continue
			}
			if s.yearSpan(i) || s.label(i) {
				i++
				continue
			}
		}
		e, ok := s.pointFraction(i, &nb)
		if !ok {
			e, ok = s.fraction(i, &nb)
		}
		if ok {
			// "more than half of", "just under a third of", "أكثر من
			// نصف": a share is bounded as a count is.
			s.boundBefore(i, &nb)
			nb.Text = s.runeSpan(nb.Start, nb.End, i, e)
			out = append(out, nb)
			at = append(at, [2]int{i, e})
			s.numEnd = nb.End
			i = e
			continue
		}
		if c, ok := s.count(i); ok && !(c.words && s.oneOf(i, t)) {
			nb.Start, nb.End, nb.Value, nb.Ordinal, nb.Unit = c.rs, c.re, c.val, c.ordinal, c.unit
			end = c.end
			if !c.words && !c.sep && c.val >= 1900 && c.val <= 2100 && c.digits == 4 {
				nb.Year = true
			}
		} else if u, clitic := s.dualCount(i); u != "" {
			nb.Start, nb.End, nb.Value, nb.Unit = t.rs+clitic, t.re, 2, u
			end = i + 1
		} else if in := s.word(i, true); in != nil && in.vague > 0 {
			end = s.vague(i, &nb)
		} else if in != nil && in.ord > 0 && (t.info != nil || t.clitic == 'ل' || t.clitic == 'و' || t.clitic == 'ف') &&
			(i == 0 || s.word(i-1, true) == nil || !s.word(i-1, true).month1) && !primary(s.text[t.bs:t.be]) {
			nb.Start, nb.End, nb.Value, nb.Ordinal = t.rs, t.re, in.ord, true
			if t.info == nil {
				nb.Start = s.clitStart(t)
			}
			end = i + 1
			if in.ord < 10 && s.isTen(end) {
				nb.Value += 10
				nb.End = s.toks[end].re
				end++
			} else if tens := s.ordinalTens(end); in.ord < 10 && tens > 0 {
				nb.Value += tens
				nb.End = s.toks[end].re
				end++
			}
		} else if t.latin && (t.norm == "several" || t.norm == "few") {
			if v, k, _, ok := s.term(i+1, false); ok && (k == nHundred || k == nScale) {
				nb.Start, nb.End, nb.Value, nb.Vague = t.rs, s.toks[i+1].re, v, true
				end = i + 2
			}
		}
		if end < 0 {
			i++
			continue
		}
		end = s.numberTail(i, end, &nb)
		nb.Text = s.runeSpan(nb.Start, nb.End, i, end)
		out = append(out, nb)
		at = append(at, [2]int{i, end})
		s.numEnd = nb.End
		i = end
	}
	return s.betweenRanges(out, at)
}

// betweenRanges joins the two numbers of "between 30 and 45 tonnes", "ما
// بين 30 و45 طناً" into one, the range from the first to the second (To),
// counting what the second counts: each alone is no figure the text
// gives. at holds each number's tokens.
func (s *scanner) betweenRanges(ns []Number, at [][2]int) []Number {
	out := ns[:0]
	for k := 0; k < len(ns); k++ {
		if k+1 < len(ns) && s.between(at[k], at[k+1]) && ns[k].Value < ns[k+1].Value && !ns[k].Ordinal && !ns[k+1].Ordinal {
			x, y := ns[k], ns[k+1]
			// The range's text opens with its "between": "between 30 and
			// 45", "بين 30 و45".
			x.To, x.Start, x.End = y.Value, s.toks[at[k][0]-1].rs, y.End
			x.Text = s.runeSpan(x.Start, y.End, at[k][0]-1, at[k+1][1])
			x.Approx = x.Approx || y.Approx
			x.Percent = x.Percent || y.Percent
			if x.Unit == "" {
				x.Unit = y.Unit
			}
			out = append(out, x)
			k++
			continue
		}
		out = append(out, ns[k])
	}
	return out
}

// between reports two numbers, at the tokens x and y, told as "between x
// and y": "between" or "بين" just before the first, "and" or the clitic و
// between them.
func (s *scanner) between(x, y [2]int) bool {
	if x[0] == 0 || !s.is(x[0]-1, "between") && !s.is(x[0]-1, "بين") {
		return false
	}
	switch {
	case y[0] == x[1]+1:
		return s.is(x[1], "and") || s.is(x[1], "و")
	case y[0] == x[1]:
		return s.toks[y[0]].clitic == 'و'
	}
	return false
}

// dualCount is the noun that the Arabic dual at token i counts two of
// ("قتيلين", two dead: قتيل), after a proclitic too ("وجريحان"); "" for any
// other word, and 1 when a proclitic came first (its rune is not the
// number's). Only nouns whose plural is broken are listed, so that the
// dual is no plural: "مدنيين" may be two civilians or many. "حالتي" and
// "حالتا" count only before the case they are of ("حالتي وفاة"): alone,
// "حالتي" is "my condition".
func (s *scanner) dualCount(i int) (string, int) {
	t := &s.toks[i]
	if t.kind != tWord || t.latin {
		return "", 0
	}
	// Every listed dual ends in ن (ان, ين), ي or ا: most words are
	// none, and need no lookup.
	if last, _ := utf8.DecodeLastRuneInString(t.norm); last != 'ن' && last != 'ي' && last != 'ا' {
		return "", 0
	}
	d := arDuals()
	u, ok := d.counts[t.norm]
	clitic := 0
	if !ok && strings.ContainsRune("وبلف", firstRune(t.norm)) {
		_, w := utf8.DecodeRuneInString(t.norm)
		u, ok = d.counts[t.norm[w:]]
		clitic = 1
	}
	switch {
	case !ok:
		return "", 0
	case u == "":
		// حالتي, حالتا: only before the case.
		if i+1 >= len(s.toks) || !d.cases[s.toks[i+1].norm] {
			return "", 0
		}
		return d.caseUnit, clitic
	}
	return u, clitic
}

// arDuals holds the folded duals of counted nouns and their singular
// (counts; "" for the duals of حالة in construct, which count only before
// one of cases, as caseUnit).
var arDuals = sync.OnceValue(func() (d struct {
	counts   map[string]string
	cases    map[string]bool
	caseUnit string
}) {
	unit := func(w string) string { return textnorm.Stem(textnorm.Normalize(w)) }
	d.counts, d.cases, d.caseUnit = map[string]string{}, map[string]bool{}, unit("حالة")
	for sing, duals := range map[string]string{
		"شخص": "شخصان شخصين", "قتيل": "قتيلان قتيلين", "جريح": "جريحان جريحين", "طفل": "طفلان طفلين",
		"حالة": "حالتان حالتين", "جندي": "جنديان جنديين", "امرأة": "امرأتان امرأتين", "رجل": "رجلان رجلين",
		"شقيق": "شقيقان شقيقين", "صاروخ": "صاروخان صاروخين", "طائرة": "طائرتان طائرتين", "منزل": "منزلان منزلين",
		// Feminine duals (-تان, -تين) are never plurals (-ات); of the
		// masculine, only nouns whose plural is broken (حراس, عناصر):
		// "مسلحين" and "عاملين" are plurals as often.
		"طالبة": "طالبتان طالبتين", "طفلة": "طفلتان طفلتين", "فتاة": "فتاتان فتاتين", "سيدة": "سيدتان سيدتين",
		"ممرضة": "ممرضتان ممرضتين", "شقيقة": "شقيقتان شقيقتين", "حارس": "حارسان حارسين", "عنصر": "عنصران عنصرين",
		"شرطي": "شرطيان شرطيين",
	} {
		for _, w := range strings.Fields(duals) {
			d.counts[textnorm.Normalize(w)] = unit(sing)
		}
	}
	d.counts[textnorm.Normalize("حالتي")], d.counts[textnorm.Normalize("حالتا")] = "", ""
	for _, w := range strings.Fields("وفاة إصابة اختناق تسمم اشتباه") {
		d.cases[textnorm.Normalize(w)] = true
	}
	return d
})

// unitOfWhole is the counted noun of the whole that a part told before
// token j is of: seats for 15 in "15 of 24 seats" or "15 of the 24
// seats", judges for three in "three out of five judges", members for
// thirteen in "Thirteen of the council's 18 members"; "" when none. With
// many, a part of a whole with no number counts the whole's noun too:
// workers for 650 in "650 of its workers".
func (s *scanner) unitOfWhole(j int, many bool) string {
	if j < len(s.toks) && s.toks[j].norm == "out" {
		j++
	}
	if j >= len(s.toks) || s.toks[j].norm != "of" {
		return ""
	}
	j++
	whose := false // "the", "its", "the council's"
	for k := 0; k < 2 && j < len(s.toks) && s.toks[j].latin; k++ {
		if w := s.toks[j].norm; !partDets[w] && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			break
		}
		j, whose = j+1, true
	}
	if j+1 < len(s.toks) && whose && s.toks[j].latin {
		if w := s.word(j, false); w != nil && w.approxB {
			j++ // "1,400 of the plant's roughly 3,200 workers"
		}
	}
	if j < len(s.toks) {
		if c, ok := s.count(j); ok && !c.ordinal {
			if c.unit != "" {
				return c.unit
			}
			return s.unitAt(c.end, true)
		}
		if many && whose && s.toks[j].latin {
			return s.unitAt(j, true)
		}
	}
	return ""
}

// partDets open the whole a part is of: "650 of its workers".
var partDets = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "these": true, "those": true}

// vague reads "hundreds", "مئات", "tens of thousands", "عشرات الآلاف".
func (s *scanner) vague(i int, nb *Number) int {
	t := &s.toks[i]
	in := s.word(i, true)
	nb.Start, nb.End, nb.Value, nb.Vague = t.rs, t.re, in.vague, true
	if t.info == nil {
		nb.Start = s.clitStart(t)
	}
	j := i + 1
	if s.is(j, "of") || s.is(j, "من") {
		j++
	}
	if w := s.word(j, false); w != nil && w.vague >= 1000 && !s.toks[j].used {
		nb.Value *= w.vague
		nb.End = s.toks[j].re
		return j + 1
	}
	return i + 1
}

// BasisPoints is the Unit of a change of a rate told in points: "50 basis
// points", "25 نقطة أساس", "half a percentage point" (50), "ربع نقطة
// مئوية" (25), "0.75 percentage point" (75), all in basis points, so that
// two accounts that tell one cut two ways meet.
const BasisPoints = "basis point"

// points reads the points after a number ending at token end: "basis
// points", "bps", "نقطة أساس" leave it as it is, "percentage points" and
// "نقطة مئوية" make it a hundred times more. It returns the new end, or end
// when no points follow.
func (s *scanner) points(end int, nb *Number) int {
	k, mult := s.pointWords(end)
	if k == end {
		return end
	}
	nb.Value = math.Round(nb.Value*mult*1e6) / 1e6 // 0.35 points are 35, not 35.000000000000004
	nb.Unit = BasisPoints
	nb.End = s.toks[k-1].re
	return k
}

// pointWords matches the words of points at token j: it returns the token
// after them and how many basis points one of them is, or j when none.
func (s *scanner) pointWords(j int) (int, float64) {
	switch {
	case s.is(j, "basis") && (s.is(j+1, "point") || s.is(j+1, "points")):
		return j + 2, 1
	case s.is(j, "bps") || s.is(j, "bp"):
		return j + 1, 1
	case s.is(j, "percentage") && (s.is(j+1, "point") || s.is(j+1, "points")):
		return j + 2, 100
	case (s.is(j, "نقطه") || s.is(j, "نقاط")) && (s.is(j+1, "اساس") || s.is(j+1, "الاساس")):
		return j + 2, 1
	case (s.is(j, "نقطه") || s.is(j, "نقاط")) && s.is(j+1, "مئويه"):
		return j + 2, 100
	}
	return j, 0
}

// pointFraction reads a fraction of a point, a cut or rise of a rate:
// "a quarter of a percentage point", "half a point", "a quarter-point",
// "ربع نقطة مئوية", "نصف نقطة", in basis points.
func (s *scanner) pointFraction(i int, nb *Number) (int, bool) {
	t := &s.toks[i]
	if t.kind != tWord {
		return 0, false
	}
	j := i
	if t.latin && (t.norm == "a" || t.norm == "one") {
		j++
	}
	var v float64
	switch {
	case s.is(j, "quarter") || s.is(j, "ربع"):
		v = 25
	case s.is(j, "half") || s.is(j, "نصف"):
		v = 50
	default:
		return 0, false
	}
	k := j + 1
	if s.is(k, "-") && s.toks[k].glued { // "quarter-point"
		k++
	}
	if s.is(k, "of") {
		k++
	}
	if s.is(k, "a") {
		k++
	}
	// "a percentage point", "نقطة مئوية", or a point alone.
	e, mult := s.pointWords(k)
	switch {
	case e > k && mult == 100:
	case s.is(k, "point") || s.is(k, "نقطه"):
		e = k + 1
	default:
		return 0, false
	}
	nb.Start, nb.End, nb.Value, nb.Unit = t.rs, s.toks[e-1].re, v, BasisPoints
	return e, true
}

// numberTail adds the percent sign, the approximators and the counted noun
// around the number read from tokens [i, end), and returns the new end.
func (s *scanner) numberTail(i, end int, nb *Number) int {
	n := len(s.toks)
	if e := s.points(end, nb); e > end {
		if b, ok := s.approxBefore(i); ok {
			nb.Approx, nb.Bound = true, b
		}
		return e
	}
	// Percent: "25%", "25 %", "%25" (typed right to left), "25 percent",
	// "25 في المئة".
	switch {
	case end < n && s.toks[end].kind == tPunct && containsRune(percentSigns, s.toks[end].norm):
		nb.Percent = true
		nb.End = s.toks[end].re
		end++
	case end < n && s.toks[end].info != nil && s.toks[end].info.percent:
		nb.Percent = true
		nb.End = s.toks[end].re
		end++
	case end+1 < n && s.pairPercent(end):
		nb.Percent = true
		nb.End = s.toks[end+1].re
		end += 2
	case i > 0 && s.toks[i].glued && s.toks[i-1].kind == tPunct && containsRune(percentSigns, s.toks[i-1].norm) &&
		s.toks[i-1].rs >= s.numEnd:
		nb.Percent = true
		nb.Start = s.toks[i-1].rs
	}
	// Currency sign before the digits.
	if i > 0 && s.toks[i-1].kind == tPunct {
		switch s.toks[i-1].norm {
		case "$":
			nb.Unit = "dollar"
		case "€":
			nb.Unit = "euro"
		case "£":
			nb.Unit = "pound"
		}
	}
	// A currency's code before the digits: "EGP 17.75", "USD 10", "JD310".
	if i > 0 && nb.Unit == "" && s.currencyCode(i-1) {
		nb.Unit = currencyCodes[s.toks[i-1].norm]
	}
	s.boundBefore(i, nb)
	if !nb.Percent && nb.Unit == "" && !nb.Ordinal && (s.yearOld(end) || s.ageAfterName(i, end, nb.Value) || s.ageOfPerson(i, end)) {
		// "a seven-year-old girl": an age, which counts no one; it
		// meets only other ages.
		nb.Unit = AgeUnit
	}
	if i > 0 && s.toks[i].kind == tDigits && markerWords[s.toks[i-1].norm] && !nb.Percent {
		// "the Km 24 camp", "مخيم الكيلومتر ٢٤": a kilometre marker, a
		// place on a road; a distance puts its number first ("24 km").
		nb.Unit = MarkerUnit
	}
	if !nb.Percent && nb.Unit == "" && !nb.Ordinal {
		nb.Unit = s.unitAt(end, nb.Value != 1 || nb.Vague)
	}
	if !nb.Percent && nb.Unit == "" && !nb.Ordinal {
		nb.Unit = s.unitOfWhole(end, nb.Value != 1)
	}
	// "2500 جندي تقريبا": the approximator may follow the noun.
	for k := end; k <= end+1 && k < n; k++ {
		if b, ok := s.approxAfterAt(k); ok {
			nb.Approx, nb.Bound = true, b
			break
		}
		if s.toks[k].kind != tWord {
			break
		}
	}
	return end
}

// AgeUnit is the Unit of an age told as "seven-year-old".
const AgeUnit = "\x05age"

// MarkerUnit is the Unit of a kilometre marker ("Km 24"), which names a
// place and counts nothing: it meets only other markers.
const MarkerUnit = "\x07marker"

var markerWords = wordSet("km", "kilometre", "kilometer", "الكيلومتر", "الكيلو")

// ageAfterName reports a bare number of digits from token i to end set off
// by commas after a name in Latin letters: "said Ali Kadhim, 27, who had
// travelled from Diwaniyah", the wire's way of giving an age.
func (s *scanner) ageAfterName(i, end int, v float64) bool {
	if end != i+1 || s.toks[i].kind != tDigits || v < 1 || v > 110 || v != math.Trunc(v) || i < 2 {
		return false
	}
	name := &s.toks[i-2]
	return s.is(i-1, ",") && name.kind == tWord && name.latin && name.upper && (s.is(end, ",") || s.is(end, "."))
}

// personNouns name one person whose age "of N" may give: "a boy of about
// ten".
var personNouns = wordSet("boy", "girl", "child", "man", "woman", "teenager", "youth", "son", "daughter", "baby", "infant", "student")

// ageOfPerson reports a number from token i to end that is the age of one
// person named before it: "a boy of about ten who was selling water", "a
// woman of 70". It counts no one.
func (s *scanner) ageOfPerson(i, end int) bool {
	if end < len(s.toks) && s.toks[end].kind == tWord && !s.is(end, "who") && !s.is(end, "years") && !s.is(end, "and") {
		return false // "a group of ten people", "a man of three sons"
	}
	k := i - 1
	if _, ok := s.approxBefore(i); ok {
		for k > 0 && !s.is(k, "of") && i-k < 4 {
			k--
		}
	}
	return k > 0 && s.is(k, "of") && s.toks[k-1].kind == tWord && personNouns[s.toks[k-1].norm]
}

// yearOld reports "-year-old" at token j: "-", "year", "-", "old".
func (s *scanner) yearOld(j int) bool {
	return s.is(j, "-") && (s.is(j+1, "year") || s.is(j+1, "years")) && s.is(j+2, "-") && s.is(j+3, "old")
}

func containsRune(set, s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func (s *scanner) pairPercent(j int) bool {
	a, b := s.toks[j].norm, s.toks[j+1].norm
	for _, p := range percentPairsN {
		if a == p[0] && b == p[1] {
			return true
		}
	}
	return false
}

// bare is the folded word of token i without its proclitic when the
// proclitic was needed to find it in the tables.
func (s *scanner) bare(i int) string {
	t := &s.toks[i]
	if t.info != nil || t.cinfo == nil {
		return t.norm
	}
	_, w := utf8.DecodeRuneInString(t.norm)
	if firstRune(t.norm) != t.clitic {
		_, w2 := utf8.DecodeRuneInString(t.norm[w:])
		w += w2
	}
	return t.norm[w:]
}

func (s *scanner) approxBefore(i int) (string, bool) {
	p, ok := s.approxPhrase(i)
	return p.bound, ok
}

// boundBefore sets nb approximate, with its bound, when an approximator
// ends just before token i, and Near when the bound is told as near its
// value ("just under a third", "slightly more than 40", "barely above 2%")
// or the approximator comes near it from under it ("nearly 30").
func (s *scanner) boundBefore(i int, nb *Number) {
	p, ok := s.approxPhrase(i)
	if !ok {
		return
	}
	nb.Approx, nb.Bound, nb.Near = true, p.bound, p.near
	if k := len(p.words); p.bound != "" && i-k-1 >= 0 && s.toks[i-k-1].kind == tWord {
		switch s.toks[i-k-1].norm {
		case "just", "slightly", "barely", "marginally":
			nb.Near = true
		}
	}
}

// approxPhrase is the approximator that ends just before token i.
func (s *scanner) approxPhrase(i int) (approxPhrase, bool) {
	if i == 0 {
		return approxPhrase{}, false
	}
	last := s.word(i-1, true)
	if last == nil || !last.approxB || s.toks[i-1].kind != tWord {
		return approxPhrase{}, false
	}
	for _, p := range approxB {
		k := len(p.words)
		if i-k < 0 {
			continue
		}
		ok := true
		for m := 0; m < k && ok; m++ {
			tok := i - k + m
			w := s.toks[tok].norm
			if m == 0 {
				w = s.bare(tok)
			}
			ok = s.toks[tok].kind == tWord && w == p.words[m]
		}
		if ok && p.words[0] == "over" && k == 1 && i-k > 0 && s.toks[i-k-1].kind == tWord && handsOver[s.toks[i-k-1].norm] {
			// "handed over 10 rifles": the verb's particle, no bound.
			return approxPhrase{}, false
		}
		if ok && p.words[0] == "up" && i-k > 0 && s.toks[i-k-1].kind == tWord && goesUp[s.toks[i-k-1].norm] {
			// "would go up to 250 millimes": the value it reaches, no
			// bound.
			return approxPhrase{}, false
		}
		if ok {
			return p, true
		}
	}
	return approxPhrase{}, false
}

// handsOver are the verbs whose particle "over" comes before a number:
// "handed over 10 rifles", "turned over 12 suspects".
var handsOver = map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true,
	"turn": true, "turns": true, "turned": true, "turning": true}

// goesUp are the verbs before "up to" that make it the value reached.
var goesUp = map[string]bool{"go": true, "goes": true, "went": true, "gone": true, "going": true}

func (s *scanner) approxAfterAt(j int) (string, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return "", false
	}
	if in := s.word(j, true); in == nil || !in.approxA {
		return "", false
	}
	for _, p := range approxA {
		ok := j+len(p.words) <= len(s.toks)
		for m := 0; m < len(p.words) && ok; m++ {
			w := s.toks[j+m].norm
			if m == 0 {
				w = s.bare(j)
			}
			ok = w == p.words[m]
		}
		if ok {
			return p.bound, true
		}
	}
	return "", false
}

// unitAt finds the counted noun at token j: "2,500 troops", "2500 جندي",
// "hundreds of troops", "2,500 US troops".
func (s *scanner) unitAt(j int, plural bool) string {
	n := len(s.toks)
	if j < n && (s.is(j, "of") || s.is(j, "من")) && j+1 < n {
		j++
	}
	if j >= n || s.toks[j].kind != tWord || s.toks[j].used {
		return ""
	}
	t := &s.toks[j]
	if in := s.word(j, true); in != nil && (len(in.cues) > 0 || noNounBesidesCue(in)) {
		if !s.cueBeforeNoun(j, in) {
			return ""
		}
		j++ // "64 confirmed cases": the cue is the noun's adjective
		t = &s.toks[j]
	}
	if !t.latin && strings.HasPrefix(t.norm, "وال") {
		return "" // "إلى 85 والصحة تنفي": "and the ministry" opens another clause; a counted noun has no article
	}
	if t.latin {
		t = s.enNoun(j, plural)
	}
	return textnorm.Stem(t.norm)
}

// cueBeforeNoun reports an English cue word at token j, whose word is in,
// written as the adjective of the plural noun right after it: "64
// confirmed cases", "12 reported deaths". Such a number counts the noun,
// not what the cue says: "64, confirmed the ministry" has its comma.
func (s *scanner) cueBeforeNoun(j int, in *wordInfo) bool {
	if len(in.cues) == 0 || noNounBesidesCue(in) || !s.toks[j].latin || j+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[j+1]
	if n.kind != tWord || !n.latin || n.used || !isEnPlural(n) {
		return false
	}
	next := s.word(j+1, false)
	return next == nil || len(next.cues) == 0 && !noNounBesidesCue(next)
}

// noNounBesidesCue reports a word that is no counted noun for a reason
// other than being a cue: a function word, a number word, a month, a
// percentage, a vague count, an approximation.
func noNounBesidesCue(in *wordInfo) bool {
	return in.stop || in.numK != nNone || in.month > 0 || in.percent || in.vague > 0 || in.approxA
}

// primary reports the adjective "أولي" (primary, preliminary: "التعليم
// الأولي", "الفحص الأولي"), written with a final ya, which folding makes
// one word with the ordinal "الأولى" (the first), written with alef
// maqsura.
func primary(raw string) bool {
	raw = strings.TrimRightFunc(raw, func(r rune) bool { return r >= 0x064B && r <= 0x0652 }) // "الأوليّ"
	return strings.HasSuffix(raw, "ولي")
}

// runeSpan returns the text of the rune span [a, b), found inside tokens
// [i, end) or just around them.
func (s *scanner) runeSpan(a, b, i, end int) string {
	lo, hi := i, end-1
	for lo > 0 && s.toks[lo].rs > a {
		lo--
	}
	for hi < len(s.toks)-1 && s.toks[hi].re < b {
		hi++
	}
	return s.text[s.byteAt(lo, a):s.byteAt(hi, b)]
}

// byteAt converts rune offset r, which lies within token i or at its end,
// to a byte offset.
func (s *scanner) byteAt(i, r int) int {
	t := &s.toks[i]
	if r <= t.rs {
		return t.bs
	}
	if r >= t.re {
		return t.be
	}
	b := t.bs
	for k := t.rs; k < r; k++ {
		_, w := utf8.DecodeRuneInString(s.text[b:])
		b += w
	}
	return b
}

// enNoun picks the counted noun of an English noun phrase starting at token
// j: adjectives come first ("two young boys", "2,500 US troops"), so the
// first plural within three words is the noun; failing that, the first word.
//
// An abbreviation in capitals says whose the things are, not what they are:
// "2,500 U.S. troops" and "3,000 US soldiers" count troops, so it is passed
// over, dots and all.
func (s *scanner) enNoun(j int, plural bool) *token {
	var first *token
	limit := 3
	for k, seen := j, 0; k < len(s.toks) && seen < limit; k++ {
		t := &s.toks[k]
		if t.kind != tWord {
			if k > j && s.text[t.bs:t.be] == "." && s.abbrev(k-1) {
				continue // the dots of "U.S."
			}
			if k > j && t.norm == "-" && t.glued && k+1 < len(s.toks) && s.toks[k+1].glued && s.toks[k+1].kind == tWord {
				continue // "non-seasonal"
			}
			break
		}
		if t.latin && first != nil && (t.norm == "and" || t.norm == "or") && limit == 3 {
			// "12,000 seasonal and non-seasonal work permits": two
			// adjectives joined before the noun; the noun may come after.
			limit = 5
			continue
		}
		if !t.latin || (t.info != nil && t.info.stop) {
			break
		}
		if s.abbrev(k) {
			continue
		}
		seen++
		if first == nil {
			first = t
			if !plural {
				return first
			}
		}
		if isEnPlural(t) {
			if t.info != nil && t.info.plural && k+1 < len(s.toks) && suffixPlural(&s.toks[k+1]) {
				// "two police vehicles", "20 staff members": a plural
				// without an s is the adjunct of the plural noun after
				// it, which a plural subject's verb cannot be.
				return &s.toks[k+1]
			}
			return t
		}
	}
	if first == nil {
		return &s.toks[j]
	}
	return first
}

// abbrev reports whether token k is an abbreviation in capitals, or a
// letter of a dotted one: "US", "UN", the "U" and "S" of "U.S.".
func (s *scanner) abbrev(k int) bool {
	t := &s.toks[k]
	return t.kind == tWord && t.latin && textnorm.IsCapitals(s.text[t.bs:t.be])
}

// suffixPlural reports an English word other than a function word that
// reads as a plural by its ending: "vehicles", "members".
func suffixPlural(t *token) bool {
	if t.kind != tWord || !t.latin || t.info != nil && (t.info.stop || len(t.info.cues) > 0) {
		return false
	}
	return SEnding(t.norm)
}

func isEnPlural(t *token) bool {
	return t.info != nil && t.info.plural || SEnding(t.norm)
}

// SEnding reports an English plural's -s ending on a folded word, not that
// of "glass", "bus", "crisis" or a possessive. The relation package reads
// a present verb's -s by it too.
func SEnding(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// currencyCode reports whether token i is a currency's code, written in
// capitals as codes are ("JD", "EGP"; not "Le" or "sar").
func (s *scanner) currencyCode(i int) bool {
	t := &s.toks[i]
	return t.kind == tWord && t.upper && currencyCodes[t.norm] != "" && s.text[t.bs:t.be] == strings.ToUpper(s.text[t.bs:t.be])
}

// currencyCodes are the ISO codes of the region's currencies and the
// world's main ones, and the abbreviations the region's English press
// writes before amounts (JD, KD, BD, QR, SR, LE, AED), as a number's unit:
// the currency's name.
var currencyCodes = map[string]string{
	"usd": "dollar", "eur": "euro", "gbp": "pound", "egp": "pound", "sdg": "pound", "lbp": "pound", "syp": "pound",
	"sar": "riyal", "qar": "riyal", "aed": "dirham", "mad": "dirham", "jod": "dinar", "tnd": "dinar", "iqd": "dinar",
	"kwd": "dinar", "bhd": "dinar", "dzd": "dinar", "lyd": "dinar", "omr": "rial", "yer": "rial", "irr": "rial",
	"jd": "dinar", "kd": "dinar", "bd": "dinar", "qr": "riyal", "sr": "riyal", "le": "pound",
}

// yearSpan reports whether the digits at token i end a span of two years
// that names one fiscal or school year: the "26" of "2025/26", the "2026"
// of "2025/2026". They are no count.
func (s *scanner) yearSpan(i int) bool {
	if i < 2 || s.toks[i-1].norm != "/" || !s.toks[i-1].glued || !s.toks[i].glued || s.toks[i-2].kind != tDigits {
		return false
	}
	y, err1 := strconv.Atoi(s.toks[i-2].norm)
	v, err2 := strconv.Atoi(s.toks[i].norm)
	if err1 != nil || err2 != nil || y < 1900 || y > 2100 {
		return false
	}
	return v == y+1 || v == (y+1)%100
}

// labelWords name what the digits after them number, not count: "train
// number 934", "القطار رقم 934", "Decree 54", "flight 370", "المادة 6"; and
// an aircraft's maker before its model: "Boeing 737-800", "إيرباص 320".
// Folded as token norms (wordSet): a literal "المادة" never met the token
// "الماده".
var labelWords = wordSet("number", "no", "nr", "رقم", "decree", "resolution", "article", "flight", "route",
	"مرسوم", "المرسوم", "مادة", "المادة", "رحلة", "الرحلة",
	"boeing", "airbus", "antonov", "ilyushin", "tupolev", "embraer", "بوينغ", "بوينج", "إيرباص", "إيرباس", "أنتونوف")

// label reports whether the digits at token i are a name, not a count:
// after one of labelWords (past a code in capitals, "Flight RM 415"), after
// "No." and "Nr.", glued to "#", or a variant glued to a label by a hyphen.
func (s *scanner) label(i int) bool {
	j := i - 1
	if j < 0 {
		return false
	}
	if s.toks[j].norm == "." && (s.is(j-1, "no") || s.is(j-1, "nr")) || s.toks[j].norm == "#" && s.toks[i].glued {
		return true
	}
	if s.toks[j].norm == "-" && s.toks[i].glued && s.toks[j].glued && j > 0 && s.toks[j-1].kind == tDigits {
		return s.label(j - 1) // "737-800": the model's variant, after "Boeing 737"
	}
	if j > 0 && s.toks[j].latin && s.toks[j].upper && len(s.toks[j].norm) <= 3 && labelWords[s.toks[j-1].norm] {
		return true // an airline's code between: "Flight RM 415"
	}
	return labelWords[s.toks[j].norm] || s.quotedName(i)
}

// quotedName reports whether the digits at token i end a name in
// quotation marks: «البركة 7», "Al-Baraka 7", “Apollo 11”, a boat's or a
// mission's name, not a count. The word before the digits is a name's: in
// capitals, or with the Arabic article; “we lost 7” and «قتل 7» quote
// counts.
func (s *scanner) quotedName(i int) bool {
	if i+1 >= len(s.toks) || !closingQuote(s.toks[i+1].norm) || s.toks[i-1].kind != tWord {
		return false
	}
	prev := &s.toks[i-1]
	if prev.latin && !prev.upper || !prev.latin && !strings.HasPrefix(prev.norm, "ال") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		switch t := &s.toks[j]; {
		case t.kind == tWord || t.norm == "-":
		case openingQuote(t.norm):
			return true
		default:
			return false
		}
	}
	return false
}

func openingQuote(s string) bool { return s == "«" || s == "“" || s == "\"" }
func closingQuote(s string) bool { return s == "»" || s == "”" || s == "\"" }

// scaleFraction reads a fraction of a scale word as a count: "ربع مليار"
// (a quarter of a billion), "ثلث مليون", "a quarter of a million", "three
// quarters of a billion". It returns the value, where it starts and the
// token of the scale word. "نصف مليون" and "half a million" are wordCount's.
func (s *scanner) scaleFraction(i int) (v float64, rs, k int, ok bool) {
	t := &s.toks[i]
	share := 0.0
	if t.latin {
		j, mult := fractionLead(t.norm, i)
		f, isFrac := 0.0, false
		if j < len(s.toks) && s.toks[j].norm != "half" {
			f, isFrac = enFractions[s.toks[j].norm]
		}
		if !isFrac || !s.is(j+1, "of") {
			return 0, 0, 0, false
		}
		share, rs, k = mult*f/100, t.rs, j+2
		if s.is(k, "a") {
			k++
		}
	} else {
		f, clitic, isFrac := arFraction(t.norm)
		if !isFrac || f == 50 {
			return 0, 0, 0, false
		}
		share, rs, k = f/100, t.rs+clitic, i+1
	}
	scale, kind, _, found := s.term(k, false)
	if !found || kind != nScale || s.toks[k].info != nil && s.toks[k].info.vague > 0 {
		return 0, 0, 0, false
	}
	return share * scale, rs, k, true
}

// fraction reads a fraction of a group as a percentage: "half of the
// schools", "a third of", "two thirds of", "a quarter of", "نصف المدارس",
// "ثلث", "ربع", "ثلثا". It needs its group after it ("of", or the Arabic
// noun with its article), so that "half an hour", "نصف ساعة" and "the first
// half" are no shares. The share is approximate: "a third" is 33%.
func (s *scanner) fraction(i int, nb *Number) (int, bool) {
	t := &s.toks[i]
	if t.kind != tWord {
		return 0, false
	}
	if t.latin {
		j, mult := fractionLead(t.norm, i)
		if j >= len(s.toks) || !s.is(j+1, "of") {
			return 0, false
		}
		v, ok := enFractions[s.toks[j].norm]
		if !ok || (j == i) != (s.toks[j].norm == "half") || mult > 1 && s.toks[j].norm == "half" {
			return 0, false
		}
		if i > 0 && periodBefore[s.toks[i-1].norm] || s.isKind(j+2, tDigits) {
			return 0, false // "the first half of 2025" is a time
		}
		if _, _, _, ok := s.scaleFraction(i); ok {
			return 0, false // "a quarter of a million" is a count
		}
		nb.Start, nb.End, nb.Value, nb.Percent, nb.Approx = t.rs, s.toks[j].re, mult*v, true, true
		return j + 1, true
	}
	v, clitic, ok := arFraction(t.norm)
	if !ok || i+1 >= len(s.toks) || s.toks[i+1].kind != tWord || !strings.HasPrefix(s.toks[i+1].norm, "ال") {
		return 0, false
	}
	nb.Start, nb.End, nb.Value, nb.Percent, nb.Approx = t.rs+clitic, t.re, v, true, true
	return i + 1, true
}

// fractionLead reads the count before an English fraction word at token i
// ("a", "one", "two", "three"): where the fraction word would be, and how
// many of it.
func fractionLead(norm string, i int) (int, float64) {
	switch norm {
	case "a", "an", "one":
		return i + 1, 1
	case "two":
		return i + 1, 2
	case "three":
		return i + 1, 3
	}
	return i, 1
}

// arFraction is the share an Arabic fraction word names, and how many
// runes of clitic go before it: "وثلث", "بنصف" (the share begins after the
// clitic).
func arFraction(w string) (share float64, clitic int, ok bool) {
	if v, ok := arFractions[w]; ok {
		return v, 0, true
	}
	if r, size := utf8.DecodeRuneInString(w); strings.ContainsRune("وبلفك", r) {
		if v, ok := arFractions[w[size:]]; ok {
			return v, 1, true
		}
	}
	return 0, 0, false
}

// IsFraction reports whether w, a word folded by textnorm.Normalize, names
// a share of a group that Extract may read as a percentage: "half",
// "thirds", "نصف", "وثلث". A caller that has only words can tell from it
// whether a text may hold such a share.
func IsFraction(w string) bool {
	if _, ok := enFractions[w]; ok {
		return true
	}
	_, _, ok := arFraction(w)
	return ok
}

// The shares of a whole that fractions name, in percent; periodBefore
// make "half" a part of a time ("the first half").
var (
	periodBefore = map[string]bool{"first": true, "second": true, "last": true, "the": true, "latter": true, "former": true}
	enFractions  = map[string]float64{"half": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25}
	arFractions  = map[string]float64{"نصف": 50, "ثلث": 100.0 / 3, "ربع": 25, "ثلثا": 200.0 / 3, "ثلثي": 200.0 / 3}
)
