package bidi_test

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/compare/bidi"
)

// A right-to-left paragraph keeps a Latin name and a number in reading
// order; brackets at right-to-left levels are drawn mirrored.
func ExampleParagraph_VisualOrder() {
	p := bidi.Resolve([]rune("نقلت Reuters عن (2500) جندي"), bidi.Auto)
	var b strings.Builder
	for _, i := range p.VisualOrder(0, len(p.Runes)) {
		r, ok := p.MirrorAt(i)
		if !ok {
			r = p.Runes[i]
		}
		b.WriteRune(r)
	}
	fmt.Println(p.IsRTL())
	fmt.Println(b.String())
	// Output:
	// true
	// يدنج (2500) نع Reuters تلقن
}
