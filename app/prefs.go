package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/style"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// Preference keys, in the Fyne preferences of the application.
const (
	// PrefTheme is "system", "light" or "dark".
	PrefTheme = "theme"
	// PrefTextScale multiplies the text sizes (1 is Fyne's default).
	PrefTextScale = "textScale"
	// PrefIgnore is the default textnorm.Options of the comparison toggles.
	PrefIgnore = "ignore"
	// PrefDatabase is the archive file to open at the next start; empty for
	// the default. main reads it before opening the archive.
	PrefDatabase = "database"
	// PrefReviewAuthor is the organisation a ClaimReview export names as
	// its reviewer, remembered from the last one.
	PrefReviewAuthor = "reviewAuthor"
)

var (
	themeChoices = []string{"System", "Light", "Dark"}
	textScales   = []struct {
		label string
		scale float64
	}{{"Small", 0.9}, {"Normal", 1}, {"Large", 1.15}, {"Larger", 1.3}}
)

// scaledTheme is the app's theme with its text sizes multiplied by scale.
type scaledTheme struct {
	*style.Theme
	scale float32
}

// Size scales the text sizes and keeps the others (padding, icons).
func (t *scaledTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return s * t.scale
	}
	return s
}

// themeFromPrefs builds the theme the preferences ask for.
func themeFromPrefs(p fyne.Preferences) fyne.Theme {
	t := &style.Theme{}
	switch p.StringWithFallback(PrefTheme, "system") {
	case "light":
		v := theme.VariantLight
		t.Variant = &v
	case "dark":
		v := theme.VariantDark
		t.Variant = &v
	}
	scale := p.FloatWithFallback(PrefTextScale, 1)
	if scale < 0.5 || scale > 3 {
		scale = 1
	}
	return &scaledTheme{Theme: t, scale: float32(scale)}
}

// ignoreFromPrefs is the default ignore options, defaultIgnore when unset.
func ignoreFromPrefs(p fyne.Preferences) textnorm.Options {
	return textnorm.Options(p.IntWithFallback(PrefIgnore, int(defaultIgnore)))
}

// onPreferences edits the preferences; theme, text size and ignore options
// apply at once, the archive location at the next start.
func (u *UI) onPreferences() {
	prefs := u.app.Preferences()
	themeSel := widget.NewRadioGroup(themeChoices, nil)
	themeSel.Horizontal = true
	themeSel.Required = true
	cur := prefs.StringWithFallback(PrefTheme, "system")
	for _, c := range themeChoices {
		if strings.ToLower(c) == cur {
			themeSel.SetSelected(c)
		}
	}
	var sizes []string
	size := widget.NewSelect(nil, nil)
	scale := prefs.FloatWithFallback(PrefTextScale, 1)
	for _, s := range textScales {
		sizes = append(sizes, s.label)
	}
	size.Options = sizes
	size.SetSelected("Normal")
	for _, s := range textScales {
		if s.scale == scale {
			size.SetSelected(s.label)
		}
	}
	ignore := newIgnoreGroup()
	ignore.SetSelected(ignoreLabels(ignoreFromPrefs(prefs)))
	db := newEscEntry(false)
	db.SetText(prefs.String(PrefDatabase))
	db.SetPlaceHolder(u.store.Path())
	// Save stays off while the path cannot be an archive: a bad path
	// would only show at the next start.
	stored := prefs.String(PrefDatabase)
	db.Validator = archiveValidator(stored)
	dbNote := widget.NewLabel("In use: " + u.store.Path() + "\nA new location applies at the next start; empty is the default.")
	dbNote.Wrapping = fyne.TextWrapWord

	items := []*widget.FormItem{
		widget.NewFormItem("Theme", themeSel),
		widget.NewFormItem("Text size", size),
		widget.NewFormItem("Ignore by default", ignore),
		widget.NewFormItem("Archive file", db),
		widget.NewFormItem("", dbNote),
	}
	d := dialog.NewForm("Preferences", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		sc := 1.0
		for _, s := range textScales {
			if s.label == size.Selected {
				sc = s.scale
			}
		}
		path, err := archivePath(db.Text)
		if strings.TrimSpace(db.Text) == stored {
			path, err = stored, nil // unchanged: the theme and the rest can be saved
		}
		if err != nil { // the validator kept Save off; the file changed since
			u.showError("archive file", err)
			return
		}
		u.savePreferences(strings.ToLower(themeSel.Selected), sc, ignoreOf(ignore.Selected), path)
	}, u.win)
	d.Resize(fyne.NewSize(640, 380))
	u.showForm(d, db)
}

// archiveValidator checks the archive field: a new path must be one
// archivePath takes; the stored one, kept as it is, passes even when it
// no longer opens (the start said so), so that the other preferences can
// still be saved.
func archiveValidator(stored string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == stored {
			return nil
		}
		_, err := archivePath(s)
		return err
	}
}

// archivePath is the archive file a Preferences entry names: empty for the
// default, else a full path (~/ is the home folder) to a Claimdiff archive
// or to a file that does not exist yet, which the next start creates.
func archivePath(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if rest, ok := strings.CutPrefix(s, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			s = filepath.Join(home, rest)
		}
	}
	if !filepath.IsAbs(s) {
		return "", errors.New("give the archive file's full path, starting with / or ~/")
	}
	if err := data.CheckPath(s); err != nil {
		return "", err
	}
	return filepath.Clean(s), nil
}

// savePreferences stores the preferences and applies those that can be
// applied now.
func (u *UI) savePreferences(themeName string, scale float64, ignore textnorm.Options, dbPath string) {
	prefs := u.app.Preferences()
	if themeName == "" {
		themeName = "system"
	}
	prefs.SetString(PrefTheme, themeName)
	prefs.SetFloat(PrefTextScale, scale)
	prefs.SetInt(PrefIgnore, int(ignore))
	prefs.SetString(PrefDatabase, dbPath)
	u.savePrefCopy()
	u.app.Settings().SetTheme(themeFromPrefs(prefs))
	u.compare.toggles.SetSelected(ignoreLabels(ignore))
}
