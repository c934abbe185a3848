package relation

import (
	"strings"
	"testing"
)

// causeNames are the classes of the causes text gives (g) and denies (d).
func causeNames(text string) (g, d []string) {
	ct := causeTabs()
	for _, h := range causesOf(Prepare(text).toks) {
		if h.denied {
			d = append(d, ct.names[h.class])
		} else {
			g = append(g, ct.names[h.class])
		}
	}
	return g, d
}

func TestCausesOf(t *testing.T) {
	for _, c := range []struct {
		text          string
		given, denied string
	}{
		{"Officials said the warehouse fire was caused by an electrical short circuit.", "shortcircuit", ""},
		{"اندلع الحريق في المستودع جراء انفجار أسطوانة غاز.", "cylinder", ""},
		{"A gas cylinder exploded in the kitchen of a restaurant.", "cylinder", ""},
		{"Heavy rain was behind the collapse of the old wall.", "weather", ""},
		{"The blaze had been started deliberately, the minister said.", "deliberate", ""},
		{"وقال المحافظ إن الحريق «مفتعل».", "deliberate", ""},
		{"This was a technical fault in the power supply, the spokesman said.", "technical electric", ""},
		{"The fire brigade ruled out arson.", "", "deliberate"},
		{"ونفى المدير أن يكون الانفجار ناجماً عن عمل تخريبي.", "", "deliberate"},
		{"The blast was caused by an ammonia leak, not sabotage.", "gas", "deliberate"},
		// An effect is no cause: the floods came of the rain.
		{"وأكدت الوزارة أن السيول ناجمة عن الأمطار الغزيرة.", "weather", ""},
		// What drove the fire on did not start it.
		{"The fire spread because of strong winds.", "", ""},
		{"وامتد الحريق بفعل الرياح القوية نحو القرى.", "", ""},
		// A cause put as a possibility, or not ruled out, is not given.
		{"Investigators are examining whether a short circuit caused the fire.", "", ""},
		{"Police did not rule out arson.", "", ""},
		// The kind of the event is not its cause.
		{"وفاة ثلاثة أشخاص في حادث التصادم على الطريق السريع.", "", ""},
		// A cause word that nothing gives as a cause.
		{"Strong winds are forecast for the weekend.", "", ""},
	} {
		g, d := causeNames(c.text)
		if strings.Join(g, " ") != c.given || strings.Join(d, " ") != c.denied {
			t.Errorf("%q: gives %q and denies %q, want %q and %q", c.text, g, d, c.given, c.denied)
		}
	}
}

func TestCauseConflict(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		// Two causes, across languages.
		{"Officials said the warehouse fire was caused by an electrical short circuit.", "اندلع الحريق في المستودع جراء انفجار أسطوانة غاز.", true},
		// One cause, in two languages.
		{"Officials said the warehouse fire was caused by an electrical short circuit.", "وقالت الشرطة إن الحريق نجم عن تماس كهربائي.", false},
		// A cause given, the same denied.
		{"The blaze had been started deliberately, the minister said.", "The fire brigade ruled out arson.", true},
		// A cause denied, another given: they agree.
		{"Investigators ruled out sabotage.", "The blast was caused by a gas leak.", false},
		// A fault of the pumps is a technical fault.
		{"A technical fault caused the outage.", "The outage was caused by a failure of the main pumps.", false},
		// Denying a power cut leaves a technical fault open.
		{"The operator denied that a power cut was to blame.", "The stoppage was caused by a technical fault.", false},
		// A fault of the power supply is no software update.
		{"This was a technical fault in the power supply, the spokesman said.", "A faulty software update was behind the shutdown.", true},
		// A gas leak may be from a cylinder; a cylinder is no gas pipe.
		{"The explosion was caused by a gas leak.", "The blast was caused by a faulty gas cylinder.", false},
		{"The explosion was caused by a leak in the gas supply pipe.", "Residents blamed a gas cylinder for the blast.", true},
		// What spread the fire is no rival of what started it.
		{"The fire spread because of strong winds.", "The blaze had been started deliberately, the minister said.", false},
	} {
		r, got := causeConflict(Prepare(c.a).toks, Prepare(c.b).toks)
		if got != c.want {
			t.Errorf("%q against %q: conflict %v (%s), want %v", c.a, c.b, got, r.Detail, c.want)
		}
		if got && (r.Kind != "cause" || r.A == "" || r.B == "" || !strings.Contains(c.a, r.A) || !strings.Contains(c.b, r.B)) {
			t.Errorf("%q against %q: reason %+v does not point at the two causes", c.a, c.b, r)
		}
	}
}

// Two accounts of one event that give it two causes contradict each other
// within a claim, however few words they share; outside a claim the
// classifier does not assume they tell one event.
func TestClassifyInClaimCauses(t *testing.T) {
	a, b := Prepare("Short circuit blamed for deadly market fire"), Prepare("انفجار أسطوانة غاز يشعل حريقاً في سوق شعبي")
	r := ClassifyInClaim(a, b)
	if r.Label != Contradicts || !r.Anchored {
		t.Fatalf("in a claim: %s (anchored %v), want an anchored contradiction; reasons %+v", r.Label, r.Anchored, r.Reasons)
	}
	found := false
	for _, x := range r.Reasons {
		if x.Kind == "cause" {
			found = true
			if got := []rune(a.Text())[x.AStart:x.AEnd]; string(got) != "Short circuit" {
				t.Errorf("the cause of a is %q at its offsets, want \"Short circuit\"", string(got))
			}
			if got := []rune(b.Text())[x.BStart:x.BEnd]; string(got) != "أسطوانة غاز" {
				t.Errorf("the cause of b is %q at its offsets, want \"أسطوانة غاز\"", string(got))
			}
		}
	}
	if !found {
		t.Errorf("no cause reason: %+v", r.Reasons)
	}
	if !a.GivesCause() || !b.GivesCause() || Prepare("The market reopened on Sunday.").GivesCause() {
		t.Error("GivesCause: want true for the two accounts and false for a statement with no cause")
	}
	if r := ClassifyPrepared(a, b); r.Label == Contradicts {
		t.Errorf("outside a claim: %s, want no contradiction from the causes alone", r.Label)
	}
}
