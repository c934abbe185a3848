package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// Fyne 2.7 saves its preferences by truncating preferences.json and writing
// it again. A process killed between the two (a crash, a power cut, a
// SIGKILL while a change is written) leaves the file empty, and the next
// start loads nothing ("Preferences load error: EOF"). The archive chosen in
// Preferences is then forgotten: the window opens the default archive, and
// the journalist's claims seem gone. So Claimdiff keeps a copy of its own
// preferences beside Fyne's file, written whole to a temporary file and
// renamed over the last copy, and restores from it the preferences that
// Fyne's file lost.

// prefCopyName is the copy's file name, in the application's storage folder
// (where Fyne keeps preferences.json).
const prefCopyName = "claimdiff-preferences.json"

// prefKind is the type a preference is stored with.
type prefKind int

const (
	prefString prefKind = iota
	prefFloat
	prefInt
)

// copiedPrefs are the preferences the copy keeps: every one Claimdiff sets.
var copiedPrefs = []struct {
	key  string
	kind prefKind
}{
	{PrefTheme, prefString},
	{PrefTextScale, prefFloat},
	{PrefIgnore, prefInt},
	{PrefDatabase, prefString},
	{PrefReviewAuthor, prefString},
}

// missingString is a fallback no stored string can be.
const missingString = "\x00missing"

// prefValue is key's value in p and whether p has one.
func prefValue(p fyne.Preferences, key string, kind prefKind) (any, bool) {
	switch kind {
	case prefFloat:
		v := p.FloatWithFallback(key, math.NaN())
		return v, !math.IsNaN(v)
	case prefInt:
		v := p.IntWithFallback(key, math.MinInt)
		return v, v != math.MinInt
	default:
		v := p.StringWithFallback(key, missingString)
		return v, v != missingString
	}
}

// PrefCopyPath is where the copy of a's preferences is kept: beside Fyne's
// own file, in the application's storage folder.
func PrefCopyPath(a fyne.App) string {
	return filepath.Join(a.Storage().RootURI().Path(), prefCopyName)
}

// SavePrefCopy writes the preferences of p that Claimdiff sets to the copy
// at path, atomically: whole to a temporary file in the same folder, synced,
// then renamed over the last copy. A copy with the same content is left as
// it is.
func SavePrefCopy(p fyne.Preferences, path string) error {
	vals := map[string]any{}
	for _, k := range copiedPrefs {
		if v, ok := prefValue(p, k.key, k.kind); ok {
			vals[k.key] = v
		}
	}
	buf, err := json.MarshalIndent(vals, "", "  ")
	if err != nil {
		return err
	}
	buf = append(buf, '\n')
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, buf) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), prefCopyName+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(buf)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving a copy of the preferences: %w", err)
	}
	return nil
}

// RestorePrefs sets in p each preference that p lacks and the copy at path
// holds, and returns the keys it set. Preferences p has are left as they
// are: the copy is written after Fyne's file, so where both hold a value,
// Fyne's is as new. No copy (a first start) restores nothing; a copy that
// cannot be read is an error, and p is left as it is.
func RestorePrefs(p fyne.Preferences, path string) ([]string, error) {
	buf, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var vals map[string]any
	if err := json.Unmarshal(buf, &vals); err != nil {
		return nil, fmt.Errorf("the copy of the preferences %s is damaged: %w", path, err)
	}
	var set []string
	for _, k := range copiedPrefs {
		v, ok := vals[k.key]
		if !ok {
			continue
		}
		if _, has := prefValue(p, k.key, k.kind); has {
			continue
		}
		switch x := v.(type) {
		case string:
			if k.kind != prefString {
				continue
			}
			p.SetString(k.key, x)
		case float64:
			switch k.kind {
			case prefFloat:
				p.SetFloat(k.key, x)
			case prefInt:
				p.SetInt(k.key, int(x))
			default:
				continue
			}
		default:
			continue
		}
		set = append(set, k.key)
	}
	return set, nil
}

// KeepPrefCopy makes the window keep a copy of its preferences at path
// (PrefCopyPath) after each change it makes to them.
func (u *UI) KeepPrefCopy(path string) { u.prefCopy = path }

// savePrefCopy writes the copy of the preferences, if one is kept. A copy
// that cannot be written is logged: the preferences themselves are saved.
func (u *UI) savePrefCopy() {
	if u.prefCopy == "" {
		return
	}
	if err := SavePrefCopy(u.app.Preferences(), u.prefCopy); err != nil {
		fyne.LogError("Claimdiff", err)
	}
}
