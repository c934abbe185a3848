package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// article writes a news article of about words words, Arabic with some
// English names, every sentence different. Version 2 of the same seed
// changes every seventh number, drops every 23rd sentence, moves every
// 31st to the end and adds a sentence every 40: what an edited wire story
// looks like.
func article(seed, words, version int) string {
	templates := []string{
		"وقال المسؤول رقم %[1]d في وزارة الدفاع إن القوات ستغادر %[2]d قاعدة بحلول أيلول %[3]d، وفق ما نقلته الوكالة عن مصادر مطلعة في بغداد.",
		"The Pentagon spokesman number %[1]d said %[2]d troops would remain in Iraq until the end of %[3]d, according to officials in Washington.",
		"وأضاف المتحدث %[1]d أن المحادثات الفنية بشأن انسحاب %[2]d جندي من قوات التحالف انتهت في نهاية %[3]d دون اتفاق نهائي.",
		"ونفى القيادي %[1]d في الفصائل المسلحة أي نية أمريكية لسحب %[2]d عنصر من العراق قبل عام %[3]d، واصفًا التصريحات بأنها محض كذب.",
	}
	var sents, moved []string
	n := 0
	for i := 0; n < words; i++ {
		num := 100 + (i*37+seed*11)%900
		if version == 2 && i%7 == 3 {
			num += 500
		}
		s := fmt.Sprintf(templates[(i+seed)%len(templates)], i+seed*1000, num, 2020+(i+seed)%9)
		n += len(strings.Fields(s))
		switch {
		case version == 2 && i%23 == 11:
			continue
		case version == 2 && i%31 == 17:
			moved = append(moved, s)
			continue
		}
		sents = append(sents, s)
		if version == 2 && i%40 == 20 {
			sents = append(sents, fmt.Sprintf("وأصدر البرلمان بيانًا جديدًا رقم %d مساء الثلاثاء بشأن صادرات النفط.", i))
		}
	}
	return strings.Join(append(sents, moved...), "\n")
}

// bigPair imports two versions of a 5,000-word article, each in a claim of
// its own so the import does not pair them, and returns their ids.
func bigPair(b *testing.B, st *data.Store, seed int) (int64, int64) {
	ctx := context.Background()
	var ids [2]int64
	for v := 1; v <= 2; v++ {
		c, err := st.CreateClaim(ctx, fmt.Sprintf("Article %d version %d", seed, v))
		if err != nil {
			b.Fatal(err)
		}
		ids[v-1] = importText(b, st, c.ID, fmt.Sprintf("v%d", v), article(seed, 5000, v)).ID
	}
	return ids[0], ids[1]
}

// BenchmarkSwitchSourceComparisons switches the window between two
// comparisons of 5,000-word articles that were both opened before: what
// going back and forth costs. One op is one switch.
func BenchmarkSwitchSourceComparisons(b *testing.B) {
	u, st := newTestUI(b)
	ctx := context.Background()
	a1, b1 := bigPair(b, st, 1)
	a2, b2 := bigPair(b, st, 2)
	ig := u.compare.ignore
	for _, k := range [][2]int64{{a1, b1}, {a2, b2}} {
		if err := u.compare.showSourcesSync(ctx, k[0], k[1], ig); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		k := [2]int64{a1, b1}
		if i%2 == 1 {
			k = [2]int64{a2, b2}
		}
		i++
		if err := u.compare.showSourcesSync(ctx, k[0], k[1], ig); err != nil {
			b.Fatal(err)
		}
	}
	if m := u.compare.docs.model(); len(m.stops) == 0 {
		b.Fatal("the comparison shows no difference")
	}
}

// BenchmarkOpenSourceComparison opens a comparison of two 5,000-word
// articles the window has not seen: reading both, the engine's Compare,
// the highlights and the views.
func BenchmarkOpenSourceComparison(b *testing.B) {
	u, st := newTestUI(b)
	ctx := context.Background()
	a1, b1 := bigPair(b, st, 1)
	for b.Loop() {
		u.compare.docs.mu.Lock()
		u.compare.docs.cache = nil
		u.compare.docs.mu.Unlock()
		if err := u.compare.showSourcesSync(ctx, a1, b1, u.compare.ignore); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToggleIgnoreOnSourceComparison redoes the word diffs of a
// 5,000-word comparison under other ignore options.
func BenchmarkToggleIgnoreOnSourceComparison(b *testing.B) {
	u, st := newTestUI(b)
	ctx := context.Background()
	a1, b1 := bigPair(b, st, 1)
	opts := [2]textnorm.Options{0, defaultIgnore}
	i := 0
	for b.Loop() {
		if err := u.compare.showSourcesSync(ctx, a1, b1, opts[i%2]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
