package relation

import "fmt"

// Stance is how a statement stands toward a claim.
type Stance uint8

// Stances.
const (
	StanceNeutral Stance = iota // says nothing for or against the claim
	Affirms                     // says the claim is true
	Denies                      // says the claim is false
)

// String names the stance as the command line prints it.
func (s Stance) String() string {
	switch s {
	case Affirms:
		return "affirms"
	case Denies:
		return "denies"
	}
	return "neutral"
}

// StanceResult is a stance with its confidence in [0,1] and the evidence.
type StanceResult struct {
	Stance     Stance
	Confidence float64
	Reasons    []Reason
}

// StanceOf says whether statement affirms or denies claim, even when they
// share few words: the claim's topic words are matched through the
// bilingual concept table, then the statement's cues decide. In the
// reasons, A is the statement side and B the claim side.
func StanceOf(statement, claim string) StanceResult {
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	st := tokenize(statement, s.a, s.words)
	cl := tokenize(claim, s.b, s.words)
	s.a, s.b = st, cl
	var reasons []Reason
	analyse(statement, claim, st, cl, &s.f, &reasons)
	f := &s.f
	nContent, topic := 0, 0
	for i := range cl {
		if content(&cl[i]) {
			nContent++
			if cl[i].matched {
				topic++
			}
		}
	}
	stContent := 0
	for i := range st {
		if content(&st[i]) {
			stContent++
		}
	}
	cover := ratio(topic, nContent)
	short := stContent <= 4
	denial, affirm := firstCue(st, cueDenial), firstCue(st, cueAffirm)
	conflict := f[fNegFlip]+f[fAntonym]+f[fNumConflict]+f[fDateConflict]+f[fClassSwap] > 0
	res := StanceResult{}
	switch {
	case conflict && cover > 0:
		res.Stance, res.Confidence = Denies, 0.6+0.4*cover
		for _, r := range reasons {
			if r.Kind != "synonym" && r.Kind != "hypernym" {
				res.Reasons = append(res.Reasons, r)
			}
		}
	case denial >= 0 && (cover > 0 || short):
		res.Stance, res.Confidence = Denies, 0.55+0.4*cover
		t := &st[denial]
		res.Reasons = []Reason{{Kind: "denial", A: t.text, AStart: t.start, AEnd: t.end, BStart: -1, BEnd: -1,
			Detail: fmt.Sprintf("denial: %q", t.text)}}
	case cover >= 0.3 || (affirm >= 0 && (cover > 0 || short)):
		res.Stance, res.Confidence = Affirms, 0.5+0.45*cover
		if affirm >= 0 {
			t := &st[affirm]
			res.Reasons = []Reason{{Kind: "affirmation", A: t.text, AStart: t.start, AEnd: t.end, BStart: -1, BEnd: -1,
				Detail: fmt.Sprintf("affirmation: %q", t.text)}}
		}
	default:
		res.Stance, res.Confidence = StanceNeutral, 1-cover
	}
	return res
}
