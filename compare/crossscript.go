package compare

import (
	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Two documents in two scripts (an Arabic article and its English version)
// share few words: numbers and little else. Their statements are aligned
// on more keys: each word's concepts in the bilingual lexicon
// (relation.ConceptKeys: "withdrawal" and "انسحاب", "June" and "حزيران")
// and the consonant skeleton of names (relation.NameKey: "Karam" and
// "كرم"). Within one script these keys would only repeat what the words
// already share, so they are added only across scripts.

// crossMinSimilarity is MinSimilarity across scripts: the keys that meet
// there are fewer (no function words, no word forms), and a share of them
// that would be little between two texts of one language is a good deal.
const crossMinSimilarity = 0.15

// mainScript is the script of most of d's letters: Arabic, Latin, or 0 when
// d has no letter of either.
func mainScript(d *Document) textnorm.Script {
	ar, la := d.letters()
	switch {
	case ar == 0 && la == 0:
		return 0
	case ar >= la:
		return textnorm.ScriptArabic
	}
	return textnorm.ScriptLatin
}

// crossScript reports whether a and b are mostly in two different scripts.
func crossScript(a, b *Document) bool {
	sa, sb := mainScript(a), mainScript(b)
	return sa != 0 && sb != 0 && sa != sb
}

// crossKeys is, per statement, the keys that can meet a text of the other
// script: its numbers, and the concept and name keys of its words. Its
// words' own keys are left out: they would only weigh down the share of
// what two statements have in common. The alignment numbers these keys by
// their text.
func crossKeys(d *Document, sts []Statement) stmtKeys {
	out := stmtKeys{keys: make([][]string, len(sts)), ids: make([][]uint32, len(sts)), spaces: make([]*keySpace, len(sts))}
	var buf [4]string
	seen := map[string]bool{}
	for i := range sts {
		var keys []string
		clear(seen)
		add := func(k string) {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		for _, t := range d.Tokens[sts[i].TokStart:sts[i].TokEnd] {
			if t.Kind == Number && t.Key != "" {
				add(t.Key)
			}
			if t.Kind != Word {
				continue
			}
			for _, c := range relation.ConceptKeys(t.Key, buf[:0]) {
				add("\x02" + c)
			}
			if n := relation.NameKey(t.Text); n != "" {
				add("\x03" + n)
			}
		}
		out.keys[i] = keys
	}
	return out
}
