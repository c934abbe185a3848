package data

import (
	"bufio"
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// span is the text a reason's offsets point at in a statement ("" when
// absent or out of range).
func span(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || end > len(r) || start >= end {
		return ""
	}
	return string(r[start:end])
}

// checkReasonSpans fails when a reason's offsets do not point at its own
// quoted words on each side.
func checkReasonSpans(t *testing.T, p Pair) {
	t.Helper()
	for _, r := range p.Reasons {
		if r.AStart >= 0 && span(p.A.Text, r.AStart, r.AEnd) == "" {
			t.Errorf("pair %d: reason %q: A offsets %d-%d outside %q", p.ID, r.Detail, r.AStart, r.AEnd, p.A.Text)
		}
		if r.BStart >= 0 && span(p.B.Text, r.BStart, r.BEnd) == "" {
			t.Errorf("pair %d: reason %q: B offsets %d-%d outside %q", p.ID, r.Detail, r.BStart, r.BEnd, p.B.Text)
		}
		if r.Kind == "stance" {
			if got := span(p.A.Text, r.AStart, r.AEnd); r.A != "" && got != r.A {
				t.Errorf("pair %d: stance A is %q, offsets give %q", p.ID, r.A, got)
			}
			if got := span(p.B.Text, r.BStart, r.BEnd); r.B != "" && got != r.B {
				t.Errorf("pair %d: stance B is %q, offsets give %q", p.ID, r.B, got)
			}
		}
	}
}

// sampleStore loads the sample claim and returns its contradictions and
// its sources by id.
func sampleStore(t *testing.T) ([]Pair, []Pair, map[int64]Source) {
	t.Helper()
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	contra, err := s.Contradictions(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	srcs := map[int64]Source{}
	for _, x := range d.Sources {
		srcs[x.ID] = x
	}
	return contra, all, srcs
}

// The militia leader's denials against each affirming account of the
// sample, in each language: the pair is listed with a stance, denial or
// negation reason whose words on the denying side are a denial.
func TestSampleContradictionsDenialsAgainstAccounts(t *testing.T) {
	contra, _, _ := sampleStore(t)
	denial := []string{"محض كذب", "كذب", "لن تنسحب", "لا نية", "lies", "not withdraw", "no American intention"}
	affirming := []struct{ name, marker string }{
		{"Reuters, the agreed plan (ar)", "خطة اتفق عليها"},
		{"Reuters, the dates (ar)", "بحلول أيلول 2025"},
		{"the US official (ar)", "توصلنا إلى اتفاق"},
		{"the adviser (ar)", "المحادثات الفنية"},
		{"Rogin (ar)", "في غضون عامين"},
		{"Reuters, the agreed plan (en)", "broadly agreed"},
		{"Reuters, the dates (en)", "by September 2025"},
		{"the US official (en)", "reached an agreement"},
		{"the adviser (en)", "technical talks"},
		{"Rogin (en)", "within two years"},
	}
	isDenial := func(words string) bool {
		for _, d := range denial {
			if strings.Contains(words, d) {
				return true
			}
		}
		return false
	}
	for _, want := range affirming {
		found := false
		for _, p := range contra {
			checkReasonSpans(t, p)
			// The denying side and the affirming side, in either order.
			for _, o := range []struct {
				deny, affirm      *Statement
				denySide, affSide func(Reason) (string, int, int)
			}{
				{p.A, p.B, func(r Reason) (string, int, int) { return r.A, r.AStart, r.AEnd }, func(r Reason) (string, int, int) { return r.B, r.BStart, r.BEnd }},
				{p.B, p.A, func(r Reason) (string, int, int) { return r.B, r.BStart, r.BEnd }, func(r Reason) (string, int, int) { return r.A, r.AStart, r.AEnd }},
			} {
				if !strings.Contains(o.affirm.Text, want.marker) || o.deny.Stance != StanceDenies {
					continue
				}
				for _, r := range p.Reasons {
					if r.Kind != "stance" && r.Kind != "denial" && r.Kind != "negation" {
						continue
					}
					words, start, end := o.denySide(r)
					if isDenial(words) && isDenial(span(o.deny.Text, start, end)) {
						found = true
					}
					if r.Kind == "stance" {
						if aw, as, ae := o.affSide(r); aw == "" || span(o.affirm.Text, as, ae) != aw {
							t.Errorf("%s: stance reason %q does not point at the affirming words", want.name, r.Detail)
						}
					}
				}
			}
		}
		if !found {
			t.Errorf("no contradiction of the leader's denial against %s (%q) with a reason on the denial", want.name, want.marker)
		}
	}
}

// The pair that shares only a name with the denial (the troops the United
// States keeps, a fact with no side on the claim) is not a contradiction.
func TestSampleContradictionsNoNameOnlyPair(t *testing.T) {
	contra, _, _ := sampleStore(t)
	if len(contra) == 0 {
		t.Fatal("the sample claim has no contradictions")
	}
	for _, p := range contra {
		for _, st := range []*Statement{p.A, p.B} {
			if strings.Contains(st.Text, "وتحتفظ الولايات المتحدة") || strings.Contains(st.Text, "keeps about 2,500 troops") {
				t.Errorf("pair %d (%.2f, %v) lists the troop count, which shares only a name with %q", p.ID, p.Confidence, p.Reasons, otherSide(p, st).Text)
			}
		}
	}
}

func otherSide(p Pair, st *Statement) *Statement {
	if st.ID == p.A.ID {
		return p.B
	}
	return p.A
}

// No pair, of any relation, joins a statement with its own rendering or
// with the other rendering of its own account; every pair of different
// languages is between accounts that do not both exist in one language;
// no two sources have more than maxPairsPerSources pairs of a relation
// (and maxFactPairsPerSources contradictions of facts past them);
// the list is strongest first with stance reasons first in each pair.
func TestSampleContradictionsRenderingsAndOrder(t *testing.T) {
	contra, all, srcs := sampleStore(t)
	type key struct {
		a, b int64
		rel  string
	}
	count := map[key]int{}
	for _, p := range all {
		sa, sb := srcs[p.A.SourceID], srcs[p.B.SourceID]
		if sa.Author == sb.Author && sa.Outlet == sb.Outlet {
			t.Errorf("pair %d joins two renderings of one account (%s): %q / %q", p.ID, sa.Author, p.A.Text, p.B.Text)
		}
		if sa.Lang != sb.Lang {
			t.Errorf("pair %d is across languages although both accounts exist in both: %q / %q", p.ID, p.A.Text, p.B.Text)
		}
		count[key{sa.ID, sb.ID, p.Relation}]++
		checkReasonSpans(t, p)
	}
	for k, n := range count {
		most := maxPairsPerSources
		if k.rel == RelContradicts {
			most += maxFactPairsPerSources
		}
		if n > most {
			t.Errorf("sources %d and %d have %d %s pairs, more than %d", k.a, k.b, n, k.rel, most)
		}
	}
	for i, p := range contra {
		if i > 0 && p.Confidence > contra[i-1].Confidence {
			t.Errorf("pair %d (%.2f) listed after a weaker pair (%.2f)", p.ID, p.Confidence, contra[i-1].Confidence)
		}
		for j, r := range p.Reasons {
			if r.Kind == "stance" && j != 0 {
				t.Errorf("pair %d: the stance reason is not first: %v", p.ID, p.Reasons)
			}
		}
	}
}

// A claim of another subject, with short statements in both languages.
const bankClaim = "The central bank will raise interest rates"

var (
	bankAffirmEn = "The governor confirmed that the central bank will raise interest rates next month."
	bankDenyEn   = "The central bank will not raise interest rates this year, a spokesman said."
	bankLiesEn   = "The finance minister called the reports of a rate rise pure lies."
	bankAffirmAr = "قال المحافظ إن البنك المركزي سيرفع أسعار الفائدة الشهر المقبل."
	bankDenyAr   = "نفى متحدث باسم البنك المركزي أن يرفع البنك أسعار الفائدة."
	bankNoAr     = "البنك المركزي لن يرفع أسعار الفائدة هذا العام."
	bankDealEn   = "We have reached an agreement with the banks on interest rates."
	bankCutEn    = "The central bank will cut interest rates next month."
	bankFactEn   = "The central bank keeps 40 billion dollars in reserves, the finance minister said."
	inflationEn  = "Inflation rose to 9 percent in March, the statistics office said."
	inflation2En = "Inflation fell to 7 percent in March, the statistics office said."
)

// sideFor is a statement as the archive stores it: its stance from the
// engine.
func sideFor(text, title string) side {
	r := relation.StanceOf(text, title)
	return side{text: text, stance: r.Stance.String(), conf: r.Confidence}
}

func TestJudgeRules(t *testing.T) {
	cases := []struct {
		name     string
		a, b     string
		rel      string // "" for not kept
		kind     string // the first reason's kind, when kept
		aw, bw   string // words the first reason points at on each side ("" to skip)
		minConf  float64
		maxConf  float64
		noReason string // a reason kind that must not be given
	}{
		{name: "affirmation against a negated predicate", a: bankAffirmEn, b: bankDenyEn, rel: RelContradicts, kind: "stance", aw: "raise", bw: "not raise", minConf: 0.9, maxConf: 1},
		{name: "affirmation against a denial sharing few words", a: bankDealEn, b: bankLiesEn, rel: RelContradicts, kind: "stance", aw: "reached an agreement", bw: "lies", minConf: 0.6, maxConf: 1},
		{name: "Arabic denial against English affirmation", a: bankDenyAr, b: bankAffirmEn, rel: RelContradicts, kind: "stance", aw: "نفى", bw: "raise", minConf: 0.6, maxConf: 1},
		{name: "English denial against Arabic affirmation", a: bankLiesEn, b: bankAffirmAr, rel: RelContradicts, kind: "stance", aw: "lies", bw: "سيرفع", minConf: 0.6, maxConf: 1},
		{name: "Arabic negation against Arabic affirmation", a: bankNoAr, b: bankAffirmAr, rel: RelContradicts, kind: "stance", aw: "لن يرفع", bw: "سيرفع", minConf: 0.9, maxConf: 1},
		{name: "two denials: polarity is no conflict", a: bankDenyAr, b: bankNoAr, rel: "", noReason: "negation"},
		{name: "two denials in two wordings", a: bankDenyEn, b: bankCutEn, rel: "", noReason: "negation"},
		{name: "two denials across languages agree by stance", a: bankLiesEn, b: bankDenyAr, rel: RelAgrees, kind: "stance", aw: "lies", bw: "نفى"},
		{name: "a denial against a fact on the subject", a: bankDenyAr, b: bankFactEn, rel: ""},
		{name: "a negation against a fact sharing the bank only", a: bankNoAr, b: bankFactEn, rel: ""},
		{name: "one flipped word and nothing else shared", a: bankDenyEn, b: inflationEn, rel: ""},
		{name: "a number conflict without a stance", a: inflationEn, b: inflation2En, rel: RelContradicts, kind: "number", aw: "9 percent", bw: "7 percent", minConf: 0.6, maxConf: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := judged(c.a, c.b, bankClaim)
			if c.rel == "" {
				if v.keep && v.rel == RelContradicts {
					t.Fatalf("kept as %s (%.2f) %v, want no contradiction", v.rel, v.conf, v.reasons)
				}
			} else if !v.keep || v.rel != c.rel {
				t.Fatalf("= %q keep=%v (%.2f) %v, want %s", v.rel, v.keep, v.conf, v.reasons, c.rel)
			}
			for _, r := range v.reasons {
				if r.Kind == c.noReason {
					t.Errorf("reason %q given", r.Detail)
				}
			}
			if c.rel == "" {
				return
			}
			if c.kind != "" && (len(v.reasons) == 0 || v.reasons[0].Kind != c.kind) {
				t.Fatalf("reasons %v, want %s first", v.reasons, c.kind)
			}
			r := v.reasons[0]
			if c.aw != "" && (r.A != c.aw || span(c.a, r.AStart, r.AEnd) != c.aw) {
				t.Errorf("A side %q at %d-%d (%q), want %q", r.A, r.AStart, r.AEnd, span(c.a, r.AStart, r.AEnd), c.aw)
			}
			if c.bw != "" && (r.B != c.bw || span(c.b, r.BStart, r.BEnd) != c.bw) {
				t.Errorf("B side %q at %d-%d (%q), want %q", r.B, r.BStart, r.BEnd, span(c.b, r.BStart, r.BEnd), c.bw)
			}
			if c.maxConf > 0 && (v.conf < c.minConf || v.conf > c.maxConf) {
				t.Errorf("confidence %.2f, want %.2f-%.2f", v.conf, c.minConf, c.maxConf)
			}
		})
	}
}

// judged is judge's verdict on statements a and b of a claim titled claim,
// with their stances toward it.
func judged(a, b, claim string) verdict {
	return judge(sideFor(a, claim), sideFor(b, claim), relation.Prepare(claim))
}

// contradiction reports a verdict that lists the pair as a contradiction.
func (v verdict) contradiction() bool { return v.keep && v.rel == RelContradicts }

// TestStanceOnACountIsNoRivalOfTheEvent checks that a statement that takes
// the claim's side against it only by its count ("killed three" on "...
// kills two students") is no rival of one that tells the event with no
// count, and still is of one with another count.
func TestStanceOnACountIsNoRivalOfTheEvent(t *testing.T) {
	claim := "Meningitis outbreak at a student hostel in Irbid kills two students"
	three := "Students say meningitis outbreak began earlier and killed three"
	if v := judged(three, "Al-Shamal University suspends classes for a week after meningitis deaths", claim); v.contradiction() {
		t.Errorf("a count against the event told with none: kept (%.2f) %v", v.conf, v.reasons)
	}
	if v := judged(three, "Two university students have died in an outbreak of bacterial meningitis, the Health Ministry said.", claim); !v.contradiction() {
		t.Errorf("three against two deaths: %q keep=%v %v", v.rel, v.keep, v.reasons)
	}
}

// TestStanceByAnOppositeWordAlone checks that two stances alone, one of
// them a denial read from a word opposite to the claim's ("وتوقف توزيع
// الكتب", the distribution stopped, on "... مع انطلاق العام الدراسي", the
// start of the school year), are no contradiction, while a denial by a
// denial word ("محض كذب") against an agreement still is.
func TestStanceByAnOppositeWordAlone(t *testing.T) {
	books := "نقص الكتب المدرسية في مدارس البصرة مع انطلاق العام الدراسي الجديد"
	stopped := "وتوقف توزيع الكتب على المدارس بانتظار تدقيق تجريه هيئة النزاهة في قوائم الاستلام والتسليم، بحسب المصدر."
	if v := judged("وزارة التربية ترد على شكاوى نقص الكتب المدرسية في البصرة", stopped, books); v.contradiction() {
		t.Errorf("a halt against a start, two stances alone: kept (%.2f) %v", v.conf, v.reasons)
	}
	claim := "US forces will withdraw from Iraq"
	lies := "قال القيادي في المقاومة الإسلامية، علي الطائي، إن التصريحات بخصوص اقتراب موعد انسحاب قوات التحالف “محض كذب من قبل الولايات المتحدة”."
	deal := "وقال مسؤول أمريكي كبير (لم تسمه الوكالة)، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”."
	if v := judged(lies, deal, claim); !v.contradiction() {
		t.Errorf("pure lies against an agreement: %q keep=%v %v", v.rel, v.keep, v.reasons)
	}
}

// TestQuestionsAssertNothing checks that an explainer's yes-or-no question
// ("Is drinking water affected?") is no side of a contradiction, while the
// same words as a statement are, and a question of why still is.
func TestQuestionsAssertNothing(t *testing.T) {
	claim := "Tunisia halts farm irrigation from the Nebhana dam"
	notAffected := "The ministry said drinking water supplies to Sousse would not be affected by the decision."
	if v := judged(notAffected, "Is drinking water affected?", claim); v.contradiction() {
		t.Errorf("a question as a side: kept (%.2f) %v", v.conf, v.reasons)
	}
	for _, b := range []string{"Drinking water supplies to Sousse were affected by the decision.", "Why were drinking water supplies to Sousse affected by the decision?"} {
		if v := judged(notAffected, b, claim); !v.contradiction() {
			t.Errorf("not affected against %q: %q keep=%v %v", b, v.rel, v.keep, v.reasons)
		}
	}
}

func TestStanceReasonDetail(t *testing.T) {
	v := judged(bankDenyAr, bankDealEn, bankClaim)
	if !v.keep || len(v.reasons) == 0 {
		t.Fatalf("no contradiction: %+v", v)
	}
	want := `stance: "نفى" denies the claim; "reached an agreement" affirms it`
	if got := v.reasons[0].Detail; got != want {
		t.Errorf("detail %q, want %q", got, want)
	}
}

// importAs imports text as a source with an author, outlet and its own
// language.
func importAs(t *testing.T, s *Store, claimID int64, name, author, outlet, text string) Source {
	t.Helper()
	d, err := ingest.FromText(name, text)
	if err != nil {
		t.Fatal(err)
	}
	d.Author, d.Outlet = author, outlet
	src, _, err := s.ImportSource(context.Background(), claimID, d)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// Through the archive: an Arabic-only account against an English-only
// one is paired across languages; an account and its own rendering are
// never paired; a long source against another is capped.
func TestImportPairsAcrossLanguagesAndAccounts(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, bankClaim)
	spokesAr := importAs(t, s, c.ID, "spokesman-ar", "متحدث باسم البنك", "الأهرام", bankDenyAr)
	governorEn := importAs(t, s, c.ID, "governor-en", "The governor", "Reuters", bankAffirmEn)
	governorAr := importAs(t, s, c.ID, "governor-ar", "The governor", "Reuters", bankAffirmAr)
	// A long source of denials and a long source of affirmations.
	denials := importAs(t, s, c.ID, "denials", "A minister", "AP", strings.Join([]string{bankDenyEn, bankLiesEn,
		"The minister said the bank will not raise rates at all.", "The reports that the bank will raise rates are false, the minister said."}, " "))
	affirms := importAs(t, s, c.ID, "affirms", "An economist", "AP", strings.Join([]string{bankAffirmEn, bankDealEn,
		"The economist said the bank will raise rates by half a point.", "The bank will raise rates again in the spring, the economist said."}, " "))
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	between := func(x, y Source) []Pair {
		var out []Pair
		for _, p := range pairs {
			if p.A.SourceID == x.ID && p.B.SourceID == y.ID || p.A.SourceID == y.ID && p.B.SourceID == x.ID {
				out = append(out, p)
			}
		}
		return out
	}
	cross := between(spokesAr, governorEn)
	if len(cross) != 1 || cross[0].Relation != RelContradicts || len(cross[0].Reasons) == 0 || cross[0].Reasons[0].Kind != "stance" {
		t.Errorf("Arabic-only denial against the English affirmation: %+v, want one stance contradiction", cross)
	}
	if ps := between(governorEn, governorAr); len(ps) != 0 {
		t.Errorf("the governor's account is paired with its own rendering: %+v", ps)
	}
	// The governor's Arabic rendering meets the Arabic spokesman in
	// Arabic, so that pair is listed.
	if ps := between(spokesAr, governorAr); len(ps) != 1 || ps[0].Relation != RelContradicts {
		t.Errorf("Arabic denial against the Arabic affirmation: %+v, want one contradiction", ps)
	}
	long := between(denials, affirms)
	n := 0
	for _, p := range long {
		if p.Relation == RelContradicts {
			n++
		}
		checkReasonSpans(t, p)
	}
	if n == 0 || n > maxPairsPerSources+maxFactPairsPerSources {
		t.Errorf("%d contradictions between the two long sources, want 1 to %d", n, maxPairsPerSources+maxFactPairsPerSources)
	}
}

// TestCapPairsKeepsMoreFacts checks that between two sources the strongest
// maxPairsPerSources contradictions are kept, then up to
// maxFactPairsPerSources more that rest on a number or a date, and no more
// of the others.
func TestCapPairsKeepsMoreFacts(t *testing.T) {
	var rows []pairRow
	for i := range 12 {
		kind := "negation"
		if i%2 == 1 {
			kind = "number"
		}
		rows = append(rows, pairRow{stA: int64(100 + i), srcA: 1, stB: int64(200 + i), srcB: 2,
			verdict: verdict{rel: RelContradicts, conf: 0.9 - float64(i)*0.05, keep: true, reasons: []Reason{{Kind: kind}}}})
	}
	kept := capPairs(rows)
	if len(kept) != maxPairsPerSources+maxFactPairsPerSources {
		t.Fatalf("kept %d pairs, want %d", len(kept), maxPairsPerSources+maxFactPairsPerSources)
	}
	for i, r := range kept {
		if i < maxPairsPerSources && r.conf != rows[i].conf {
			t.Errorf("pair %d: confidence %.2f, want the %d-th strongest %.2f", i, r.conf, i+1, rows[i].conf)
		}
		if i >= maxPairsPerSources && r.reasons[0].Kind != "number" {
			t.Errorf("pair %d past the cap rests on %s", i, r.reasons[0].Kind)
		}
	}
}

// The dev sets' contradictions, when they are present: judge keeps almost
// all of the pairs the classifier rightly calls contradictions (the dev
// pairs are matched by topic, so the sharing rule should rarely bite).
func TestJudgeKeepsDevContradictions(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	dir := filepath.Join(wd, "..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no dev data at ../shared/eval/dev from the repository root")
	}
	floors := map[string]float64{"ans_train_ar.tsv": 0.93, "breaking_nli_half_en.tsv": 0.98, "seed_pairs.tsv": 1}
	for name, floor := range floors {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		sc.Scan() // header
		kept, total := 0, 0
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) < 5 || c[4] != "contradiction" || relation.Classify(c[2], c[3]).Label != relation.Contradicts {
				continue
			}
			total++
			if v := judge(side{text: c[2]}, side{text: c[3]}, nil); v.contradiction() {
				kept++
			}
		}
		f.Close()
		share := float64(kept) / float64(max(total, 1))
		t.Logf("%s: judge keeps %d of %d true contradictions the classifier found (%.3f)", name, kept, total, share)
		if share < floor {
			t.Errorf("%s: kept %.3f, below %.3f", name, share, floor)
		}
	}
}

// TestRepeatedTextFindsTheSameContradictions: a page that carries its text
// several times (QA imported the reference article five times over) finds
// the contradictions the text finds once; the copies used to fill the
// import's judgements and leave none for them.
func TestRepeatedTextFindsTheSameContradictions(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "demo", "article-v1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	found := func(copies int) int {
		s := MustOpen(t)
		c, err := s.LoadSample(ctx)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Repeat(string(b)+"\n\n", copies)
		d, err := ingest.FromText("article", text)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.ImportSource(ctx, c.ID, d); err != nil {
			t.Fatal(err)
		}
		got, err := s.Claim(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.Contradictions - c.Contradictions
	}
	once, thrice := found(1), found(3)
	if once == 0 {
		t.Skip("the demo article adds no contradiction to the sample claim")
	}
	if thrice != once {
		t.Errorf("the article once adds %d contradictions, three times over %d", once, thrice)
	}
}

// TestSpeakersAreNoDifference checks that a difference between who speaks
// ("Fire Chief Maria Costa" against "Investigators"), or a negation that
// seems to govern who speaks, does not make a contradiction, while a
// difference in what is said still does.
func TestSpeakersAreNoDifference(t *testing.T) {
	// Both short: a difference no rule explained is kept only between
	// statements of a headline's length (maxUnexplainedWords).
	a := "Fire Chief Maria Costa said the fire was caused by an electrical fault."
	b := "Investigators have not yet said what caused the fire."
	bare := judge(side{text: a}, side{text: b}, nil)
	if !bare.keep || !slices.ContainsFunc(bare.reasons, func(r Reason) bool { return r.Kind == "difference" }) {
		t.Fatalf("without speakers the pair is %+v; the test needs the classifier's difference reason", bare)
	}
	if v := judge(side{text: a, speaker: "Fire Chief Maria Costa"}, side{text: b, speaker: "Investigators"}, nil); v.keep {
		t.Errorf("with its speakers known the pair is kept: %s %.2f %+v", v.rel, v.conf, v.reasons)
	}
	// The word a negation seems to govern is the one who speaks: "نفي
	// الجبهة" is the Front's denial. (Not in a "no comment" sentence,
	// which contradicts nothing whoever speaks.)
	e := `وأكد المتحدث أن "الجبهة وافقت على جميع بنود الاتفاق"، مشيرًا إلى أن الوسطاء سيراقبون تنفيذه.`
	f := "وأثار نفي الجبهة استغراب الوسطاء."
	bare = judge(side{text: e}, side{text: f}, nil)
	if !bare.keep || !slices.ContainsFunc(bare.reasons, func(r Reason) bool { return r.Kind == "negation" }) {
		t.Fatalf("without speakers the pair is %+v; the test needs the classifier's negation reason", bare)
	}
	if v := judge(side{text: e, speaker: "المتحدث"}, side{text: f, speaker: "الجبهة"}, nil); v.keep && slices.ContainsFunc(v.reasons, func(r Reason) bool { return r.Kind == "negation" }) {
		t.Errorf("with its speakers known the pair keeps a negation: %s %.2f %+v", v.rel, v.conf, v.reasons)
	}
	c := "The minister said the talks will be held in Cairo next week."
	d := "The minister said the talks will be held in Doha next week."
	if v := judge(side{text: c, speaker: "The minister"}, side{text: d, speaker: "The minister"}, nil); !v.contradiction() {
		t.Errorf("Cairo against Doha, one speaker: %+v, want a contradiction", v)
	}
}

// TestImportFindsConflictsAcrossLanguages checks that an English and an
// Arabic account that share no word, only names, concepts and the kind of
// number, are judged at import: the turnout they give differs.
func TestImportFindsConflictsAcrossLanguages(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "Narobia election result")
	en := importAs(t, s, c.ID, "herald", "", "Capital Herald",
		"Amal Haddad won the presidential election, the commission said on Monday.\n\n"+
			"Turnout was 41 percent, the commission's chairman, Rami Saleh, told a news conference in the capital.")
	ar := importAs(t, s, c.ID, "channel", "", "قناة الرافدين",
		"فازت أمل حداد في الانتخابات الرئاسية.\n\n"+
			"وقال رئيس المفوضية، رامي صالح، إن نسبة المشاركة بلغت 44%، وهي الأدنى منذ عام 1996.")
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !numberConflict(t, pairs, en, ar, "41", "44") {
		t.Errorf("no contradiction 41 percent against 44%% between the two languages; pairs: %+v", pairs)
	}
}

// numberConflict reports whether pairs list a contradiction of sources a
// and b on a number reason whose sides hold x and y, and checks its
// offsets.
func numberConflict(t *testing.T, pairs []Pair, a, b Source, x, y string) bool {
	t.Helper()
	for _, p := range pairs {
		if p.A.SourceID == a.ID && p.B.SourceID == b.ID && p.Relation == RelContradicts &&
			slices.ContainsFunc(p.Reasons, func(r Reason) bool {
				return r.Kind == "number" && strings.Contains(r.A, x) && strings.Contains(r.B, y)
			}) {
			checkReasonSpans(t, p)
			return true
		}
	}
	return false
}

// TestImportSetsCountsOfOneOutcomeAgainstEachOther checks that two accounts
// of a claim that count its dead in two languages, and share little else,
// are paired by the outcome they count and listed as a number conflict;
// and that two statements sharing only the noun they count meet too.
func TestImportSetsCountsOfOneOutcomeAgainstEachOther(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "Landslide in Kfar Nour")
	en := importAs(t, s, c.ID, "wire", "", "Levant Wire",
		"Landslide kills 19 in Kfar Nour\n\n"+
			"Heavy machinery reached the upper quarter by noon, and the regional governor visited the site.\n\n"+
			"The steel plant in the valley will cut about 400 jobs, the union said.")
	ar := importAs(t, s, c.ID, "channel", "", "قناة الجبل",
		"من جهته، أعلن الدفاع المدني حتى مساء الثلاثاء تسجيل 27 حالة وفاة في البلدة الجبلية.\n\n"+
			"Insiders say as many as 1,500 jobs would go.")
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !numberConflict(t, pairs, en, ar, "19", "27") {
		t.Errorf("no contradiction 19 dead against 27 deaths; pairs: %+v", pairs)
	}
	if !numberConflict(t, pairs, en, ar, "400", "1,500") {
		t.Errorf("no contradiction 400 jobs against 1,500 jobs; pairs: %+v", pairs)
	}
}

func TestCountedKeys(t *testing.T) {
	var prep *relation.Prepared
	text := "The floods killed 47 people and destroyed 300 homes."
	got := countedKeys(searchNorm(text), &prep, text)
	for _, want := range []string{countedPrefix + "people", countedPrefix + "home", countedPrefix + "\x03killed"} {
		if !slices.Contains(got, want) {
			t.Errorf("countedKeys(%q) = %q, lacks %q", text, got, want)
		}
	}
	if prep == nil {
		t.Error("a statement with a number was not tokenised")
	}
	// The second word of what is counted: "five aid workers".
	en2, ar2 := "Gunmen seize 5 aid workers in the north.", "خطف مسلحون سبعة عشر عاملين في المنظمة."
	var p3, p4 *relation.Prepared
	k3, k4 := countedKeys(searchNorm(en2), &p3, en2), countedKeys(searchNorm(ar2), &p4, ar2)
	if !slices.ContainsFunc(k3, func(k string) bool { return slices.Contains(k4, k) }) {
		t.Errorf("%q counts %q, %q counts %q: nothing in common", en2, k3, ar2, k4)
	}
	// One to nine in words count their noun as digits do, across the
	// scripts too: "seven villages" meets "تسع قرى", and "three people were
	// killed" gives the outcome as well.
	var p5, p6 *relation.Prepared
	seven, nine := "Seven villages had been submerged.", "وغمرت المياه تسع قرى على ضفتي الوادي."
	k5, k6 := countedKeys(searchNorm(seven), &p5, seven), countedKeys(searchNorm(nine), &p6, nine)
	if !slices.ContainsFunc(k5, func(k string) bool { return strings.HasPrefix(k, countedPrefix+"\x01") && slices.Contains(k6, k) }) {
		t.Errorf("%q counts %q, %q counts %q: no concept in common", seven, k5, nine, k6)
	}
	var p7 *relation.Prepared
	three := "Three people were killed in the blast."
	if got := countedKeys(searchNorm(three), &p7, three); !slices.Contains(got, countedPrefix+"people") || !slices.Contains(got, countedPrefix+"\x03killed") {
		t.Errorf("%q counts %q, want people and the outcome killed", three, got)
	}
	// A counted noun meets its translation.
	en, ar := "Port officials said 23 ships were waiting.", "وقالت مصادر إن 37 سفينة تنتظر في الميناء."
	var p1, p2 *relation.Prepared
	kEn, kAr := countedKeys(searchNorm(en), &p1, en), countedKeys(searchNorm(ar), &p2, ar)
	if !slices.ContainsFunc(kEn, func(k string) bool { return slices.Contains(kAr, k) }) {
		t.Errorf("%q counts %q, %q counts %q: nothing in common", en, kEn, ar, kAr)
	}
	prep = nil
	if got := countedKeys(searchNorm("No number here."), &prep, "No number here."); len(got) != 0 || prep != nil {
		t.Errorf("a statement without a number: %q, tokenised %v", got, prep != nil)
	}
}

// TestCrossKeysOfPhrases checks that a statement is indexed for the other
// language under the lexicon's two-word concepts too: "live rounds" and
// "الرصاص الحي" share neither word, and are one concept.
func TestCrossKeysOfPhrases(t *testing.T) {
	en, ar := "They used live rounds", "الداخلية تنفي إطلاق الرصاص الحي"
	ne, na := searchNorm(en), searchNorm(ar)
	indexed := crossKeys(ne, contentKeys(ne), false, false)
	looked := crossKeys(na, contentKeys(na), true, true)
	var both []string
	for _, k := range looked {
		if slices.Contains(indexed, k) {
			both = append(both, k)
		}
	}
	if len(both) == 0 {
		t.Fatalf("%q indexed under %q, %q looks up %q: nothing met", en, indexed, ar, looked)
	}
	// One word of the phrase alone is not the phrase.
	nl := searchNorm("Officials said the rounds of talks would go on")
	for _, k := range crossKeys(nl, contentKeys(nl), false, false) {
		if slices.Contains(both, k) {
			t.Errorf("rounds of talks indexed under live rounds' concept %q", k)
		}
	}
}

// TestJudgeCompoundClaim checks that on a claim of two parts, statements
// that take sides on two different parts are no contradiction by stance,
// and two opposite sides of one part still are.
func TestJudgeCompoundClaim(t *testing.T) {
	claim := "Central bank cuts interest rate, denies dinar devaluation"
	cut := "The central bank cut its main interest rate on Thursday."
	denial := "The governor denied that the bank was considering a devaluation of the dinar."
	raised := "The central bank raised its main interest rate on Thursday."
	if v := judged(cut, denial, claim); v.contradiction() {
		t.Errorf("the cut against the devaluation denial: %s (%.2f) %v", v.rel, v.conf, v.reasons)
	}
	if v := judged(cut, raised, claim); !v.contradiction() {
		t.Errorf("the cut against a rise: %q keep=%v %v", v.rel, v.keep, v.reasons)
	}
}

// TestJudgeSidesOnTwoCommodities checks that sides taken on two
// commodities of a claim are no contradiction by stance (no stance reason),
// while a denial of the commodity that rose still is.
func TestJudgeSidesOnTwoCommodities(t *testing.T) {
	claim := "Government raises fuel prices"
	petrol := "The price of a litre of petrol rose to 14 pounds on Friday, the oil ministry said."
	gas := "A ministry spokesman denied any increase in the price of household butane cylinders."
	denial := "A ministry spokesman denied any increase in the price of petrol."
	byStance := func(r Reason) bool { return r.Kind == "stance" }
	if v := judged(petrol, gas, claim); slices.ContainsFunc(v.reasons, byStance) {
		t.Errorf("petrol's rise against butane's denial: %s (%.2f) %v", v.rel, v.conf, v.reasons)
	}
	if v := judged(petrol, denial, claim); !v.contradiction() || !slices.ContainsFunc(v.reasons, byStance) {
		t.Errorf("petrol's rise against its denial: %q keep=%v %v", v.rel, v.keep, v.reasons)
	}
}

// TestPolarityAloneRanksBelowFacts checks that a contradiction explained
// by a negation alone is scaled by polarityFactor, below one explained by
// a number, although the classifier is surer of the negation.
func TestPolarityAloneRanksBelowFacts(t *testing.T) {
	negA, negB := "The ministry said the bridge had not collapsed.", "The bridge collapsed on Sunday, witnesses said."
	numA, numB := "The fire killed 12 people, officials said.", "The fire killed 19 people, the civil defence said."
	neg := judge(side{text: negA}, side{text: negB}, nil)
	num := judge(side{text: numA}, side{text: numB}, nil)
	if !neg.keep || neg.rel != RelContradicts || !num.keep || num.rel != RelContradicts {
		t.Fatalf("want two contradictions: %+v, %+v", neg, num)
	}
	r := relation.ClassifyInClaim(relation.Prepare(negA), relation.Prepare(negB))
	if math.Abs(neg.conf-r.Confidence*polarityFactor) > 1e-9 {
		t.Errorf("negation alone: confidence %.3f, want the classifier's %.3f scaled by %.2f", neg.conf, r.Confidence, polarityFactor)
	}
	if neg.conf >= num.conf {
		t.Errorf("negation alone %.3f ranks above a number %.3f", neg.conf, num.conf)
	}
}

func TestApart(t *testing.T) {
	for _, c := range []struct {
		a, na, b, nb int
		want         bool
	}{
		{0, 12, 11, 12, true},  // a headline against a story's last sentence
		{1, 15, 8, 15, true},   // a lead against the second half
		{0, 2, 1, 2, false},    // a brief: all main facts
		{0, 5, 3, 5, false},    // a short story: too few statements apart
		{1, 20, 5, 20, false},  // near the top of both
		{3, 30, 20, 60, false}, // far down a long story, near the top of a short one by share
		{0, 0, 5, 10, false},   // a length unknown
	} {
		if got := apart(c.a, c.na, c.b, c.nb); got != c.want {
			t.Errorf("apart(%d of %d, %d of %d) = %v, want %v", c.a, c.na, c.b, c.nb, got, c.want)
		}
		if got := apart(c.b, c.nb, c.a, c.na); got != c.want {
			t.Errorf("apart(%d of %d, %d of %d) = %v, want %v (the other way)", c.b, c.nb, c.a, c.na, got, c.want)
		}
	}
}

// Two statements that open their sources rank as if they shared two more
// words: two headlines that share two words come before two background
// sentences that share three, and after two that share five.
func TestCandScoreLeads(t *testing.T) {
	heads := candScore(2, false, 0, 0, 1)
	for _, c := range []struct {
		name         string
		keys, sa, sb int
		above        bool
	}{
		{"two background sentences sharing three words", 3, 7, 9, false},
		{"a headline and a background sentence sharing three words", 3, 0, 9, false},
		{"two background sentences sharing five words", 5, 7, 9, true},
	} {
		if got := candScore(c.keys, false, 0, c.sa, c.sb); (got > heads) != c.above {
			t.Errorf("%s: %.1f against two headlines sharing two words %.1f", c.name, got, heads)
		}
	}
	if candScore(2, false, 0, 3, 0) != 2*2 {
		t.Errorf("a pair past the lead on one side takes the lead's weight: %.1f", candScore(2, false, 0, 3, 0))
	}
}

// landslideFillers are sentences of a landslide story that conflict with
// nothing, to stand between the statements a test places.
var landslideFillers = []string{
	"Heavy machinery reached the upper quarter by noon.",
	"The regional governor visited the site in the afternoon.",
	"Volunteers carried blankets and bread to the school gym.",
	"Roads into the valley were closed to private cars.",
	"The village sits on a steep slope above the river.",
	"Engineers will inspect the remaining houses this week.",
	"Families from the lower quarter slept at relatives' homes.",
	"The weather service expects more rain over the mountains.",
	"The mayor asked residents to stay away from the slope.",
	"Schools in the district will stay closed until further notice.",
}

// TestImportLeavesStatementsFarApart checks that an import does not set a
// headline's count against a count told at the end of a long account,
// and that it does when the same statement stands near the top.
func TestImportLeavesStatementsFarApart(t *testing.T) {
	const count = "The landslide in Kfar Nour killed 12 people, a doctor at the district hospital said."
	ctx := context.Background()
	s := MustOpen(t)
	listed := func(title string, paras []string) bool {
		c := MustClaim(t, s, title)
		wire := importAs(t, s, c.ID, "wire", "", "Levant Wire", strings.Join(paras, "\n\n"))
		channel := importAs(t, s, c.ID, "channel", "", "Mountain TV",
			"Landslide kills 27 in Kfar Nour\n\nRescuers worked through the night.")
		pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return numberConflict(t, pairs, wire, channel, "12", "27")
	}
	headline := "Landslide hits Kfar Nour"
	if !listed("Landslide in Kfar Nour (near)", append([]string{headline, count}, landslideFillers...)) {
		t.Fatal("no contradiction 12 dead against 27 with the count in the lead; the test needs it")
	}
	if listed("Landslide in Kfar Nour (far)", append(append([]string{headline}, landslideFillers...), count)) {
		t.Error("the count in the last sentence of the wire's story is set against the channel's headline")
	}
}

// TestDeeperContradictionsWeighLess checks that one contradiction told
// deeper in both accounts weighs less than when the accounts lead with it,
// so that the conflicts of the main facts come first in the list.
func TestDeeperContradictionsWeighLess(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	conf := func(title string, at int) float64 {
		c := MustClaim(t, s, title)
		story := func(headline, count string) string {
			paras := append([]string{headline}, landslideFillers[:at-1]...)
			return strings.Join(append(paras, count), "\n\n")
		}
		wire := importAs(t, s, c.ID, "wire", "", "Levant Wire",
			story("Landslide hits Kfar Nour", "The landslide in Kfar Nour destroyed 40 houses, the mayor said."))
		channel := importAs(t, s, c.ID, "channel", "", "Mountain TV",
			story("Kfar Nour buried under mud", "The landslide in Kfar Nour destroyed 65 houses, the governor said."))
		pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pairs {
			if numberConflict(t, []Pair{p}, wire, channel, "40", "65") {
				return p.Confidence
			}
		}
		t.Fatalf("%s: no contradiction 40 houses against 65", title)
		return 0
	}
	lead, deep := conf("Landslide (lead)", 1), conf("Landslide (deep)", 9)
	if !(deep < lead) {
		t.Errorf("the contradiction weighs %.3f in the ninth sentences and %.3f in the leads; want less deep", deep, lead)
	}
}

// TestUnexplainedDifferenceOnlyBetweenShortStatements checks that a
// contradiction no rule explained, its reason only naming the first words
// that differ ("AMMAN" only in a, "trade" only in b), is not kept between
// a lead and a headline, while one word replaced in two headlines, the rest
// the same, still is.
func TestUnexplainedDifferenceOnlyBetweenShortStatements(t *testing.T) {
	for _, p := range [][2]string{
		{"AMMAN (Levant Desk) — Jordan’s water authority on Monday blamed farmers for a shortage in the northern valley, saying illegal wells had drained the aquifer without permits.",
			"Jordan water authority and farmers trade blame over shortage"},
		{"RABAT (Atlas Wire) — Morocco’s fisheries office bought about 20,000 tonnes of sardines at auction on Tuesday, traders said, as the government insisted the price of canned fish would not change.",
			"Morocco’s sardine auction, canned fish and a quarrel over prices"},
	} {
		// The classifier calls them contradictions on nothing but
		// unexplained differences: the judge is what must drop them.
		r := relation.ClassifyInClaim(relation.Prepare(p[0]), relation.Prepare(p[1]))
		if r.Label != relation.Contradicts || !unexplained(r.Reasons) {
			t.Fatalf("%q against %q: the classifier gives %s %+v; the test needs a contradiction on unexplained differences", p[0], p[1], r.Label, r.Reasons)
		}
		if v := judge(side{text: p[0]}, side{text: p[1]}, nil); v.contradiction() {
			t.Errorf("%q against %q kept as a contradiction: %+v", p[0], p[1], v.reasons)
		}
	}
	v := judge(side{text: "وزير الخارجية يزور القاهرة اليوم"}, side{text: "وزير الخارجية يغادر القاهرة اليوم"}, nil)
	if !v.keep || v.rel != RelContradicts || len(v.reasons) != 1 || v.reasons[0].Kind != "difference" || v.reasons[0].Unexplained() {
		t.Errorf("one word replaced in two headlines: %+v, want a contradiction on that difference", v)
	}
}

// twoAccounts imports two accounts, a and b, of a new claim titled title
// and returns the claim's contradictions.
func twoAccounts(t *testing.T, title, a, b string) []Pair {
	t.Helper()
	s := MustOpen(t)
	c, err := s.CreateClaim(t.Context(), title)
	if err != nil {
		t.Fatal(err)
	}
	importAs(t, s, c.ID, "a.txt", "", "Wire A", a)
	importAs(t, s, c.ID, "b.txt", "", "Wire B", b)
	pairs, err := s.Contradictions(t.Context(), c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

// pairWith is the pair of pairs whose two statements hold x and y.
func pairWith(pairs []Pair, x, y string) (Pair, bool) {
	for _, p := range pairs {
		if both := p.A.Text + p.B.Text; strings.Contains(both, x) && strings.Contains(both, y) {
			return p, true
		}
	}
	return Pair{}, false
}

// keysOf is what countedKeys gives text, and whether it tokenised text to
// find them.
func keysOf(text string) (keys []string, tokenised bool) {
	var prep *relation.Prepared
	keys = countedKeys(searchNorm(text), &prep, text)
	return keys, prep != nil
}

// Two statements that tell when the event began are judged against each
// other though they share no other word, and their times conflict.
func TestStartTimesMeet(t *testing.T) {
	pairs := twoAccounts(t, "Fire at a covered market",
		"Nine dead in Mosul market fire\n\nNine people were killed in a fire at a covered market in Mosul, officials said.\n\n"+
			"The blaze broke out shortly after 4 p.m., witnesses said.",
		"حريق في سوق الموصل\n\nقتل تسعة أشخاص في حريق اندلع في سوق مسقوف في الموصل.\n\n"+
			"وقال شهود إن الانفجار وقع قرابة الحادية عشرة صباحاً.")
	if _, ok := pairWith(pairs, "4 p.m.", "الحادية عشرة"); !ok {
		t.Errorf("the two start times are not set against each other; %d contradictions", len(pairs))
	}
}

// TestCountedKeysOfNone checks that a statement with no number that says
// there were none of an outcome ("no deaths had been recorded", "لا
// وفيات") is tokenised for it and gives the outcome's key, which meets a
// toll's, while a statement with neither a negation nor an outcome word
// is not tokenised.
func TestCountedKeysOfNone(t *testing.T) {
	for _, text := range []string{"The civil defence said no deaths had been recorded.", "وأكد المصدر أنه لا وفيات في صفوف المصابين."} {
		if got, _ := keysOf(text); !slices.Contains(got, countedPrefix+"\x03killed") {
			t.Errorf("countedKeys(%q) = %q, lacks the outcome killed", text, got)
		}
	}
	text := "The governor visited the flooded villages on Sunday."
	if _, tokenised := keysOf(text); tokenised {
		t.Errorf("%q was tokenised for its counts", text)
	}
}

// Two accounts that give the event two causes are judged against each
// other though they share few words, and listed with a cause reason.
func TestCausesMeet(t *testing.T) {
	pairs := twoAccounts(t, "Fire at a furniture warehouse",
		"Warehouse fire in Sfax\n\nA fire destroyed a furniture warehouse in Sfax on Monday night.\n\n"+
			"Investigators believe the blaze was caused by faulty wiring, a fire officer said.",
		"حريق في صفاقس\n\nأتى حريق على مستودع للأثاث في صفاقس ليل الاثنين.\n\n"+
			"وقال مصدر أمني إن الحريق «مفتعل» وإن التحقيق جار لتحديد هوية الفاعلين.")
	p, ok := pairWith(pairs, "faulty wiring", "مفتعل")
	if !ok {
		t.Fatalf("the two causes are not set against each other; %d contradictions", len(pairs))
	}
	if !slices.ContainsFunc(p.Reasons, func(r Reason) bool { return r.Kind == "cause" }) {
		t.Errorf("the two causes are set against each other without a cause reason: %+v", p.Reasons)
	}
}

// TestCountedKeysOfCause checks that a statement that gives a cause gives
// the cause key, which meets the other accounts' causes, while a statement
// with no word a cause is given with is not tokenised for it.
func TestCountedKeysOfCause(t *testing.T) {
	text := "وقال مصدر أمني إن الحريق «مفتعل»."
	if got, _ := keysOf(text); !slices.Contains(got, countedPrefix+"\x05cause") {
		t.Errorf("countedKeys(%q) = %q, lacks the cause key", text, got)
	}
	text = "A fire destroyed a furniture warehouse in Sfax on Monday night."
	if _, tokenised := keysOf(text); tokenised {
		t.Errorf("%q was tokenised for a cause", text)
	}
}

// TestCountedKeysOfOne checks that a count of one ("one death reported",
// "وفاة واحدة") gives its outcome's key, which meets another count of the
// dead, while "one" in "one official said" gives none.
func TestCountedKeysOfOne(t *testing.T) {
	for _, text := range []string{"Cholera outbreak at a school, one death reported", "تسجيل وفاة واحدة بالكوليرا في المدينة"} {
		if got, _ := keysOf(text); !slices.Contains(got, countedPrefix+"\x03killed") {
			t.Errorf("countedKeys(%q) = %q, lacks the outcome killed", text, got)
		}
	}
	text := "One official said the talks would resume on Sunday."
	if got, _ := keysOf(text); len(got) != 0 {
		t.Errorf("countedKeys(%q) = %q, want none", text, got)
	}
}

// TestCauseTheTitleNames checks that a cause the claim's title names is its
// event, not a cause an account gives: on a claim about a gas leak, "died
// because of a gas leak" and "a corroded valve was behind the disaster" are
// not two causes, while on a claim that names no cause they are.
func TestCauseTheTitleNames(t *testing.T) {
	a := side{text: "Eight people died because of a gas leak from a tank at the port on Sunday."}
	b := side{text: "The inquiry found that a corroded valve was behind the disaster."}
	if v := judge(a, b, prepareTitle("Gas leak at Port Sudan")); v.contradiction() {
		t.Errorf("on a gas leak claim: %+v, want no contradiction", v)
	}
	v := judge(a, b, prepareTitle("Deaths at Port Sudan"))
	if !v.contradiction() || !slices.ContainsFunc(v.reasons, func(r Reason) bool { return r.Kind == "cause" }) {
		t.Errorf("on a claim that names no cause: %+v, want a cause contradiction", v)
	}
	// A title's verb names the event too: on "tram collides with bus",
	// the collision is no cause against the brakes.
	a = side{text: "Union blames faulty brakes for deadly Casablanca tram crash"}
	b = side{text: "لقي شخص واحد مصرعه، وأصيب ٢٣ آخرون بجروح، صباح اليوم الثلاثاء، إثر اصطدام عربة ترامواي بحافلة للنقل الحضري في الدار البيضاء."}
	if v := judge(a, b, prepareTitle("Casablanca tram collides with city bus")); slices.ContainsFunc(v.reasons, func(r Reason) bool { return r.Kind == "cause" }) {
		t.Errorf("on a claim of a collision: %+v, want no cause reason", v)
	}
	// So does "hits": a train that hits another has collided with it.
	a = side{text: "لقي خمسة مسافرين حتفهم صباح الاثنين إثر اصطدام قطار ركاب بقطار بضائع متوقف على السكة."}
	b = side{text: "حمّلت الجامعة العامة للسكك الحديدية إدارة الشركة مسؤولية حادث الاصطدام، مؤكدة أن عطلاً في منظومة الإشارات هو السبب الرئيسي للكارثة."}
	for _, title := range []string{"Passenger train hits freight train near Bir Bou Regba", "قطار ركاب يصطدم بقطار بضائع قرب بئر بورقبة"} {
		if v := judge(a, b, prepareTitle(title)); slices.ContainsFunc(v.reasons, func(r Reason) bool { return r.Kind == "cause" }) {
			t.Errorf("on %q: %+v, want no cause reason", title, v)
		}
	}
}
