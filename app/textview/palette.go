package textview

import "image/color"

// String names the kind.
func (k Kind) String() string {
	switch k {
	case None:
		return "none"
	case Inserted:
		return "inserted"
	case Deleted:
		return "deleted"
	case Changed:
		return "changed"
	case Negation:
		return "negation"
	case NumberConflict:
		return "number conflict"
	case DateConflict:
		return "date conflict"
	case Linked:
		return "linked"
	case Search:
		return "search"
	}
	return "Kind(?)"
}

// Colours are translucent so the theme's text colour stays readable on them
// in both the light and the dark variant.
var (
	green  = color.NRGBA{R: 0x2e, G: 0xa0, B: 0x43, A: 0x59}
	red    = color.NRGBA{R: 0xe0, G: 0x3a, B: 0x3a, A: 0x59}
	amber  = color.NRGBA{R: 0xf0, G: 0xb0, B: 0x00, A: 0x66}
	purple = color.NRGBA{R: 0x9b, G: 0x4d, B: 0xca, A: 0x4d}
	orange = color.NRGBA{R: 0xf5, G: 0x73, B: 0x1c, A: 0x66}
	blue   = color.NRGBA{R: 0x24, G: 0x7c, B: 0xe8, A: 0xff}
	yellow = color.NRGBA{R: 0xff, G: 0xe4, B: 0x00, A: 0x80}

	strikeRed       = color.NRGBA{R: 0xd0, G: 0x20, B: 0x20, A: 0xff}
	underlinePurple = color.NRGBA{R: 0x8e, G: 0x3c, B: 0xc0, A: 0xff}
)

// Color is the colour of a highlight of this kind: the fill, or for Linked
// the outline. None has no colour (nil).
func (k Kind) Color() color.Color {
	switch k {
	case Inserted:
		return green
	case Deleted:
		return red
	case Changed:
		return amber
	case Negation:
		return purple
	case NumberConflict, DateConflict:
		return orange
	case Linked:
		return blue
	case Search:
		return yellow
	}
	return nil
}
