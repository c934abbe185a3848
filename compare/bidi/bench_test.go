package bidi

import (
	"fmt"
	"strings"
	"testing"
)

// article builds an Arabic paragraph of n words in the style of a news
// report: Latin names, European and Arabic-Indic numbers, quotes and
// parentheses mixed in at irregular intervals.
func article(n int) []rune {
	arabic := strings.Fields("قال مسؤول أمريكي كبير لوكالة إن جندي الحكومة أكدت في بيان رسمي صدر يوم الاثنين أن الوزير سيزور المنطقة")
	latin := strings.Fields("Reuters AFP Pentagon NATO said Washington")
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case i%29 == 0:
			fmt.Fprintf(&b, "(%d)", 1000+i)
		case i%17 == 0:
			fmt.Fprintf(&b, "%d%%", i%100)
		case i%13 == 0:
			b.WriteString("٢٥٠٠")
		case i%11 == 0:
			b.WriteString(latin[i%len(latin)])
		case i%19 == 0:
			fmt.Fprintf(&b, "«%s»", arabic[i%len(arabic)])
		default:
			b.WriteString(arabic[i%len(arabic)])
			if i%23 == 0 {
				b.WriteString("،")
			}
		}
	}
	return []rune(b.String())
}

func BenchmarkResolveArticle5000Words(b *testing.B) {
	text := article(5000)
	b.SetBytes(int64(len(string(text))))
	for b.Loop() {
		Resolve(text, Auto)
	}
}

func BenchmarkVisualOrder80Runes(b *testing.B) {
	p := Resolve(article(200), Auto)
	if len(p.Runes) < 1080 {
		b.Fatalf("article too short: %d runes", len(p.Runes))
	}
	for b.Loop() {
		p.VisualOrder(1000, 1080)
	}
}
