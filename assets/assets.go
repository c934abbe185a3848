// Package assets holds the files built into the binary: the icon, the
// bundled fonts and the sample claim. It depends on nothing of ours,
// so every layer may use it.
package assets

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// Icon is the application icon, 512x512 PNG.
//
//go:embed icon.png
var Icon []byte

// UI fonts: Claimdiff Sans, Noto Sans and Noto Sans Arabic merged into one
// font by scripts/build-font.sh (SIL OFL 1.1, see fonts/OFL.txt). A Fyne
// theme has one font per text style; with both scripts in that one font,
// Arabic, Latin and digits share one baseline and the window looks the same
// on a machine with no fonts installed.
var (
	//go:embed fonts/ClaimdiffSans-Regular.ttf
	UIRegular []byte
	//go:embed fonts/ClaimdiffSans-Bold.ttf
	UIBold []byte
)

// ArabicRegular is Noto Sans Arabic (SIL OFL 1.1, see fonts/OFL.txt), the
// source of UIRegular's Arabic, for writers that embed a font per script
// (the HTML report). Its bold, in fonts/ too, is only a source of UIBold and
// is not built into the binary.
//
//go:embed fonts/NotoSansArabic-Regular.ttf
var ArabicRegular []byte

//go:embed sample/claim.json
var sampleJSON []byte

// SampleClaim is the claim loaded into a new archive: accounts of one claim,
// each a short set of attributed statements in the original Arabic with an
// English rendering.
type SampleClaim struct {
	Format   int       `json:"format"`
	Title    string    `json:"title"`
	TitleAr  string    `json:"title_ar"`
	About    string    `json:"about"`
	Accounts []Account `json:"accounts"`
}

// Account is one source's statements on the claim.
type Account struct {
	Key       string   `json:"key"`
	Outlet    string   `json:"outlet"`
	OutletAr  string   `json:"outlet_ar"`
	Speaker   string   `json:"speaker"`
	Published string   `json:"published"` // YYYY, YYYY-MM or YYYY-MM-DD
	Ar        []string `json:"ar"`
	En        []string `json:"en"`
}

// TextAr is the account's Arabic statements as one text, a paragraph each.
func (a Account) TextAr() string { return strings.Join(a.Ar, "\n") }

// TextEn is the account's English rendering, a paragraph each.
func (a Account) TextEn() string { return strings.Join(a.En, "\n") }

// Sample decodes the embedded sample claim.
func Sample() (SampleClaim, error) {
	var s SampleClaim
	if err := json.Unmarshal(sampleJSON, &s); err != nil {
		return s, fmt.Errorf("decode sample claim: %w", err)
	}
	if s.Format != 1 || s.Title == "" || len(s.Accounts) == 0 {
		return s, fmt.Errorf("decode sample claim: unexpected format %d or empty claim", s.Format)
	}
	return s, nil
}
