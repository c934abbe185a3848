package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/assets"
	"github.com/claimdiff/claimdiff/compare"
)

// fixedTime is the time of making of every test report.
var fixedTime = time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)

// sampleClaim builds the report model of the embedded sample claim by
// hand: one source per account (and the Reuters account's English
// rendering as a sixth), one statement per sentence, and fixed pairs with
// reasons, verdicts and notes. It does not run the relation engine, so the
// golden files change only when the writers do.
func sampleClaim(tb testing.TB) *Claim {
	tb.Helper()
	s, err := assets.Sample()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &Claim{Kind: KindClaim, Title: s.Title, Generated: fixedTime}
	add := func(acc assets.Account, lang string, sentences []string) {
		i := len(doc.Sources)
		text := strings.Join(sentences, "\n")
		sum := sha256.Sum256([]byte(text))
		pub, _ := time.Parse("2006-01-02", acc.Published)
		if pub.IsZero() {
			pub, _ = time.Parse("2006-01", acc.Published)
		}
		doc.Sources = append(doc.Sources, Source{
			ID: int64(i + 1), Name: "sample: " + acc.Key + " (" + lang + ")", Title: acc.Speaker, Outlet: acc.Outlet, Author: acc.Speaker,
			URL: "https://example.org/sample/" + acc.Key + "?lang=" + lang, Published: pub, Lang: lang,
			FetchedAt: fixedTime.Add(-time.Duration(i+1) * time.Hour), SHA256: hex.EncodeToString(sum[:]), Method: "paste",
		})
		for k, t := range sentences {
			doc.Statements = append(doc.Statements, Statement{ID: int64(len(doc.Statements) + 1), Source: i, Seq: k, Text: t,
				Lang: lang, Speaker: acc.Speaker, SpeakerKind: "named", Quote: strings.Contains(t, "“")})
		}
	}
	for _, acc := range s.Accounts {
		add(acc, "ar", acc.Ar)
	}
	add(s.Accounts[1], "en", s.Accounts[1].En)
	st := func(src, seq int) Statement {
		for _, x := range doc.Statements {
			if x.Source == src && x.Seq == seq {
				return x
			}
		}
		tb.Fatalf("no statement %d of source %d", seq, src)
		return Statement{}
	}
	pair := func(a, b Statement, rel string, conf float64, verdict, note string, reasons ...Reason) {
		for k := range reasons {
			reasons[k] = locate(tb, reasons[k], a.Text, b.Text)
		}
		// Archive ids in the archive's order, not the report's.
		doc.Pairs = append(doc.Pairs, Pair{ID: int64(50 + len(doc.Pairs)), A: a, B: b, Relation: rel, Confidence: conf, Verdict: verdict, Note: note, Reasons: reasons})
	}
	pair(st(0, 1), st(1, 0), RelContradicts, 0.86, VerdictConfirmed, "Checked with the Reuters wire: a plan is agreed.",
		Reason{Kind: "negation", A: "لن تنسحب", B: "انسحاب", Detail: "negation: «لن تنسحب» vs «انسحاب»"})
	pair(st(0, 2), st(2, 0), RelContradicts, 0.74, VerdictToCheck, "",
		Reason{Kind: "denial", A: "لا نية أمريكية للانسحاب", B: "توصلنا إلى اتفاق", Detail: "denial: «لا نية أمريكية للانسحاب» vs «توصلنا إلى اتفاق»"})
	pair(st(1, 1), st(4, 1), RelContradicts, 0.61, VerdictNotContradiction, "ملاحظة: الموعدان متقاربان (2026 و«عامين») وليسا تناقضًا.",
		Reason{Kind: "date", A: "نهاية 2026", B: "في غضون عامين", Detail: "date: end of 2026 vs within two years"})
	pair(st(1, 0), st(3, 0), RelAgrees, 0.8, "", "",
		Reason{Kind: "synonym", A: "انسحاب قوات التحالف", B: "انسحاب قوات التحالف", Detail: "both: the coalition's withdrawal"})
	pair(st(1, 2), st(5, 2), RelAgrees, 0.7, "", "Same wire, two languages.",
		Reason{Kind: "number", A: "2500", B: "2,500", Detail: "number: 2500 = 2,500 (troops)"})
	doc.Notes = append(doc.Notes, Note{Source: doc.Sources[0].Label(), Quote: "محض كذب", Body: "A denial, reported through a Lebanese paper.", Created: fixedTime})
	return doc
}

// locate fills a reason's rune offsets from its evidence texts.
func locate(tb testing.TB, r Reason, a, b string) Reason {
	tb.Helper()
	find := func(text, sub string) (int, int) {
		i := strings.Index(text, sub)
		if i < 0 {
			tb.Fatalf("%q is not in %q", sub, text)
		}
		s := utf8.RuneCountInString(text[:i])
		return s, s + utf8.RuneCountInString(sub)
	}
	r.AStart, r.AEnd = find(a, r.A)
	r.BStart, r.BEnd = find(b, r.B)
	return r
}

// goldenComparison is a comparison report built by hand (the engine's
// alignment and relations change as it improves; the golden files test
// the writers): the Reuters account against a variant with changed numbers
// and dates and one added sentence.
func goldenComparison(tb testing.TB) *Claim {
	tb.Helper()
	s, err := assets.Sample()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &Claim{Kind: KindComparison, Title: "reuters_ar.txt / variant_ar.txt", Generated: fixedTime, Ignore: []string{"punct"},
		Sources: []Source{{Name: "reuters_ar.txt", Title: "reuters_ar.txt", Lang: "ar"}, {Name: "variant_ar.txt", Title: "variant_ar.txt", Lang: "ar"}}}
	vary := strings.NewReplacer("2500", "3000", "2025", "2026", "مئات", "آلاف")
	for k, a := range s.Accounts[1].Ar {
		b := vary.Replace(a)
		sa := Statement{Source: 0, Seq: k, Text: a, Lang: "ar"}
		sb := Statement{Source: 1, Seq: k, Text: b, Lang: "ar"}
		p := Pair{A: sa, B: sb, Relation: RelAgrees, Confidence: 1, Similarity: 1, Diff: ComputeDiff(a, b)}
		if a != b {
			p.Similarity = 0.8
		}
		if strings.Contains(a, "2025") {
			doc.Conflicts = append(doc.Conflicts, Conflict{Pair: k, What: "date (by)", A: "بحلول أيلول 2025", B: "بحلول أيلول 2026"})
		}
		if strings.Contains(a, "2500") {
			doc.Conflicts = append(doc.Conflicts, Conflict{Pair: k, What: "number (جندي)", A: "2500", B: "3000"})
			p.Relation, p.Confidence = RelContradicts, 0.99
			p.Reasons = []Reason{locate(tb, Reason{Kind: "number", A: "2500", B: "3000", Detail: "number: 2500 vs 3000 (جندي)"}, a, b)}
		}
		doc.Pairs = append(doc.Pairs, p)
	}
	doc.Pairs[2].Moved = true
	doc.OnlyB = []Statement{{Source: 1, Seq: 3, Text: s.Accounts[0].Ar[1], Lang: "ar"}}
	return doc
}

// bigClaim is a claim with n sources of mixed Arabic and English text.
func bigClaim(tb testing.TB, n int) *Claim {
	tb.Helper()
	s, err := assets.Sample()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &Claim{Kind: KindClaim, Title: s.Title, Generated: fixedTime}
	for i := range n {
		acc := s.Accounts[i%len(s.Accounts)]
		text := acc.TextAr()
		if i%2 == 1 {
			text = acc.TextEn()
		}
		text = strings.ReplaceAll(text, "2026", fmt.Sprint(2020+i%9))
		sum := sha256.Sum256([]byte(text))
		doc.Sources = append(doc.Sources, Source{
			ID: int64(i + 1), Name: fmt.Sprintf("source %d", i+1), Title: fmt.Sprintf("%s (%d)", acc.Speaker, i+1), Outlet: acc.Outlet,
			URL: fmt.Sprintf("https://example.org/%d", i), FetchedAt: fixedTime, SHA256: hex.EncodeToString(sum[:]), Method: "url",
		})
		addStatements(doc, i, text)
	}
	// Each statement is paired with the statement in the same place of the
	// source before it, as an archive keeps the related pairs rather than
	// all n² of them; relations and reasons are set by hand, so the size
	// does not depend on the engine's judgement.
	sts := doc.Statements
	for i := range sts {
		for j := i + 1; j < len(sts) && sts[j].Source <= sts[i].Source+1; j++ {
			if sts[j].Source != sts[i].Source+1 || sts[j].Seq != sts[i].Seq {
				continue
			}
			rel, verdict := RelAgrees, ""
			if (i+j)%3 == 0 {
				rel, verdict = RelContradicts, VerdictToCheck
			}
			ra, rb := []rune(sts[i].Text), []rune(sts[j].Text)
			doc.Pairs = append(doc.Pairs, Pair{A: sts[i], B: sts[j], Relation: rel, Confidence: 0.5 + float64(i%50)/100, Verdict: verdict,
				Reasons: []Reason{{Kind: "difference", A: string(ra[:min(5, len(ra))]), B: string(rb[:min(5, len(rb))]),
					AStart: 0, AEnd: min(5, len(ra)), BStart: 0, BEnd: min(5, len(rb)), Detail: "difference: the openings differ"}}})
		}
	}
	return doc
}

// sampleComparison is the report of comparing the first two accounts'
// Arabic texts, the Reuters account against a variant with changed numbers
// and dates.
func sampleComparison(tb testing.TB) *Claim {
	tb.Helper()
	s, err := assets.Sample()
	if err != nil {
		tb.Fatal(err)
	}
	a := s.Accounts[1].TextAr()
	b := strings.NewReplacer("2500", "3000", "2025", "2026", "مئات", "آلاف").Replace(a) + "\n" + s.Accounts[0].Ar[1]
	doc := FromComparison(compare.Compare(a, b, compare.Options{}), "reuters_ar.txt", "variant_ar.txt")
	doc.Generated = fixedTime
	return doc
}

// addStatements splits text into statements with the engine and adds them
// to doc under source src.
func addStatements(doc *Claim, src int, text string) {
	d := compare.Parse(text)
	for k, st := range compare.Statements(d) {
		doc.Statements = append(doc.Statements, Statement{
			ID: int64(len(doc.Statements) + 1), Source: src, Seq: k, Text: st.Text, Lang: compare.Parse(st.Text).Lang(),
			Speaker: st.Speaker.Text, SpeakerKind: st.SpeakerKind.String(), Cue: st.Cue.Text, Channel: st.Channel.Text, Quote: st.Direct,
		})
	}
}
