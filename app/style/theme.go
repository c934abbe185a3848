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

// Icon is the application icon as a Fyne resource.
var Icon = fyne.NewStaticResource("claimdiff.png", assets.Icon)

// The text fonts, one per style. Fyne parses a style's theme font and, when
// it is another resource, its own default font for that style as the
// fallback for missing glyphs: two parses of a few megabytes each per
// style, kept for the life of the window. Claimdiff Sans holds all of Noto
// Sans, so that fallback would never be used. The default resources are
// therefore given Claimdiff Sans's bytes and the theme answers with them:
// theme font and fallback are then one resource, parsed once per style
// (TestDefaultFontsAreTheTextFont). Should a Fyne version hand out copies
// instead of its resources, the theme keeps resources of its own, and the
// window only uses more memory.
var textFonts = map[fyne.TextStyle]fyne.Resource{
	{}:                         adopt(theme.DefaultTextFont(), "ClaimdiffSans-Regular.ttf", assets.UIRegular),
	{Bold: true}:               adopt(theme.DefaultTextBoldFont(), "ClaimdiffSans-Bold.ttf", assets.UIBold),
	{Italic: true}:             adopt(theme.DefaultTextItalicFont(), "ClaimdiffSans-Regular.ttf", assets.UIRegular),
	{Bold: true, Italic: true}: adopt(theme.DefaultTextBoldItalicFont(), "ClaimdiffSans-Bold.ttf", assets.UIBold),
}

// adopt gives res the font content and returns it, or returns a new
// resource with it when res is not a static resource.
func adopt(res fyne.Resource, name string, content []byte) fyne.Resource {
	if r, ok := res.(*fyne.StaticResource); ok {
		r.StaticName, r.StaticContent = name, content
		return r
	}
	return fyne.NewStaticResource(name, content)
}

// Color returns the default colour, in the forced variant when one is set.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.Variant != nil {
		v = *t.Variant
	}
	if n == theme.ColorNameInputBorder {
		// Fyne's borders draw an unticked check box (the ignore toggles)
		// almost in the background's colour: QA took them for missing.
		if v == theme.VariantLight {
			return lightInputBorder
		}
		return darkInputBorder
	}
	return theme.DefaultTheme().Color(n, v)
}

// The borders of fields and check boxes: greys with a contrast of 3:1 on
// the theme's background, the least WCAG asks of a control's outline.
var (
	lightInputBorder = color.NRGBA{R: 0x94, G: 0x94, B: 0x94, A: 0xff}
	darkInputBorder  = color.NRGBA{R: 0x6e, G: 0x6e, B: 0x6e, A: 0xff}
)

// Font returns the bundled font for text, Fyne's own for monospace and
// symbols. Italic text is drawn upright: neither source font has an italic
// that covers Arabic, and Arabic has no italic tradition.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	return textFonts[fyne.TextStyle{Bold: s.Bold, Italic: s.Italic}]
}

// Icon returns the default icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
