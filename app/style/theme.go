// Package style holds the look shared by every view: the theme with the bundled
// fonts and the icon.
package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/claimdiff/claimdiff/assets"
)

// Theme is Fyne's default theme with the bundled Arabic font as the text
// font. Fyne falls back to its own embedded Noto Sans for Latin letters, so
// both scripts render from fonts that ship with the binary, the same on every
// machine. Variant forces light or dark when set; nil follows the system.
type Theme struct {
	Variant *fyne.ThemeVariant
}

var _ fyne.Theme = (*Theme)(nil)

var (
	arabicRegular = fyne.NewStaticResource("NotoSansArabic-Regular.ttf", assets.ArabicRegular)
	arabicBold    = fyne.NewStaticResource("NotoSansArabic-Bold.ttf", assets.ArabicBold)
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

// Font returns the bundled Arabic font for text, Fyne's own for monospace
// and symbols.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return arabicBold
	}
	return arabicRegular
}

// Icon returns the default icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
