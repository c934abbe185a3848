package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// setAllPrefs gives every copied preference a value other than its default.
func setAllPrefs(a interface {
	SetString(string, string)
	SetFloat(string, float64)
	SetInt(string, int)
}) {
	a.SetString(PrefTheme, "dark")
	a.SetFloat(PrefTextScale, 1.15)
	a.SetInt(PrefIgnore, 5)
	a.SetString(PrefDatabase, "/archives/iraq/claimdiff.db")
	a.SetString(PrefReviewAuthor, "Al-Mada fact desk")
}

func TestPrefCopyRestoresWhatFyneLost(t *testing.T) {
	path := filepath.Join(t.TempDir(), prefCopyName)
	before := test.NewTempApp(t).Preferences()
	setAllPrefs(before)
	if err := SavePrefCopy(before, path); err != nil {
		t.Fatal(err)
	}
	// A new start whose preferences file was left empty: nothing loaded.
	after := test.NewTempApp(t).Preferences()
	keys, err := RestorePrefs(after, path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{PrefTheme, PrefTextScale, PrefIgnore, PrefDatabase, PrefReviewAuthor}
	if !slices.Equal(keys, want) {
		t.Errorf("restored %v, want %v", keys, want)
	}
	if got := after.String(PrefDatabase); got != "/archives/iraq/claimdiff.db" {
		t.Errorf("archive = %q", got)
	}
	if got := after.String(PrefTheme); got != "dark" {
		t.Errorf("theme = %q", got)
	}
	if got := after.Float(PrefTextScale); got != 1.15 {
		t.Errorf("text scale = %v", got)
	}
	if got := after.Int(PrefIgnore); got != 5 {
		t.Errorf("ignore = %v", got)
	}
	if got := after.String(PrefReviewAuthor); got != "Al-Mada fact desk" {
		t.Errorf("review author = %q", got)
	}
}

func TestPrefCopyLeavesWhatFyneHas(t *testing.T) {
	path := filepath.Join(t.TempDir(), prefCopyName)
	old := test.NewTempApp(t).Preferences()
	setAllPrefs(old)
	if err := SavePrefCopy(old, path); err != nil {
		t.Fatal(err)
	}
	p := test.NewTempApp(t).Preferences()
	p.SetString(PrefDatabase, "") // the default archive, chosen since
	p.SetString(PrefTheme, "light")
	keys, err := RestorePrefs(p, path)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(keys, PrefDatabase) || slices.Contains(keys, PrefTheme) {
		t.Errorf("restored %v over values the preferences have", keys)
	}
	if p.String(PrefDatabase) != "" || p.String(PrefTheme) != "light" {
		t.Errorf("archive %q, theme %q: the copy overwrote them", p.String(PrefDatabase), p.String(PrefTheme))
	}
	if p.String(PrefReviewAuthor) != "Al-Mada fact desk" {
		t.Errorf("the missing review author was not restored: %q", p.String(PrefReviewAuthor))
	}
}

func TestPrefCopyMissingOrDamaged(t *testing.T) {
	dir := t.TempDir()
	p := test.NewTempApp(t).Preferences()
	if keys, err := RestorePrefs(p, filepath.Join(dir, "none.json")); err != nil || keys != nil {
		t.Errorf("no copy: %v, %v; want nothing and no error", keys, err)
	}
	bad := filepath.Join(dir, prefCopyName)
	if err := os.WriteFile(bad, []byte(`{"database": "/a`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := RestorePrefs(p, bad); err == nil {
		t.Error("a damaged copy gave no error")
	}
	if p.StringWithFallback(PrefDatabase, "unset") != "unset" {
		t.Error("a damaged copy set a preference")
	}
	// A value of the wrong type is not restored.
	if err := os.WriteFile(bad, []byte(`{"database": 3, "theme": "dark"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	keys, err := RestorePrefs(p, bad)
	if err != nil || !slices.Equal(keys, []string{PrefTheme}) {
		t.Errorf("restored %v, %v; want only the theme", keys, err)
	}
}

// TestSavePrefCopyFile checks what a save leaves on disk: the copy and no
// temporary file, no write when nothing changed, a write when something
// did, and an error rather than a panic where the folder cannot be made.
// (That a write is whole is the rename's doing; a test cannot kill the
// process halfway.)
func TestSavePrefCopyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, prefCopyName)
	p := test.NewTempApp(t).Preferences()
	setAllPrefs(p)
	if err := SavePrefCopy(p, path); err != nil {
		t.Fatal(err)
	}
	// Nothing but the copy is left in the folder: no temporary file.
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 || ents[0].Name() != prefCopyName {
		t.Errorf("folder holds %v", ents)
	}
	// The same content is not written again.
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, past, past); err != nil {
		t.Fatal(err)
	}
	if err := SavePrefCopy(p, path); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); !fi.ModTime().Equal(past) {
		t.Error("an unchanged copy was written again")
	}
	// A change is.
	p.SetString(PrefTheme, "light")
	if err := SavePrefCopy(p, path); err != nil {
		t.Fatal(err)
	}
	q := test.NewTempApp(t).Preferences()
	if _, err := RestorePrefs(q, path); err != nil || q.String(PrefTheme) != "light" {
		t.Errorf("after a change the copy restores theme %q (%v)", q.String(PrefTheme), err)
	}
	// A folder that cannot be written to is an error, not a panic.
	if err := SavePrefCopy(p, filepath.Join(path, "sub", prefCopyName)); err == nil {
		t.Error("writing under a file gave no error")
	}
}

func TestPreferencesDialogKeepsTheCopy(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), prefCopyName)
	u.KeepPrefCopy(path)
	u.savePreferences("dark", 1.3, 0, "/elsewhere/claims.db")
	q := test.NewTempApp(t).Preferences()
	if _, err := RestorePrefs(q, path); err != nil {
		t.Fatal(err)
	}
	if got := q.String(PrefDatabase); got != "/elsewhere/claims.db" {
		t.Errorf("the copy holds archive %q after Save", got)
	}
}
