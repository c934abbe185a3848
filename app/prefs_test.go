package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/theme"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

func TestPreferencesApplyAndPersist(t *testing.T) {
	u, _ := newTestUI(t)
	base := u.app.Settings().Theme().Size(theme.SizeNameText)
	u.savePreferences("dark", 1.3, textnorm.IgnorePunct|textnorm.IgnoreCase, "/elsewhere/claims.db")

	th := u.app.Settings().Theme()
	if got := th.Size(theme.SizeNameText); got < base*1.29 || got > base*1.31 {
		t.Errorf("text size %v, want 1.3 × %v", got, base)
	}
	if th.Size(theme.SizeNamePadding) != theme.DefaultTheme().Size(theme.SizeNamePadding) {
		t.Error("padding was scaled with the text")
	}
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := th.Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Errorf("dark preference gives background %v, want %v", got, dark)
	}
	if u.compare.ignore != textnorm.IgnorePunct|textnorm.IgnoreCase {
		t.Errorf("ignore toggles now %b", u.compare.ignore)
	}
	if got := u.app.Preferences().String(PrefDatabase); got != "/elsewhere/claims.db" {
		t.Errorf("database location stored as %q", got)
	}
	// A new window on the same application starts with them.
	u2 := New(context.Background(), u.app, u.store)
	if u2.compare.ignore != textnorm.IgnorePunct|textnorm.IgnoreCase {
		t.Errorf("a new window starts with ignore %b", u2.compare.ignore)
	}
	if got := u.app.Settings().Theme().Size(theme.SizeNameText); got < base*1.29 {
		t.Errorf("a new window resets the text size to %v", got)
	}
}

func TestDefaultPreferences(t *testing.T) {
	u, _ := newTestUI(t)
	if u.compare.ignore != defaultIgnore {
		t.Errorf("default ignore %b, want %b", u.compare.ignore, defaultIgnore)
	}
	if got, want := u.app.Settings().Theme().Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText); got != want {
		t.Errorf("default text size %v, want %v", got, want)
	}
}
