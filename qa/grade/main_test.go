package main

import (
	"github.com/claimdiff/claimdiff/compare/relation"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeClaim(t *testing.T, key string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"claim.txt": "Twelve people died in the fire\n",
		"a1.txt":    "Fire kills twelve\n\nTwelve people died in the fire on Monday, the ministry said. The fire started at noon.\n",
		"a2.txt":    "حريق يقتل خمسة عشر\n\nقالت الشرطة إن خمسة عشر شخصا لقوا حتفهم. The fire started at dawn.\n",
		"key.tsv":   "file_a\tsentence_a\tfile_b\tsentence_b\tkind\twhy\n" + key,
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodKey = "a1.txt\tTwelve people died in the fire on Monday, the ministry said.\ta2.txt\tقالت الشرطة إن خمسة عشر شخصا لقوا حتفهم.\tnumber\t12 or 15\n" +
	"a2.txt\tThe fire started at dawn.\ta1.txt\tThe fire started at noon.\tdate\tnoon or dawn\n"

func TestLoadClaimPlacesKeySentences(t *testing.T) {
	h, err := LoadClaim(writeClaim(t, goodKey))
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Key) != 2 || !h.Key[0].CrossLangs || h.Key[1].CrossLangs {
		t.Fatalf("key = %+v", h.Key)
	}
	// "Fire kills twelve\n\n" is 19 runes.
	if h.Key[0].SpanA != [2]int{19, 19 + len("Twelve people died in the fire on Monday, the ministry said.")} {
		t.Errorf("span of the first sentence = %v", h.Key[0].SpanA)
	}
}

func TestLoadClaimRejectsBadKeys(t *testing.T) {
	for name, key := range map[string]string{
		"a sentence not in its article": "a1.txt\tNobody died.\ta2.txt\tThe fire started at dawn.\tnumber\tx\n",
		"a sentence found twice":        "a1.txt\tfire\ta2.txt\tThe fire started at dawn.\tnumber\tx\n",
		"one article on both sides":     "a1.txt\tThe fire started at noon.\ta1.txt\tTwelve people died in the fire on Monday, the ministry said.\tdate\tx\n",
		"an unknown article":            "a3.txt\tThe fire started at noon.\ta1.txt\tThe fire started at dawn.\tdate\tx\n",
		"too few columns":               "a1.txt\tThe fire started at noon.\ta2.txt\n",
	} {
		if _, err := LoadClaim(writeClaim(t, key)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestGradeCountsRealFoundAndCrossLanguage(t *testing.T) {
	h, err := LoadClaim(writeClaim(t, goodKey))
	if err != nil {
		t.Fatal(err)
	}
	l := &listing{Sources: []source{{ID: 1, Name: "a1.txt"}, {ID: 2, Name: "a2.txt"}}}
	add := func(a, b Statement, conf float64) {
		l.Contradictions = append(l.Contradictions, listedPair{A: a, B: b, Confidence: conf})
	}
	headline := Statement{Source: 1, Start: 0, End: 17, Text: "Fire kills twelve"}
	twelve := Statement{Source: 1, Text: "Twelve people died in the fire on Monday, the ministry said."}
	// A statement that is a clause of the key's sentence still covers it.
	fifteen := Statement{Source: 2, Text: "خمسة عشر شخصا لقوا حتفهم."}
	dawn := Statement{Source: 2, Text: "The fire started at dawn."}
	add(headline, fifteen, 0.5) // not in the key
	add(twelve, fifteen, 0.8)   // real, across languages
	add(twelve, dawn, 0.39)     // two key sentences, but not one key pair
	// The reasons' kinds, each once and sorted: "number+date" is "date+number";
	// a date between two weekdays alone counts as "weekday".
	for _, k := range []string{"number", "date", "number"} {
		l.Contradictions[1].Reasons = append(l.Contradictions[1].Reasons, relation.Reason{Kind: k})
	}
	l.Contradictions[2].Reasons = []relation.Reason{{Kind: "date", Detail: "weekday: Monday vs Tuesday"}}
	s, detail := h.Grade(l)
	want := Score{Listed: 3, Real: 1, Keys: 2, Found: 1, Top: 3, TopReal: 1, CrossKeys: 1, CrossFound: 1,
		BandListed: [3]int{1, 1, 1}, BandReal: [3]int{0, 0, 1},
		Kinds: map[string][2]int{"none": {1, 0}, "weekday": {1, 0}, "date+number": {1, 1}}}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("score = %+v, want %+v", s, want)
	}
	if got, want := s.kindText(true), "; by reasons: date+number 1 of 1, none 0 of 1, weekday 0 of 1"; got != want {
		t.Errorf("kinds = %q, want %q", got, want)
	}
	var sum Score
	sum.Add(s)
	sum.Add(s)
	if got := sum.Kinds["date+number"]; got != [2]int{2, 2} {
		t.Errorf("kinds added = %v, want [2 2]", got)
	}
	if !strings.Contains(detail, "missed\tdate") {
		t.Errorf("the missed key pair is not described:\n%s", detail)
	}
	if got, want := s.bandText(true), "; by confidence: 80% and over 1 of 1, 40-80% 0 of 1, below 40% 0 of 1"; got != want {
		t.Errorf("bands = %q, want %q", got, want)
	}
	if s.bandText(false) != "" {
		t.Error("bands printed when not asked for")
	}
	// The rows the calibration learns from: one per listed pair, in the
	// list's order, the real one marked.
	var rows strings.Builder
	writeRows(&rows, "64", "c2", l)
	wantRows := "64\t2\t1\t0.5000\tnone\t1\t0\n" +
		"64\t2\t2\t0.8000\tdate,number\t3\t1\n" +
		"64\t2\t3\t0.3900\tweekday\t1\t0\n"
	if rows.String() != wantRows {
		t.Errorf("rows:\n%s\nwant:\n%s", rows.String(), wantRows)
	}
}

func TestCoversNeedsHalfOfTheShorter(t *testing.T) {
	for _, c := range []struct {
		st, sent [2]int
		want     bool
	}{
		{[2]int{0, 10}, [2]int{0, 10}, true},
		{[2]int{0, 4}, [2]int{0, 10}, true},   // a clause of the sentence
		{[2]int{0, 30}, [2]int{10, 20}, true}, // two sentences in one statement
		{[2]int{0, 10}, [2]int{6, 16}, false}, // four runes of ten shared
		{[2]int{0, 10}, [2]int{10, 20}, false},
	} {
		if got := covers(c.st, c.sent); got != c.want {
			t.Errorf("covers(%v, %v) = %v", c.st, c.sent, got)
		}
	}
}

// TestHoldoutsAreWellFormed loads every committed hold-out: each key sentence
// occurs once in its article.
func TestHoldoutsAreWellFormed(t *testing.T) {
	claims, _ := filepath.Glob(filepath.Join("..", "holdouts", "*", "c*"))
	if len(claims) == 0 {
		t.Fatal("no hold-out claims under qa/holdouts")
	}
	for _, c := range claims {
		h, err := LoadClaim(c)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(h.Articles) != 6 {
			t.Errorf("%s: %d articles, want 6", c, len(h.Articles))
		}
	}
}
