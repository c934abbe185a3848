package facts

import "strings"

func (s *scanner) cues() []Cue {
	var out []Cue
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		in, clit := t.info, false
		if (in == nil || len(in.cues) == 0) && t.cinfo != nil && len(t.cinfo.cues) > 0 &&
			(t.clitic == 'و' || t.clitic == 'ف') && firstRune(t.norm) == t.clitic {
			in, clit = t.cinfo, true
		}
		end := -1
		if in != nil {
			for _, c := range in.cues {
				k := s.matchPhrase(i, c.ws)
				if k < 0 {
					continue
				}
				if c.not {
					end = k
					break
				}
				if !s.ruleOK(c.rule, i, k, clit) {
					continue
				}
				start := t.rs
				if clit {
					start = s.clitStart(t)
				}
				out = append(out, Cue{Start: start, End: s.toks[k-1].re, Kind: c.kind,
					Text: s.runeSpan(start, s.toks[k-1].re, i, k)})
				end = k
				break
			}
		}
		if end < 0 && t.latin && strings.HasSuffix(t.norm, "n't") {
			out = append(out, Cue{Start: t.rs, End: t.re, Kind: Negation, Text: s.text[t.bs:t.be]})
		}
		if end < 0 {
			end = i + 1
		}
		i = end
	}
	return out
}

// matchPhrase returns the token after phrase ws when its words follow token
// i (whose first word the caller has matched), or -1.
func (s *scanner) matchPhrase(i int, ws []string) int {
	for m := 1; m < len(ws); m++ {
		k := i + m
		if k >= len(s.toks) || s.toks[k].kind != tWord || s.toks[k].norm != ws[m] {
			return -1
		}
	}
	return i + len(ws)
}

// LiesAt reports whether "lies" or "lie" between the words prev and next
// (folded; prev is "" at the start) is the verb of where something is
// ("the town lies on the border", "lie in ruins"), not the noun of a
// denial ("pure lies", "were “pure lies on the part of the United
// States”").
func LiesAt(prev, next string) bool { return liesPlace[next] && !liesNoun[prev] }

// Words after which ما and غير are not negations; after which "lies" is the
// verb of a place (liesPlace) and before which it is the noun of a denial
// (liesNoun); before which "May" is the month.
var (
	maNotBefore = wordSet("إذا", "اذا", "الذي", "التي", "الذين", "هو", "هي", "هم", "بين", "أن", "إن", "لم", "لا",
		"من", "في", "على", "عن", "إلى", "بعد", "قبل", "كان", "كانت", "يكون", "تكون")
	ghayrNotBefore = wordSet("أن", "إن", "ذلك", "هذا", "هذه", "مرة", "واحد")
	liesPlace      = wordSet("on", "in", "at", "under", "near", "beside", "down", "ahead", "behind", "with",
		"across", "along", "between", "within", "to", "next", "against", "asleep", "flat", "face", "atop",
		"inside", "outside", "by", "beneath", "upon", "there", "here", "back", "still", "around", "alone")
	liesNoun = wordSet("pure", "outright", "blatant", "total", "complete", "mere", "just", "all", "more", "such",
		"these", "those", "his", "her", "their", "its", "our", "of", "and", "or", "told", "tell", "telling", "spread",
		"spreading", "spreads", "are", "were", "was", "is", "be", "been", "“", "\"", "«", "‘", "'")
	mayDateBefore = wordSet("in", "by", "since", "until", "of", "early", "late", "mid", "end", "during", "from",
		"through", "last", "next", "this", "on", "before", "after")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[norm(w)] = true
	}
	return m
}

func (s *scanner) nextWord(k int) (*token, bool) {
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return nil, false
	}
	return &s.toks[k], true
}

func (s *scanner) ruleOK(r cueRule, i, k int, clit bool) bool {
	next, ok := s.nextWord(k)
	switch r {
	case ruleMa:
		// ما negates a verb at the head of a clause ("ما قال", "وما
		// زالت" aside); elsewhere it is mostly "what": "وفق ما نقله".
		head := clit || i == 0 || s.toks[i-1].kind == tPunct
		if !head || !ok || next.latin || strings.HasPrefix(next.norm, "ال") || maNotBefore[next.norm] {
			return false
		}
		// A resumptive pronoun ("ما نقله") marks a relative clause, a ta
		// marbuta a noun ("ما قصة"), and a question mark a question.
		raw := s.text[next.bs:next.be]
		if strings.HasSuffix(raw, "ه") || strings.HasSuffix(raw, "ها") || strings.HasSuffix(raw, "هم") || strings.HasSuffix(raw, "ة") {
			return false
		}
		return !s.question(k)
	case ruleQad:
		// قد before an imperfect verb is "may"; before a perfect it is
		// "has already", an affirmation of fact.
		if !ok || next.latin {
			return false
		}
		f := firstRune(next.norm)
		return f == 'ي' || f == 'ن' || (f == 'ت' && next.norm != "تم" && next.norm != "تمت")
	case ruleGhayr:
		return ok && !next.latin && !ghayrNotBefore[next.norm]
	case ruleLies:
		prev := ""
		if i > 0 {
			prev = s.toks[i-1].norm
		}
		return !ok || !LiesAt(prev, next.norm)
	case ruleMay:
		t := &s.toks[i]
		if !t.upper {
			return true
		}
		if s.isKind(k, tDigits) || (i > 0 && mayDateBefore[s.toks[i-1].norm]) {
			return false
		}
		return i == 0 || s.toks[i-1].kind == tPunct
	case ruleNo:
		return !(s.gluedPunct(k, ".") && s.isKind(k+1, tDigits))
	case ruleDun:
		if s.isKind(k, tDigits) {
			return false
		}
		_, _, _, num := s.term(k, true)
		return !num
	case ruleExpected:
		return ok && next.norm == "to"
	}
	return true
}

// question reports whether the sentence around token k ends with a question
// mark.
func (s *scanner) question(k int) bool {
	for ; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tPunct {
			continue
		}
		switch t.norm {
		case "?", "؟":
			return true
		case ".", "!", "\n":
			return false
		}
	}
	return false
}
