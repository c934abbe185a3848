package facts

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// take appends d, written by tokens i to end-1, to out: its end and text
// from the tokens, which it marks used.
func (s *scanner) take(out []Date, d Date, i, end int) []Date {
	d.End = s.toks[end-1].re
	d.Text = s.runeSpan(d.Start, d.End, i, end)
	s.markUsed(i, end)
	return append(out, d)
}

func (s *scanner) dates() []Date {
	var out []Date
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.used || t.kind == tPunct {
			i++
			continue
		}
		if end, c := s.clockAt(i); end > i {
			// A time of day: its hour and minutes count nothing.
			d := Date{Start: s.startOf(i), Clock: c.minutes + 1, Clock12: !c.half}
			_, d.ClockApprox = s.approxBefore(i)
			// "shortly after 2 a.m.", "قبيل منتصف الليل": about then.
			d.ClockApprox = d.ClockApprox || s.is(i-1, "after") || s.is(i-1, "before") || s.is(i-1, "بعيد") || s.is(i-1, "قبيل")
			// "By 10 pm all had been brought down", "بحلول الساعة
			// العاشرة": a time something was done by, not when.
			if in := s.word(i-1, true); in != nil && (in.prep == "by" || in.prep == "until") {
				d.Qualifier = in.prep
			}
			out, i = s.take(out, d, i, end), end
			continue
		}
		if t.kind == tWord && t.info == nil && t.cinfo == nil && !(t.latin && (t.norm == "a" || t.norm == "an")) {
			// In no table: dateAt finds no prefix, month, unit or count
			// here. Most words are such.
			if end := s.openEndedAt(i); end > i {
				out, i = s.take(out, Date{Start: s.startOf(i), Period: PeriodOpen}, i, end), end
				continue
			}
			i++
			continue
		}
		if t.kind == tDigits {
			if k, e, _, _, _ := s.digitChain(i); k == chainJunk {
				s.markUsed(i, e)
				i = e
				continue
			}
			if s.is(i+1, "gmt") || s.is(i+1, "utc") {
				// "(1015 GMT)": the wire's time in another zone, no
				// count, and no rival of the local time it follows.
				s.markUsed(i, i+2)
				i += 2
				continue
			}
		}
		if u := s.unitWord(i); u != nil && t.latin && singularUnit[t.norm] && s.gluedPunct(i+1, "-") && s.is(i+2, "long") {
			// "a week-long strike": a week.
			out, i = s.take(out, Date{Start: s.startOf(i), Period: period(1, u.unit)}, i, i+3), i+3
			continue
		}
		d, end, ok := s.dateAt(i)
		if !ok {
			i++
			continue
		}
		if d.Period != "" && d.Period != PeriodOpen {
			// "تتراوح أعمارهم بين ستة أشهر وعشر سنوات", "عبد الرحيم
			// محمود (٤١ عاماً)", "41 years old": an age, no length of
			// the event.
			d.Age = s.ageSpan(i, end)
		}
		if d.Period != "" {
			// "at least a year", "نحو عامين", "عامين على الأقل"; one after
			// the preposition is dateAt's ("بعد نحو ثماني ساعات").
			inner := d.Approx
			d.Bound, d.Approx = s.approxBefore(i)
			if !d.Approx {
				d.Bound, d.Approx = s.approxAfterAt(end)
			}
			d.Approx = d.Approx || inner
			if k, from := s.rangeStart(i); k < i && d.Period != PeriodOpen {
				// "12 to 24 hours", "بين ١٨ و٣٥ عاماً": the duration
				// told as a range; its first number counts nothing.
				d.Start, d.From = s.startOf(k), period(from, d.Period[len(d.Period)-1])
				out, i = s.take(out, d, k, end), end
				continue
			}
		}
		out, i = s.take(out, d, i, end), end
	}
	return s.joinMonthPairs(out)
}

// joinMonthPairs makes one date of a month named in both series: "11
// أيار/مايو 2026", "منذ نيسان/أبريل 2024", "شباط/فبراير". Each name is read
// as a date; the second alone had lost what the first had, its "since" or
// its day, and the first its year.
func (s *scanner) joinMonthPairs(ds []Date) []Date {
	out := ds[:0]
	for k := 0; k < len(ds); k++ {
		d := ds[k]
		if k+1 < len(ds) && d.Month != 0 && ds[k+1].Month == d.Month && d.Clock == 0 && ds[k+1].Clock == 0 && s.slashOnly(d.End, ds[k+1].Start) {
			e := ds[k+1]
			if (d.Day == 0 || e.Day == 0 || d.Day == e.Day) && (d.Year == 0 || e.Year == 0 || d.Year == e.Year) {
				d.Day, d.Year = max(d.Day, e.Day), max(d.Year, e.Year)
				if d.Qualifier == "" {
					d.Qualifier, d.Prep = e.Qualifier, e.Prep
				}
				d.Text = s.spanText(d.Start, e.End)
				d.End = e.End
				k++
			}
		}
		out = append(out, d)
	}
	return out
}

// slashOnly reports whether the runes from a to b hold one slash and
// nothing else but spaces.
func (s *scanner) slashOnly(a, b int) bool {
	slash := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.re <= a || t.rs >= b {
			continue
		}
		if t.kind != tPunct || s.text[t.bs:t.be] != "/" {
			return false
		}
		slash++
	}
	return slash == 1
}

// spanText is the text from rune a to rune b, which start and end tokens.
func (s *scanner) spanText(a, b int) string {
	lo, hi := -1, -1
	for i := range s.toks {
		if lo < 0 && s.toks[i].rs >= a {
			lo = i
		}
		if s.toks[i].re <= b {
			hi = i
		}
	}
	if lo < 0 || hi < lo {
		return ""
	}
	return s.runeSpan(a, b, lo, hi+1)
}

// ageSpan reports a duration from token i to end that is an age: after a
// word of age within three words of it (or of the range it ends: "aged
// between six months and 10 years", "تتراوح أعمارهم بين"), before "old",
// or in parentheses after a name, the Arabic wire's way of giving an age
// ("عبد الرحيم محمود (٤١ عاماً)").
func (s *scanner) ageSpan(i, end int) bool {
	if k, _ := s.rangeStart(i); k < i {
		i = k
	}
	reach := 3
	if s.toks[i].clitic == 'و' {
		reach = 8 // "بين ستة أشهر وعشر سنوات": the range's second end
	}
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		if s.toks[j].kind == tPunct {
			break
		}
		if ageWords[s.toks[j].norm] {
			return true
		}
		if j == i-1 && (s.is(j, "and") || s.is(j, "و") || s.is(j, "to") || s.is(j, "إلى")) {
			reach = 8 // the second end of a range: "aged between six months and 10 years"
		}
	}
	if s.is(end, "old") {
		return true
	}
	return s.is(i-1, "(") && s.is(end, ")") && i >= 2 && s.toks[i-2].kind == tWord && !s.toks[i-2].latin
}

// ageWords are the words of age before a duration that is one, as token
// norms: "aged", "أعمارهم", "عمرها", "يبلغ من العمر".
var ageWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("aged age ages عمر عمره عمرها عمرهم عمرهن العمر بعمر أعمار أعمارهم أعمارهن الأعمار") {
		m[textnorm.Normalize(w)] = true
	}
	return m
}()

// rangeStart is the first token of a duration told as a range whose
// second number starts at token i: "12 to 24 hours", "من 12 إلى 24
// ساعة", "between 20 and 40 years", "بين ١٨ و٣٥ عاماً"; i when none. The
// first number has no noun of its own: the duration's unit is its noun.
// "And" joins a range only after "between". from is the first number.
func (s *scanner) rangeStart(i int) (k int, from float64) {
	conn := i // the token the connector is, or is glued to
	between := false
	switch {
	case s.toks[i].clitic == 'و':
		between = true
	case s.is(i-1, "and") || s.is(i-1, "و"):
		conn, between = i-1, true
	case s.is(i-1, "to") || s.is(i-1, "الي"): // إلى, as normalised
		conn = i - 1
	default:
		return i, 0
	}
	for k := conn - 1; k >= 0 && k >= conn-3; k-- {
		if s.toks[k].used || s.toks[k].kind == tPunct {
			break
		}
		c, ok := s.count(k)
		if !ok || c.end != conn || c.unit != "" || c.ordinal {
			continue
		}
		if k > 0 && (s.is(k-1, "between") || s.is(k-1, "بين")) {
			return k - 1, c.val
		}
		if !between {
			return k, c.val
		}
		break
	}
	return i, 0
}

// clock is a time of day read by clockAt: minutes after midnight, and
// whether the half of the day is known.
type clock struct {
	minutes int
	half    bool
}

// minuteWords are the normalised Arabic nouns of minutes after a clock's
// minutes in words.
var minuteWords = map[string]bool{"دقيقه": true, "دقائق": true}

// clockAt returns the end of a time of day that starts at token i, or i
// when none does: "3:42", "23:30", "3:42 a.m.", "11 pm", "2.30pm", "11
// o'clock", "الساعة 11:30", "الساعة الخامسة فجرا". Its hour and minutes are
// no counts: "3" and "42" read as counts were set against the numbers of
// another account.
func (s *scanner) clockAt(i int) (int, clock) {
	t := &s.toks[i]
	if t.kind == tWord {
		if t.latin {
			return i, clock{}
		}
		// "الساعة الخامسة", or an hour alone with its part of the day:
		// "قرابة الحادية عشرة صباحاً", "الرابعة والربع عصراً".
		j, bare := i+1, false
		if t.norm != "الساعه" && t.norm != "بالساعه" && t.norm != "والساعه" {
			j, bare = i, true
		}
		if j >= len(s.toks) {
			return i, clock{}
		}
		h, m, e := -1, 0, j
		if s.toks[j].kind == tDigits && !bare {
			if v, err := strconv.Atoi(s.toks[j].norm); err == nil && v <= 24 {
				h, e = v, j+1
				if me := s.minutes(j + 1); me > j+1 {
					m, _ = strconv.Atoi(s.toks[j+2].norm)
					e = me
				}
			}
		} else if in := s.word(j, true); in != nil && in.ord > 0 && in.ord <= 12 {
			h, e = int(in.ord), j+1
			if s.isTen(e) {
				if h <= 2 {
					h += 10 // الحادية عشرة, الثانية عشرة
				}
				e++
			}
		}
		if h < 0 {
			return i, clock{}
		}
		// "والربع", "والنصف", "والثلث": a quarter, a half, a third past.
		if e < len(s.toks) && s.toks[e].kind == tWord {
			switch s.toks[e].norm {
			case "والربع":
				m, e = 15, e+1
			case "والنصف":
				m, e = 30, e+1
			case "والثلث":
				m, e = 20, e+1
			}
		}
		// "السابعة وأربعين دقيقة", "الثالثة وعشر دقائق", "الثامنة وخمس
		// وعشرين دقيقة": minutes told in words, or in digits after و.
		if m == 0 && e+2 < len(s.toks) && s.toks[e].kind == tWord && s.toks[e].norm == "و" && s.toks[e+1].kind == tDigits && s.toks[e+1].glued && minuteWords[s.toks[e+2].norm] {
			// "الحادية عشرة و٤٢ دقيقة".
			if v, err := strconv.Atoi(s.toks[e+1].norm); err == nil && v < 60 {
				m, e = v, e+3
			}
		}
		if m == 0 {
			if v, _, conj, ok := s.term(e, false); ok && conj && v >= 1 && v < 60 {
				k, total := e+1, v
				if v2, _, conj2, ok2 := s.term(k, false); ok2 && conj2 && total < 10 && v2 >= 20 && v2 < 60 {
					k, total = k+1, total+v2
				}
				if k < len(s.toks) && minuteWords[s.toks[k].norm] {
					m, e = int(total), k+1
				}
			}
		}
		c := clock{minutes: h*60 + m}
		part := false
		if e < len(s.toks) && s.toks[e].kind == tWord {
			if p, ok := arPartOfDay(s.toks[e].norm, h); ok {
				c.minutes, c.half, part = (p*60+m)%(24*60), true, true
				e++
			}
		}
		if bare && !part {
			return i, clock{} // "الخامسة" alone is the fifth of anything
		}
		if h > 12 {
			c.half = true
		}
		return e, c
	}
	if t.kind != tDigits {
		return i, clock{}
	}
	h, err := strconv.Atoi(t.norm)
	if err != nil || h > 24 {
		return i, clock{}
	}
	if e := s.minutes(i + 1); e > i+1 {
		m, _ := strconv.Atoi(s.toks[i+2].norm)
		if me, pm, ok := s.meridiem(e); ok {
			return me, clock{minutes: half(h, pm)*60 + m, half: true}
		}
		if me, pm, ok := s.partOfDay(e); ok && h >= 1 && h <= 12 {
			return me, clock{minutes: half(h, pm)*60 + m, half: true}
		}
		if s.toks[i+1].norm == ":" {
			return e, clock{minutes: h*60 + m, half: h > 12 || h == 0}
		}
		return i, clock{} // "2.30" without am or pm is a number
	}
	if me, pm, ok := s.meridiem(i + 1); ok && h <= 12 {
		return me, clock{minutes: half(h, pm) * 60, half: true}
	}
	if me, pm, ok := s.partOfDay(i + 1); ok && h >= 1 && h <= 12 && i > 0 && hourPreps[s.toks[i-1].norm] {
		// "called for 11 in the morning", "opened at 1:15 in the
		// afternoon"; not "killed 11 in the morning attack".
		return me, clock{minutes: half(h, pm) * 60, half: true}
	}
	// "نحو 11 صباحاً": Arabic digits of an hour and its part of the day.
	if i+1 < len(s.toks) && h >= 1 && h <= 12 && s.toks[i+1].kind == tWord && !s.toks[i+1].latin {
		if p, ok := arPartOfDay(s.toks[i+1].norm, h); ok {
			return i + 2, clock{minutes: p * 60, half: true}
		}
	}
	if s.is(i+1, "o'clock") || s.is(i+1, "o’clock") {
		return i + 2, clock{minutes: h * 60}
	}
	return i, clock{}
}

// half is the hour of the day of h a.m. (pm false) or p.m.
func half(h int, pm bool) int {
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}

// arPartOfDay is the hour of the day of hour h said with an Arabic part of
// the day after it ("الخامسة فجرا" is 5, "الحادية عشرة ليلا" 23, "الثانية
// ليلا" 2).
func arPartOfDay(w string, h int) (int, bool) {
	switch w {
	case "فجرا", "صباحا", "فجر", "صباح": // folded: "صباحًا" is "صباحا"
		return half(h, false), true
	case "ظهرا", "ظهر":
		if h == 12 {
			return 12, true
		}
		return half(h, true), true
	case "عصرا", "مساء", "مساءا", "عصر":
		return half(h, true), true
	case "ليلا", "ليل":
		if h >= 6 && h < 12 {
			return h + 12, true
		}
		return half(h, false), true
	}
	return 0, false
}

// minutes returns the end of ":MM" (or ".MM") glued at token j, or j.
func (s *scanner) minutes(j int) int {
	if j+1 >= len(s.toks) {
		return j
	}
	sep, mm := &s.toks[j], &s.toks[j+1]
	if sep.kind != tPunct || (sep.norm != ":" && sep.norm != ".") || !sep.glued || mm.kind != tDigits || !mm.glued || len(mm.norm) != 2 {
		return j
	}
	if m, err := strconv.Atoi(mm.norm); err != nil || m > 59 {
		return j
	}
	return j + 2
}

// meridiem reads "am", "pm", "a.m." or "p.m." at token j: its end, whether
// it is p.m., and whether one is there.
func (s *scanner) meridiem(j int) (int, bool, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tWord || !s.toks[j].latin {
		return j, false, false
	}
	switch s.toks[j].norm {
	case "am":
		return j + 1, false, true
	case "pm":
		return j + 1, true, true
	case "a", "p":
		// "a.m.": a, ".", m, "." glued.
		if j+2 < len(s.toks) && s.toks[j+1].norm == "." && s.toks[j+1].glued && s.toks[j+2].norm == "m" && s.toks[j+2].glued {
			e := j + 3
			if e < len(s.toks) && s.toks[e].norm == "." && s.toks[e].glued {
				e++
			}
			return e, s.toks[j].norm == "p", true
		}
	}
	return j, false, false
}

// partOfDay reads an English part of the day after an hour, as meridiem
// does a.m. and p.m.: "in the morning" is a.m., "in the afternoon" and "in
// the evening" p.m.
func (s *scanner) partOfDay(j int) (int, bool, bool) {
	if !s.is(j, "in") || !s.is(j+1, "the") {
		return j, false, false
	}
	switch {
	case s.is(j+2, "morning"):
		return j + 3, false, true
	case s.is(j+2, "afternoon"), s.is(j+2, "evening"):
		return j + 3, true, true
	}
	return j, false, false
}

// hourPreps come before an hour told with its part of the day: "at 6 in
// the morning".
var hourPreps = map[string]bool{"at": true, "for": true, "until": true, "till": true, "by": true, "around": true,
	"about": true, "after": true, "before": true, "from": true, "since": true, "to": true}

func (s *scanner) markUsed(a, b int) {
	for k := a; k < b && k < len(s.toks); k++ {
		s.toks[k].used = true
	}
}

// startOf is the rune offset where a fact starting at token i begins: after
// a glued conjunction و or ف, which belongs to the sentence, not the fact.
func (s *scanner) startOf(i int) int {
	t := &s.toks[i]
	if t.kind == tWord && (t.info == nil || (t.info.numK == nNone && t.info.month == 0 && t.info.prep == "" && t.info.pos == "")) && t.cinfo != nil && (t.clitic == 'و' || t.clitic == 'ف') && firstRune(t.norm) == t.clitic {
		return s.clitStart(t)
	}
	return t.rs
}

// dateAt reads a date starting at token i: an optional run of prepositions
// and positions ("by the end of", "بحلول نهاية", "في غضون"), then a core (a
// day and month, a month, a year, a relative date or a duration), then an
// optional relative word ("الحالي", "الماضي"). It returns the token after the
// date.
func (s *scanner) dateAt(i int) (Date, int, bool) {
	var d Date
	n := len(s.toks)
	j := i
	var prep, pos, rel string
	weak := false
prefix:
	for j < n && j-i < 6 {
		t := &s.toks[j]
		if t.kind == tPunct {
			if t.norm == "-" && pos == "mid" && t.glued { // "mid-2014"
				j++
				continue
			}
			break
		}
		w := s.word(j, true)
		if w == nil {
			break
		}
		switch {
		case w.prep == "within" && prep == "in":
			prep = "within"
		case w.prep != "" && prep == "" && pos == "" && rel == "":
			prep, weak = w.prep, w.weak
		case w.pos != "" && pos == "" && rel == "":
			pos = w.pos
		case w.filler && (prep != "" || pos != "") && rel == "":
		case w.approxB && prep != "" && pos == "" && rel == "" && w.numK == nNone:
			// "بعد نحو ثماني ساعات", "after about eight hours": the
			// approximator between the preposition and the number.
			d.Approx = true
		case w.relPre != "" && rel == "":
			rel = w.relPre
		default:
			break prefix
		}
		j++
	}
	if j >= n {
		return d, 0, false
	}
	ctx := (prep != "" && !weak) || pos != "" || rel != ""
	end := -1
	t := &s.toks[j]
	switch t.kind {
	case tDigits:
		end = s.digitDate(j, ctx, &d)
	case tWord:
		end = s.wordDate(j, ctx, rel, &d)
	}
	if end < 0 && prep == "before" && pos == "" && t.kind == tWord && !s.toks[j].latin && !strings.HasPrefix(t.norm, "ال") {
		// "قبل عام" (a year ago): a bare unit after قبل.
		if w := s.word(j, true); w != nil && w.unit != 0 && !w.dual && w.unitN == 1 && singularUnit[t.norm] {
			d.Period, end = period(1, w.unit), j+1
		}
	}
	if end < 0 {
		return d, 0, false
	}
	if d.Period != "" && pos == "" && (prep == "before" && !s.toks[j].latin && !s.is(end, "من") || s.is(end, "ago")) {
		// "two years ago", "قبل عامين": a time that long before now
		// ("قبل أسبوع من الانتخابات" is a week before the vote).
		d.Relative, d.RelUnit = "last", d.Period[len(d.Period)-1:]
		if s.is(end, "ago") {
			end++
		}
		prep = ""
	}
	if d.Period == "" && d.Relative == "" {
		if w := s.word(end, false); w != nil && w.relAfter != "" {
			d.Relative = w.relAfter
			end++
		} else {
			d.Relative = rel
		}
	}
	if d.Period != "" && d.Relative == "" && prep == "" && pos == "" && s.rateAt(i) && !s.is(end, "later") && !s.is(end, "after") && !s.is(end, "before") && !s.is(end, "earlier") {
		// "280 million dinars a year", "10% a year", "300 kilowatt
		// hours a month": a rate, not how long anything lasts.
		return d, 0, false
	}
	if d.Period != "" && prep == "in" {
		prep = "within"
	}
	if d.Period != "" && pos == "" && (prep == "after" || prep == "before") && s.toks[j].latin && s.is(end, "of") {
		// "after ten days of difficult negotiations": how long the talks
		// lasted, not a time ten days after something.
		prep = ""
	}
	d.Prep = prep
	d.Qualifier = prep
	if pos != "" {
		d.Qualifier = pos
	}
	if d.Period != "" && d.Relative == "" && prep == "" && pos == "" && (s.is(end, "after") || s.is(end, "later") || s.is(end, "before") || s.is(end, "earlier")) {
		// "three days after a 30-day ceasefire took effect": how far apart
		// two events are, not how long one lasts.
		d.Qualifier = "offset"
	}
	d.Start = s.startOf(i)
	return d, end, true
}

// rateAt reports whether the period starting at token i is the time unit
// of a rate: "per year" always; "a year" or "an hour" when a number stands
// up to four tokens before it in its clause ("280 million dinars a year").
// "He spent a year in prison" is a duration.
func (s *scanner) rateAt(i int) bool {
	switch s.toks[i].norm {
	case "per":
		return true
	case "a", "an":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &s.toks[k]
		if t.kind == tDigits || t.info != nil && t.info.numK != nNone {
			return true
		}
		if t.kind == tPunct && t.norm != "%" && !(t.norm == "-" && k > 0 && s.toks[k-1].re == t.rs && k+1 < len(s.toks) && t.re == s.toks[k+1].rs) {
			return false // not the hyphen inside "kilowatt-hours"
		}
	}
	return false
}

// singularUnit are the time units that name one of them alone, unlike a
// plural, as the scanner normalises them (سنة is سنه, أسبوع is اسبوع): the
// Arabic ones for "قبل عام" (a year ago, not "قبل أيام", days ago), the
// English ones for "week-long" (not "weeks-long").
var singularUnit = map[string]bool{"عام": true, "سنه": true, "شهر": true, "اسبوع": true, "يوم": true,
	"hour": true, "day": true, "week": true, "month": true, "year": true}

// digitDate reads a date core that starts with digits.
func (s *scanner) digitDate(j int, ctx bool, d *Date) int {
	if k, e, y, m, dd := s.digitChain(j); k == chainDate {
		d.Year, d.Month, d.Day = y, m, dd
		return e
	} else if k == chainJunk {
		return -1
	}
	if s.latinBefore(j) {
		return -1
	}
	c := s.digitCount(j)
	plain := !c.sep && c.unit == ""
	v := int(c.val)
	if plain && c.digits <= 2 && v >= 1 && v <= 31 {
		k := c.end
		if s.is(k, "من") || s.is(k, "of") {
			k++
		}
		if m, me, ok := s.monthAt(k); ok {
			d.Day, d.Month = v, m
			if y, ye := s.yearAt(me); y > 0 {
				d.Year = y
				return ye
			}
			return me
		}
		if e := s.ofTheMonth(c.end); ctx && e > 0 {
			d.Day = v
			return e
		}
	}
	if plain && !c.ordinal && c.digits == 4 && v >= 1900 && v <= 2100 && (ctx || s.yearish(j)) {
		d.Year = v
		return s.gregorian(j + 1)
	}
	if p, e := s.periodAt(j); p != "" {
		d.Period = p
		return e
	}
	return -1
}

// ordinalTens is the tens of an Arabic ordinal whose unit came before,
// joined by و and with the article: "والعشرين" of "الحادي والعشرين"
// (twenty-first), 0 for any other token.
func (s *scanner) ordinalTens(k int) float64 {
	if k >= len(s.toks) || s.toks[k].clitic != 'و' || s.toks[k].info != nil {
		return 0
	}
	if t := s.word(k, true); t != nil && t.definite && t.numK == nTens {
		return t.num
	}
	return 0
}

// wordDate reads a date core that starts with a word.
func (s *scanner) wordDate(j int, ctx bool, rel string, d *Date) int {
	n := len(s.toks)
	if m, me, ok := s.monthAt(j); ok {
		end := me
		found := ctx || (j > 0 && s.word(j-1, true) != nil && s.word(j-1, true).monthOf)
		// "September 6, 2025", "أيلول 2025".
		if y, ye := s.yearAt(end); y > 0 {
			d.Year, end, found = y, ye, true
		} else if end < n && s.toks[end].kind == tDigits && s.toks[j].latin {
			c := s.digitCount(end)
			if v := int(c.val); !c.sep && c.unit == "" && c.digits <= 2 && v >= 1 && v <= 31 {
				d.Day, end, found = v, c.end, true
				k := end
				if s.gluedPunct(k, ",،") {
					k++
				}
				if y, ye := s.yearAt(k); y > 0 {
					d.Year, end = y, ye
				}
			}
		}
		if !found {
			if w := s.word(end, false); w == nil || w.relAfter == "" {
				return -1
			}
		}
		d.Month = m
		return end
	}
	w := s.word(j, true)
	if w == nil {
		return s.periodEnd(j, d)
	}
	if w.ord > 0 {
		// An ordinal day of a month: "الرابع عشر من أكتوبر", "العاشر من
		// مارس", "the fourteenth of October".
		day, k := int(w.ord), j+1
		if day < 10 && s.isTen(k) {
			day += 10
			k++
		} else if tens := s.ordinalTens(k); day < 10 && tens > 0 {
			// "الحادي والعشرين من سبتمبر": a unit and its tens.
			day += int(tens)
			k++
		}
		after := k
		if s.is(k, "من") || s.is(k, "of") {
			k++
		}
		if m, me, ok := s.monthAt(k); ok && day <= 31 {
			d.Day, d.Month = day, m
			if y, ye := s.yearAt(me); y > 0 {
				d.Year = y
				return ye
			}
			return me
		}
		if e := s.ofTheMonth(after); e > 0 && day <= 31 {
			d.Day = day
			return e
		}
	}
	if w.firstOf {
		// "غرة يناير": the first of January.
		if m, me, ok := s.monthAt(j + 1); ok {
			d.Day, d.Month = 1, m
			if y, ye := s.yearAt(me); y > 0 {
				d.Year = y
				return ye
			}
			return me
		}
	}
	if w.yearWord {
		if y, ye := s.yearAt(j + 1); y > 0 {
			d.Year = y
			return ye
		}
	}
	if w.unit != 0 && !w.dual && w.unitN == 1 {
		if r := s.word(j+1, false); r != nil && r.relAfter != "" {
			d.Relative, d.RelUnit = r.relAfter, string(w.unit)
			return j + 2
		}
		if rel != "" {
			d.Relative, d.RelUnit = rel, string(w.unit)
			return j + 1
		}
	}
	if w.day != "" {
		d.Relative, d.RelUnit = w.day, "d"
		return j + 1
	}
	return s.periodEnd(j, d)
}

// ofTheMonth reads, at token k after a day's number, the month that an
// Arabic report names by reference to one it named before: "في 14 منه"
// (on the 14th of it), "في العاشر من الشهر الجاري" (on the tenth of this
// month). It returns the token after "منه" or "الشهر" (a relative word
// after it is read by the caller), or -1. The day is a date, not a count:
// "سُجلت الوفاة الأولى في 14 منه" records one death.
func (s *scanner) ofTheMonth(k int) int {
	switch {
	case s.is(k, "منه"):
		return k + 1
	case s.is(k, "من") && s.is(k+1, "الشهر"):
		return k + 2
	}
	return -1
}

func (s *scanner) periodEnd(j int, d *Date) int {
	if p, e := s.periodAt(j); p != "" {
		d.Period = p
		return e
	}
	return -1
}

// yearAt reads a plain four-digit year 1900..2100 at token j, with the
// Gregorian "م" glued after it.
func (s *scanner) yearAt(j int) (int, int) {
	if j >= len(s.toks) || s.toks[j].kind != tDigits || len(s.toks[j].norm) != 4 || s.latinBefore(j) {
		return 0, 0
	}
	c := s.digitCount(j)
	v := int(c.val)
	if c.sep || c.unit != "" || c.ordinal || v < 1900 || v > 2100 {
		return 0, 0
	}
	return v, s.gregorian(j + 1)
}

func (s *scanner) gregorian(j int) int {
	if j < len(s.toks) && s.toks[j].glued && s.toks[j].norm == "م" {
		return j + 1
	}
	return j
}

// yearish decides whether a bare number in the year range, with no word
// around it that makes it a date, is a year rather than a count: "in 2014"
// is handled by the caller, "2014 was" is a year, "2000 troops" a count.
func (s *scanner) yearish(j int) bool {
	if _, ok := s.approxBefore(j); ok {
		return false
	}
	if j > 0 && s.toks[j-1].kind == tPunct && s.toks[j].glued && containsRune("$€£%٪", s.toks[j-1].norm) {
		return false
	}
	k := j + 1
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	switch t.kind {
	case tPunct:
		return !containsRune(percentSigns, t.norm)
	case tDigits:
		return true
	}
	in := t.info
	if in != nil && (in.percent || in.numK == nScale || in.numK == nHundred) {
		return false
	}
	if s.is(j-1, "the") || s.is(j-1, "a") && !s.gluedPunct(j+1, "-") {
		return true // "the 2019 election", "a 2019 fire": one thing, not 2019 of them
	}
	if in != nil && (in.stop || in.prep != "" || in.month > 0 || len(in.cues) > 0 || in.relAfter != "") {
		return true
	}
	if t.latin {
		return t.upper
	}
	// An Arabic noun right after the number is what it counts.
	return false
}

// monthAt reads a month name at token j: one word, or a Levantine pair
// ("تشرين الأول"), or an English abbreviation with its dot.
func (s *scanner) monthAt(j int) (int, int, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return 0, 0, false
	}
	t := &s.toks[j]
	w, clit := t.info, false
	if w == nil || (w.month == 0 && !w.month1) {
		w, clit = t.cinfo, true
	}
	if w == nil {
		return 0, 0, false
	}
	if w.month1 && j+1 < len(s.toks) {
		if m := monthPairsN[[2]string{s.bare(j), s.toks[j+1].norm}]; m > 0 {
			return m, j + 2, true
		}
	}
	if w.month == 0 {
		return 0, 0, false
	}
	if !w.monthA && (!t.upper || clit) {
		return 0, 0, false
	}
	if w.month == 8 && w.monthA && s.bare(j) == "اب" {
		// آب (August) folds to the letters of أب (father), and باب
		// (door) would read as ب + آب: only the madda spelling, unglued,
		// is the month.
		if clit || firstRaw(s.text[t.bs:t.be]) == 'أ' {
			return 0, 0, false
		}
	}
	end := j + 1
	if w.abbrev && s.gluedPunct(end, ".") {
		end++
	}
	return w.month, end, true
}

func firstRaw(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// periodAt reads a duration at token j: "two years", "15 عاما", "ثلاثة
// أشهر", a dual ("عامين"), "a year", "عام واحد". It returns "" when there is
// none.
func (s *scanner) periodAt(j int) (string, int) {
	n := len(s.toks)
	t := &s.toks[j]
	if w := s.word(j, true); w != nil && w.unit != 0 {
		if w.dual {
			return period(w.unitN, w.unit), j + 1
		}
		if j+1 < n && (s.is(j+1, "واحد") || s.is(j+1, "واحده")) {
			return period(w.unitN, w.unit), j + 2
		}
		if w.unitN == 1 && singularUnit[t.norm] && (s.is(j-1, "لمده") || s.is(j-1, "مده")) {
			return period(1, w.unit), j + 1 // "هدنة لمدة شهر": for a month
		}
		return "", 0
	}
	if t.latin && (t.norm == "a" || t.norm == "an") {
		// "a year", "a week"; not "a months-long deadlock", which is
		// months, how many untold.
		if u := s.unitWord(j + 1); u != nil && u.unitN >= 1 && !strings.HasSuffix(s.toks[j+1].norm, "s") {
			return period(u.unitN, u.unit), j + 2
		}
		return "", 0
	}
	c, ok := s.count(j)
	if !ok || c.ordinal || c.unit != "" || c.end >= n {
		return "", 0
	}
	if u := s.unitWord(c.end); u != nil {
		return period(c.val*u.unitN, u.unit), c.end + 1
	}
	// "a 30-day ceasefire", "a two-week truce".
	if e := c.end; e+1 < n && s.toks[e].kind == tPunct && (s.toks[e].norm == "-" || s.toks[e].norm == "‐") && s.toks[e].glued && s.toks[e+1].glued {
		if u := s.unitWord(e + 1); u != nil && !(s.gluedPunct(e+2, "-") && s.is(e+3, "old")) { // an age: "a 12-year-old"
			return period(c.val*u.unitN, u.unit), e + 2
		}
	}
	return "", 0
}

// unitWord is the time unit at token j, excluding duals and the definite
// forms kept for relative dates.
func (s *scanner) unitWord(j int) *wordInfo {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return nil
	}
	w := s.toks[j].info
	if w == nil || w.unit == 0 || w.dual || len(s.toks[j].norm) > 4 && s.toks[j].norm[:4] == "ال" {
		return nil
	}
	return w
}

func period(v float64, unit byte) string {
	var buf [24]byte
	b := strconv.AppendFloat(buf[:0], v, 'f', -1, 64)
	b = append(b, unit)
	return string(b)
}

// openEndedAt returns the end of a duration with no set end at token i,
// or i: "open-ended" and "indefinite" in English (not "adjourned
// indefinitely", a delay); in Arabic
// مفتوح only after a strike or a sit-in ("إضراب مفتوح", "الإضراب المفتوح"),
// since it is also an open door, an open dialogue or an open market.
func (s *scanner) openEndedAt(i int) int {
	t := &s.toks[i]
	if t.latin {
		switch t.norm {
		case "indefinite", "open-ended":
			return i + 1
		case "open":
			if s.gluedPunct(i+1, "-") && s.is(i+2, "ended") {
				return i + 3
			}
		}
		return i
	}
	switch t.norm {
	case "مفتوح", "مفتوحا", "مفتوحه", "المفتوح", "المفتوحه":
	default:
		return i
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if n := s.toks[j].norm; strings.Contains(n, "ضراب") || strings.Contains(n, "عتصام") {
			return i + 1
		}
	}
	return i
}
