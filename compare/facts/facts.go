package facts

import "sync"

// Number is a quantity stated in the text: "2500", "2,500", "٢٥٠٠",
// "2.5 million", "ألفين وخمسمئة", "hundreds".
type Number struct {
	Start, End int    // rune offsets, End exclusive
	Text       string // the original span
	Value      float64
	// Approx is set for "about", "نحو", "حوالي", "more than", "أكثر من" and
	// the like, before or after the number.
	Approx bool
	// Bound tells an open-ended approximation apart: "min" for "more than",
	// "at least", "أكثر من"; "max" for "less than", "up to", "أقل من"; ""
	// otherwise.
	Bound string
	// Near is set for a bound told as close to its value: "just under a
	// third", "slightly more than 40", "barely above 2%"; and, with no
	// Bound, for a value neared from under it: "nearly 30", "يناهز 40".
	Near bool `json:",omitempty"`
	// Vague is set for "hundreds", "مئات", "dozens", "عشرات"; Value is then
	// the size of the unit counted ("hundreds" = 100, "tens of thousands" =
	// 10000), a lower bound.
	Vague bool
	// Unit is the textnorm.Key of the counted noun ("2500 جندي", "2,500
	// troops"), or a currency sign written before the digits ("$"), or ""
	// when none is recognised.
	Unit    string
	Ordinal bool // "third", "3rd", "الثالث"
	Percent bool // "%", "٪", "percent", "بالمئة", "في المئة"
	// Year is set when an integer in the year range 1900..2100 was read as a
	// count because a counted noun follows it ("2000 troops"). A bare year is
	// never a Number: it is reported as a Date.
	Year bool
	// To is the upper end of a range told as "between 30 and 45 tonnes",
	// "ما بين 30 و45 طناً", whose lower end is Value; 0 for a single value.
	To float64 `json:",omitempty"`
}

// PeriodOpen is the Period of a duration with no set end: "open-ended",
// "indefinite", "إضراب مفتوح" (an open strike).
const PeriodOpen = "open"

// Date is a point or span of time: a year, a month, a day, a relative date
// ("last year", "الشهر المقبل") or a duration ("within two years").
type Date struct {
	Start, End int
	Text       string
	Year       int // 0 when unknown
	Month      int // 1..12, 0 when unknown
	Day        int // 0 when unknown
	// Qualifier is one of "", "by", "before", "after", "since", "until",
	// "end", "start", "mid", "within", "in". A position ("end", "start",
	// "mid") wins over the preposition, which is then kept in Prep.
	Qualifier string
	// Prep is the preposition that governs the date ("by" in "by the end of
	// 2026"), one of the Qualifier values other than the positions.
	Prep string
	// Period is a duration: "2y" for "within two years" / "في غضون عامين",
	// "3m", "2w", "10d", "48h"; PeriodOpen for one with no set end, "an
	// open-ended strike", "إضراب مفتوح".
	Period string
	// Age is set for a duration that is someone's age: after a word of age
	// ("aged", "أعمارهم", "عمرها"), before "old", or in parentheses after
	// an Arabic name ("(٤١ عاماً)"). It is no length of the event.
	Age bool `json:",omitempty"`
	// From is the lower end of a duration told as a range, in Period's
	// notation: "5y" for "between five and 10 years", "12h" for "12 to 24
	// hours"; Period is then its upper end.
	From string `json:",omitempty"`
	// Relative is "current" (الحالي, this), "last" (الماضي, last) or "next"
	// (المقبل, next), or "".
	Relative string
	// RelUnit is the unit of a relative date without a month name: "y" for
	// "last year", "m" for "الشهر المقبل", "w", "d" for "today".
	RelUnit string
	// Clock is a time of day, in minutes after midnight plus one ("3:42
	// a.m." is 223, "الساعة الحادية عشرة ليلا" 1381), 0 when the date has
	// none. A time of day is a Date of its own, with no other field set
	// but its Qualifier: "by" ("by 10 pm", "بحلول الساعة العاشرة") or
	// "until".
	Clock int `json:",omitempty"`
	// Clock12 is set when the time says neither a.m. nor p.m. nor a part of
	// the day ("at 3:42"): it may be twelve hours later.
	Clock12 bool `json:",omitempty"`
	// ClockApprox is set for "around", "shortly after", "نحو" before it.
	ClockApprox bool `json:",omitempty"`
	// Bound tells a duration told as open-ended apart, as Number.Bound
	// does: "min" for "at least a year", "أكثر من عامين"; "max" for "up to
	// two years", "less than a week"; "" otherwise.
	Bound string `json:",omitempty"`
	// Approx is set for a duration told as approximate: "about 18
	// months", "نحو عامين", and for one with a Bound.
	Approx bool `json:",omitempty"`
}

// CueKind classifies a cue word.
type CueKind uint8

// Cue kinds.
const (
	Negation    CueKind = iota // لا، لم، لن، not, never, n't
	Denial                     // نفى، محض كذب، denied, baseless
	Hedge                      // ربما، قد يـ، reportedly, may
	Affirmation                // أكد، توصلنا، confirmed, agreed
)

// String names the kind.
func (k CueKind) String() string {
	switch k {
	case Negation:
		return "negation"
	case Denial:
		return "denial"
	case Hedge:
		return "hedge"
	case Affirmation:
		return "affirmation"
	}
	return "unknown"
}

// Cue is a word or fixed phrase that negates, denies, hedges or affirms.
type Cue struct {
	Start, End int
	Text       string
	Kind       CueKind
}

// Facts holds everything Extract found, each slice in text order.
type Facts struct {
	Numbers []Number
	Dates   []Date
	Cues    []Cue
}

// scanPool recycles token buffers: Extract runs for every statement pair the
// classifier scores, so the tokeniser's slices must not be reallocated each
// time.
var scanPool = sync.Pool{New: func() any { return new(scanner) }}

func getScanner(text string) *scanner {
	loadTables()
	s := scanPool.Get().(*scanner)
	s.tokenize(text)
	return s
}

func putScanner(s *scanner) {
	s.text = ""
	s.norm = ""
	scanPool.Put(s)
}

// Extract finds the numbers, dates and cues of text in one pass over its
// tokens.
func Extract(text string) Facts {
	s := getScanner(text)
	defer putScanner(s)
	var f Facts
	f.Dates = s.dates()
	f.Numbers = s.numbers()
	f.Cues = s.cues()
	return f
}

// Numbers returns the quantities in text. Years, days of the month and
// durations belong to dates and are left out.
func Numbers(text string) []Number {
	s := getScanner(text)
	defer putScanner(s)
	s.dates()
	return s.numbers()
}

// Dates returns the dates and durations in text.
func Dates(text string) []Date {
	s := getScanner(text)
	defer putScanner(s)
	return s.dates()
}

// Cues returns the negation, denial, hedge and affirmation cues in text.
func Cues(text string) []Cue {
	s := getScanner(text)
	defer putScanner(s)
	return s.cues()
}
