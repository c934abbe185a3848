// Package style holds the look shared by every view: the theme with the bundled
// fonts and the icon.
package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/claimdiff/claimdiff/assets"
)

// Theme is Fyne's default theme with the bundled Claimdiff Sans as the text
// font: Noto Sans and Noto Sans Arabic merged into one font, because a theme
// has one font per text style and Fyne draws a text's runs on the baseline
// of its first run's face. With both scripts in one face, Arabic, Latin and
// digits share one baseline and one line height, and render the same on
// every machine. Variant forces light or dark when set; nil follows the
// system.
type Theme struct {
	Variant *fyne.ThemeVariant
}

var _ fyne.Theme = (*Theme)(nil)

var (
	textRegular = fyne.NewStaticResource("ClaimdiffSans-Regular.ttf", assets.UIRegular)
	textBold    = fyne.NewStaticResource("ClaimdiffSans-Bold.ttf", assets.UIBold)
	// Icon is the application icon as a Fyne resource.
	Icon = fyne.NewStaticResource("claimdiff.png", assets.Icon)
)

// Color returns the default colour, in the forced variant when one is set.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.Variant != nil {
		v = *t.Variant
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the bundled font for text, Fyne's own for monospace and
// symbols. Italic text is drawn upright: neither source font has an italic
// that covers Arabic, and Arabic has no italic tradition.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return textBold
	}
	return textRegular
}

// Icon returns the default icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
