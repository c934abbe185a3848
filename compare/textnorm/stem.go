package textnorm

import (
	"strings"
	"unicode/utf8"
)

// Light stemming, after Larkey's light10 for Arabic and a short suffix list for
// English. It runs on normalised words (so ة has already become ه) and keeps
// at least minStem letters, so that short words are never cut to nothing.
const minStem = 3

// Arabic prefixes, longest first: the definite article with two clitics
// ("وبالحبس", "وللمدارس", "فبالتالي": and, then a preposition), with one,
// alone, then the single-letter clitics.
var arPrefixes = []string{"وبال", "وكال", "ولل", "فبال", "فكال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل"}

// Arabic suffixes, longest first.
var arSuffixes = []string{"هما", "كما", "تين", "ها", "ان", "ات", "ون", "ين", "يه", "يا", "ه", "ي"}

// Stem lightly stems a normalised word. Words in other scripts, numbers and
// short words come back unchanged.
func Stem(w string) string {
	if w == "" {
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch ScriptOf(r) {
	case ScriptArabic:
		return stemArabic(w)
	case ScriptLatin:
		return stemEnglish(w)
	}
	return w
}

func stemArabic(w string) string {
	n := utf8.RuneCountInString(w)
	// Strip at most one prefix. A single-letter clitic is only taken off a
	// word of four letters or more: وصل, فقد, بدا must stay whole.
	for _, p := range arPrefixes {
		if !strings.HasPrefix(w, p) {
			continue
		}
		if pl := utf8.RuneCountInString(p); n-pl >= minStem && (pl > 1 || n >= 5) {
			w = w[len(p):]
			n -= pl
			break
		}
	}
	for _, s := range arSuffixes {
		if !strings.HasSuffix(w, s) {
			continue
		}
		if sl := utf8.RuneCountInString(s); n-sl >= minStem {
			w = w[:len(w)-len(s)]
			n -= sl
			break
		}
	}
	return w
}

// English: plural and tense endings, enough to make troops/troop,
// withdrawn/withdraws/withdraw and agreed/agreement meet.
func stemEnglish(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ments"):
		return w[:n-5]
	case n > 4 && strings.HasSuffix(w, "ment"):
		return w[:n-4]
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 3 && strings.HasSuffix(w, "eed"):
		return w[:n-1]
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 4 && strings.HasSuffix(w, "ly"):
		return w[:n-2]
	}
	return w
}

// undouble turns "stopp" back into "stop" after -ed or -ing is removed.
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && strings.IndexByte("bdfgmnprt", w[n-1]) >= 0 {
		return w[:n-1]
	}
	return w
}
