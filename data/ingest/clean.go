package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkParts are words of class and id names that mark blocks around an
// article, never its statements: reader comments, captions and credits,
// advertising, promotions, sharing, related links, bylines and dates (their
// metadata is read before they go).
var junkParts = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "respond": true, "disqus": true,
	"wpdiscuz": true, "replies": true, "caption": true, "captions": true, "credit": true,
	"credits": true, "ad": true, "ads": true, "adv": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "adslot": true, "sponsor": true, "sponsored": true,
	"promo": true, "promotion": true, "newsletter": true, "subscribe": true, "subscription": true,
	"signup": true, "related": true, "share": true, "sharing": true, "sharebar": true,
	"social": true, "timestamp": true, "dateline": true, "byline": true, "pullquote": true,
	"breadcrumb": true, "breadcrumbs": true, "crumbs": true, "cookie": true, "cookies": true,
	"consent": true, "ticker": true, "outbrain": true, "taboola": true, "trending": true,
	"recommended": true, "readmore": true, "readalso": true, "tags": true, "donate": true,
	"donation": true, "contribute": true, "meta": true, "date": true, "pubdate": true,
	"sidebar": true, "widget": true, "embed": true, "tweet": true, "banner": true,
}

// junkPairs are two-word names ("pull-quote", "read-more", "rich-link").
var junkPairs = map[string]bool{
	"pull quote": true, "read more": true, "read also": true, "see also": true, "most read": true,
	"rich link": true, "more stories": true, "author bio": true, "twitter tweet": true,
	"instagram media": true, "tiktok embed": true, "post author": true, "author name": true,
}

// nameParts splits class and id values into lower-case words on spaces,
// hyphens and underscores, so "comments-area" matches and "commentary"
// does not.
func nameParts(n *html.Node) []string {
	var parts []string
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.Fields(a.Val) {
			tok = strings.ToLower(tok)
			parts = append(parts, strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' })...)
			parts = append(parts, "|")
		}
	}
	return parts
}

func isJunkName(n *html.Node) bool {
	parts := nameParts(n)
	for i, p := range parts {
		if junkParts[p] {
			return true
		}
		if i+1 < len(parts) && junkPairs[p+" "+parts[i+1]] {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// removeTags are elements that hold no article statements: embedded
// media, captions, forms, navigation and asides (pull quotes, related
// boxes).
var removeTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Nav: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Dialog: true,
}

// protected elements hold the article itself; a junk-looking class on them
// ("post has-comments") must not take the article away.
func protected(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return true
	}
	if attr(n, "itemprop") == "articleBody" {
		return true
	}
	var found bool
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c != n && c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.Article ||
			c.DataAtom == atom.Main || attr(c, "itemprop") == "articleBody") {
			found = true
			return false
		}
		return true
	})
	return found
}

// walk visits n and its descendants in document order; f returns false to
// skip the children of a node.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		walk(c, f)
		c = next
	}
}

// removeJunk takes the non-article blocks out of the document before
// readability scores it: a long comments section otherwise outscores a
// short article.
func removeJunk(doc *html.Node) {
	var drop []*html.Node
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			drop = append(drop, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		junk := removeTags[n.DataAtom] || isJunkName(n)
		if n.DataAtom == atom.Footer || n.DataAtom == atom.Header && !containsTag(n, atom.H1) {
			junk = true
		}
		if attr(n, "hidden") != "" || strings.EqualFold(attr(n, "aria-hidden"), "true") && n.DataAtom != atom.Span {
			junk = true
		}
		if junk && !protected(n) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func containsTag(n *html.Node, a atom.Atom) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == a {
			found = true
		}
		return !found
	})
	return found
}

// blockTags end a paragraph before and after, so that words of adjacent
// blocks never run together ("الرئيسيةسياسة").
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Ul: true,
	atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true,
	atom.Tr: true, atom.Thead: true, atom.Tbody: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Address: true, atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Body: true, atom.Html: true, atom.Form: true, atom.Fieldset: true, atom.Caption: true,
}

// textRenderer collects paragraphs, one per block, with white space
// collapsed the way a browser does.
type textRenderer struct {
	paras []string
	cur   strings.Builder
	space bool // a space is pending before the next word
}

func (r *textRenderer) brk() {
	if r.cur.Len() > 0 {
		r.paras = append(r.paras, r.cur.String())
		r.cur.Reset()
	}
	r.space = false
}

func (r *textRenderer) text(s string) {
	for i, f := range strings.Fields(s) {
		if r.cur.Len() > 0 && (r.space || i > 0) {
			r.cur.WriteByte(' ')
		}
		r.cur.WriteString(f)
		r.space = false
	}
	if s != "" && isSpaceByte(s[len(s)-1]) {
		r.space = true
	}
	if s != "" && isSpaceByte(s[0]) && strings.TrimSpace(s) == "" {
		r.space = true
	}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' }

// endsSentence reports whether the paragraph so far ends a sentence, so
// that a lone <br> outside a <p> may start a new paragraph.
func (r *textRenderer) endsSentence() bool {
	s := strings.TrimRight(r.cur.String(), " ")
	if s == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?؟…", last)
}

func (r *textRenderer) node(n *html.Node, inP bool) {
	a := tagOf(n)
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
		return
	case atom.Br:
		// Two <br> in a row separate paragraphs; one inside a <p> is a
		// line break within a sentence (a quote set on its own line).
		if next := nextSignificant(n); next != nil && next.Type == html.ElementNode && tagOf(next) == atom.Br {
			r.brk()
			return
		}
		if !inP && r.endsSentence() {
			r.brk()
			return
		}
		r.space = true
		return
	case atom.Img:
		return
	}
	block := blockTags[a]
	if block {
		r.brk()
	}
	if a == atom.P {
		inP = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, inP)
	}
	if block {
		r.brk()
	} else if a == atom.Td || a == atom.Th {
		// A table row stays one line, its cells separated by a space.
		r.space = true
	} else if a == atom.A || a == atom.Span || a == atom.Time {
		// Menus and link lists are often bare <a> elements with no space
		// between them; a browser separates them with CSS.
		if next := n.NextSibling; next != nil && next.Type == html.ElementNode && tagOf(next) == atom.A {
			r.space = true
		}
	}
}

// tagOf is the element's atom; readability creates elements with only
// their name set.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// nextSignificant is the next sibling that is not white space.
func nextSignificant(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type == html.CommentNode {
			continue
		}
		return s
	}
	return nil
}

// renderText is the text of n, one paragraph per block, paragraphs
// separated by a blank line.
func renderText(n *html.Node) string {
	var r textRenderer
	r.node(n, false)
	r.brk()
	return strings.Join(r.paras, "\n\n")
}

// nodeText is the text of n on one line.
func nodeText(n *html.Node) string {
	var r textRenderer
	r.node(n, false)
	r.brk()
	return strings.Join(r.paras, " ")
}
