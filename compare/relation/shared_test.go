package relation

import "testing"

// Result.Shared, Words and Anchored tell a shared claim from a shared
// subject.
func TestSharedAndAnchored(t *testing.T) {
	cases := []struct {
		name          string
		a, b          string
		shared, words int // -1 to skip
		anchored      bool
	}{
		{"a name is not shared content", "The reports were pure lies by the United States.", "The United States keeps 2,500 troops in Iraq.", 0, -1, false},
		{"reporting words are not shared content", "The minister said the talks ended.", "The banker said prices rose.", 0, -1, false},
		{"a flip on a shared word beside a shared name", "أمريكا لن تنسحب من العراق طالما هناك مصالح لها.", "الولايات المتحدة ستنسحب من العراق بحلول نهاية 2026.", 1, -1, true},
		{"a flip on the only shared word", "The central bank will not raise interest rates this year.", "Inflation rose to 9 percent in March.", -1, -1, false},
		{"antonyms about a shared thing", "Oil prices rose sharply on Monday.", "Oil prices fell sharply on Monday.", -1, -1, true},
		{"words counts the shorter side", "They are drinking wine.", "They are drinking whisky in a small bar near the old harbour.", 1, 2, false},
	}
	for _, c := range cases {
		r := Classify(c.a, c.b)
		if c.shared >= 0 && r.Shared != c.shared {
			t.Errorf("%s: Shared = %d, want %d", c.name, r.Shared, c.shared)
		}
		if c.words >= 0 && r.Words != c.words {
			t.Errorf("%s: Words = %d, want %d", c.name, r.Words, c.words)
		}
		if r.Anchored != c.anchored {
			t.Errorf("%s: Anchored = %v, want %v (%s, %v)", c.name, r.Anchored, c.anchored, r.Label, r.Reasons)
		}
	}
}

// A negation flip is reported on the word both sides share that is not a
// name when there is one.
func TestFlipPrefersContentWords(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"There will be no American withdrawal this year.", "The American withdrawal begins this year.", "withdrawal"},
		{"لا انسحاب أمريكي هذا العام", "يبدأ انسحاب أمريكي هذا العام", "انسحاب"},
	} {
		r := Classify(c.a, c.b)
		found := false
		for _, x := range r.Reasons {
			if x.Kind == "negation" {
				found = true
				if x.B != c.want {
					t.Errorf("%q: negation reason on %q, want %q: %s", c.a, x.B, c.want, x.Detail)
				}
			}
		}
		if !found {
			t.Errorf("%q against %q: no negation reason: %s %v", c.a, c.b, r.Label, r.Reasons)
		}
	}
}

// An affirmation is quoted whole: its cue words joined by function words.
func TestAffirmationSpan(t *testing.T) {
	for _, c := range []struct{ statement, want string }{
		{"وقال مسؤول أمريكي كبير، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”.", "توصلنا إلى اتفاق"},
		{"A senior US official said: “We have reached an agreement, and now the question is when it will be announced.”", "reached an agreement"},
	} {
		r := StanceOf(c.statement, "US forces will withdraw from Iraq")
		if r.Stance != Affirms || len(r.Reasons) == 0 || r.Reasons[0].A != c.want {
			t.Errorf("%q: %s %v, want an affirmation quoting %q", c.statement, r.Stance, r.Reasons, c.want)
			continue
		}
		if got := string([]rune(c.statement)[r.Reasons[0].AStart:r.Reasons[0].AEnd]); got != c.want {
			t.Errorf("%q: offsets give %q, want %q", c.statement, got, c.want)
		}
	}
}
