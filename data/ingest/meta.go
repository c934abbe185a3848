package ingest

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/facts"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself, read from the whole
// document before its non-article blocks are removed.
type pageMeta struct {
	title, docTitle, h1 string
	author, outlet      string
	published           time.Time
	standfirst          string
	siteNames           []string // names a title may carry as a suffix
}

// readMeta reads title, author, outlet and date from, in order of trust:
// JSON-LD (Yoast @graph references included), <meta> tags, microdata
// (itemprop), the visible byline and date near the headline.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var ld []any
	var itemAuthor, itemDate, timeAttr string
	var bylines [5]string // itemprop=author, rel=author, td-post-author-name, byline, author
	var dateTexts []string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
			}
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
				if _, ok := metas[key]; !ok {
					metas[key] = v
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					ld = append(ld, v)
				}
			}
			return false
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = clean(nodeText(n))
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = clean(nodeText(n))
			}
		case atom.Time:
			if timeAttr == "" {
				timeAttr = attr(n, "datetime")
			}
			dateTexts = append(dateTexts, nodeText(n))
		}
		switch strings.ToLower(attr(n, "itemprop")) {
		case "author":
			if itemAuthor == "" {
				itemAuthor = itemValue(n, "name")
			}
		case "datepublished":
			if itemDate == "" {
				itemDate = itemValue(n, "")
			}
		}
		if strings.EqualFold(attr(n, "rel"), "author") && bylines[1] == "" {
			bylines[1] = nodeText(n)
		}
		// Names in reader comments and related-story boxes are not the
		// article's byline.
		if isJunkName(n) && !metaBlock(n) {
			return false
		}
		parts := nameParts(n)
		for _, p := range parts {
			if p == "date" || p == "time" || p == "timestamp" || p == "dateline" || p == "published" || p == "pubdate" || p == "byline" || p == "meta" {
				dateTexts = append(dateTexts, nodeText(n))
				break
			}
		}
		for i, p := range parts {
			switch {
			case p == "td" && i+3 < len(parts) && parts[i+1] == "post" && parts[i+2] == "author" && parts[i+3] == "name":
				setFirst(&bylines[2], nodeText(n))
			case p == "byline":
				setFirst(&bylines[3], nodeText(n))
			case p == "author" && (i+1 >= len(parts) || parts[i+1] == "|" || parts[i+1] == "name"):
				setFirst(&bylines[4], nodeText(n))
			case p == "standfirst" || p == "dek" || p == "subheading" || p == "subtitle" || p == "deck" || p == "strapline" ||
				p == "sub" && i+1 < len(parts) && (parts[i+1] == "title" || parts[i+1] == "heading"):
				setFirst(&m.standfirst, nodeText(n))
			}
		}
		if n.DataAtom == atom.H1 {
			// An <h2> right under the headline is the standfirst.
			if s := nextElement(n); s != nil && s.DataAtom == atom.H2 {
				setFirst(&m.standfirst, nodeText(s))
			}
		}
		return true
	})
	bylines[0] = itemAuthor
	art := ldArticle(ld)

	// Outlet: the publisher, else og:site_name.
	m.outlet = clean(ldName(art.publisher, art.index))
	if m.outlet == "" {
		m.outlet = clean(metas["og:site_name"])
	}
	// Author.
	for _, c := range append([]string{ldName(art.author, art.index), metas["author"], metas["article:author"],
		metas["sailthru.author"], metas["parsely-author"], metas["dc.creator"]}, bylines[:]...) {
		if a := cleanAuthor(c); a != "" && !strings.EqualFold(a, m.outlet) {
			m.author = a
			break
		}
	}
	// Title: the outlet's headline, without the site name.
	for _, c := range []string{metas["og:title"], metas["twitter:title"], art.headline} {
		if c = clean(c); c != "" {
			m.title = c
			break
		}
	}
	m.siteNames = []string{m.outlet, metas["og:site_name"], metas["application-name"]}
	// Date.
	for _, c := range []string{metas["article:published_time"], metas["og:article:published_time"], art.published,
		itemDate, metas["datepublished"], metas["pubdate"], metas["publishdate"], metas["publish-date"],
		metas["parsely-pub-date"], metas["sailthru.date"], metas["dc.date.issued"], metas["dc.date"], metas["date"], timeAttr} {
		if t, ok := parseDate(c); ok {
			m.published = t
			break
		}
	}
	if m.published.IsZero() {
		for _, s := range dateTexts {
			if t, ok := visibleDate(s); ok {
				m.published = t
				break
			}
		}
	}
	return m
}

// metaBlock: a junk-named block that holds the article's own byline or
// date.
func metaBlock(n *html.Node) bool {
	for _, p := range nameParts(n) {
		switch p {
		case "byline", "dateline", "timestamp", "date", "pubdate", "meta", "author", "published":
			return true
		}
	}
	return false
}

func setFirst(dst *string, s string) {
	if *dst == "" {
		*dst = clean(s)
	}
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// itemValue is a microdata value: content or datetime attribute, else a
// nested itemprop=sub, else the text.
func itemValue(n *html.Node, sub string) string {
	for _, k := range []string{"content", "datetime"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return v
		}
	}
	if sub != "" {
		var v string
		walk(n, func(c *html.Node) bool {
			if v == "" && c != n && c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), sub) {
				v = itemValue(c, "")
			}
			return v == ""
		})
		if v != "" {
			return v
		}
	}
	return nodeText(n)
}

type ldArt struct {
	headline, published string
	author, publisher   any
	index               map[string]map[string]any
}

// ldArticle finds the article object of the page's JSON-LD and indexes
// every object by @id, so that {"@id": …} references resolve.
func ldArticle(docs []any) ldArt {
	a := ldArt{index: map[string]map[string]any{}}
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if id, ok := x["@id"].(string); ok && len(x) > 1 {
				if _, seen := a.index[id]; !seen {
					a.index[id] = x
				}
			}
			if g, ok := x["@graph"]; ok {
				collect(g, depth+1)
			}
			if g, ok := x["mainEntity"]; ok {
				collect(g, depth+1)
			}
		}
	}
	for _, d := range docs {
		collect(d, 0)
	}
	best, bestRank := map[string]any(nil), 0
	for _, o := range objs {
		r := articleRank(o["@type"])
		if r > bestRank {
			best, bestRank = o, r
		}
	}
	if best == nil {
		return a
	}
	a.headline, _ = best["headline"].(string)
	a.published, _ = best["datePublished"].(string)
	a.author, a.publisher = best["author"], best["publisher"]
	return a
}

// articleRank prefers news articles over other articles over web pages.
func articleRank(t any) int {
	var types []string
	switch x := t.(type) {
	case string:
		types = []string{x}
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				types = append(types, s)
			}
		}
	}
	best := 0
	for _, s := range types {
		r := 0
		switch {
		case strings.HasSuffix(s, "NewsArticle"):
			r = 4
		case strings.HasSuffix(s, "Article"), s == "BlogPosting", s == "LiveBlogPosting":
			r = 3
		case s == "WebPage":
			r = 1
		}
		best = max(best, r)
	}
	return best
}

// ldName is the name of a JSON-LD person or organisation: a plain string,
// an object with a name, an @id reference, or a list of those.
func ldName(v any, index map[string]map[string]any) string {
	return strings.Join(ldNames(v, index, 0), ", ")
}

func ldNames(v any, index map[string]map[string]any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if x = clean(x); x != "" && !looksLikeURL(x) {
			return []string{x}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e, index, depth+1)...)
		}
		return out
	case map[string]any:
		if n, ok := x["name"]; ok {
			return ldNames(n, index, depth+1)
		}
		if id, ok := x["@id"].(string); ok {
			if o, ok := index[id]; ok {
				if _, has := o["name"]; has {
					return ldNames(o, index, depth+1)
				}
			}
		}
	}
	return nil
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "/")
}

var (
	authorPrefix = lazy(`(?i)^(by|written by|words by|reporting by|بقلم|بواسطة|كتب|كتبت|إعداد|اعداد|تقرير)\s*[:：\-–]?\s+`)
	authorSuffix = lazy(`(?i),?\s*(senior |chief |staff |special |foreign |political |national |contributing )*(staff )?(writer|reporter|correspondent|editor|contributor|journalist|columnist)s?$`)
	authorColon  = lazy(`^(بقلم|كتب|كتبت)\s*[:：]\s*`)
)

// cleanAuthor strips "By", "بقلم:" and job titles and rejects what is not
// a name (addresses, long text).
func cleanAuthor(s string) string {
	s = clean(s)
	s = authorColon.ReplaceAllString(s, "")
	for range 2 {
		s = strings.TrimSpace(authorPrefix.ReplaceAllString(s, ""))
	}
	s = strings.TrimSpace(authorSuffix.ReplaceAllString(s, ""))
	s = strings.Trim(s, " ,|-–—:")
	if s == "" || looksLikeURL(s) || utf8.RuneCountInString(s) > 100 || len(strings.Fields(s)) > 12 {
		return ""
	}
	return s
}

var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " ｜ "}

// stripSiteName drops the site name from either end of a title when it is
// the outlet's name, and takes the page's <h1> when the title is the h1
// followed by section and site names ("Headline | World news | Site").
func stripSiteName(title, h1 string, names ...string) string {
	if title == "" {
		return title
	}
	if h1 != "" && title != h1 && strings.HasPrefix(title, h1) {
		rest := title[len(h1):]
		for _, sep := range titleSeps {
			if strings.HasPrefix(rest, sep) {
				return h1
			}
		}
	}
	same := func(a string) bool {
		a = strings.ToLower(strings.TrimSpace(a))
		for _, n := range names {
			if n = strings.ToLower(clean(n)); n != "" && (a == n || strings.TrimPrefix(a, "www.") == n) {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 && same(title[i+len(sep):]) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && same(title[:i]) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// parseDate reads a machine date. The result keeps the outlet's wall
// clock (2024-09-16T01:30:00+03:00 gives 01:30 on the 16th) in the UTC
// location: the journalist cites the date the outlet printed.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return wallClock(t)
		}
	}
	if len(s) == 10 && isDigits(s) { // Unix seconds
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return wallClock(time.Unix(n, 0).UTC())
		}
	}
	return visibleDate(s)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func wallClock(t time.Time) (time.Time, bool) {
	if t.Year() < 1990 || t.Year() > time.Now().Year()+1 {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true
}

var clockTime = lazy(`(?i)\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?`)

// visibleDate reads a date written for people ("الأحد 15 أيلول 2024",
// "Sept. 15, 2024 8:12 AM UTC", "Sun 15 Sep 2024 14.20 BST"), with the
// time of day when one follows the date.
func visibleDate(s string) (time.Time, bool) {
	if len(s) > 300 {
		return time.Time{}, false
	}
	for _, d := range facts.Dates(s) {
		if d.Year == 0 || d.Month == 0 || d.Day == 0 || d.Relative != "" || d.Period != "" {
			continue
		}
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		rs := []rune(s)
		if d.End <= len(rs) {
			after := string(rs[d.End:])
			if m := clockTime.get().FindStringSubmatchIndex(after); m != nil && m[0] < 6 {
				h, _ := strconv.Atoi(after[m[2]:m[3]])
				mi, _ := strconv.Atoi(after[m[4]:m[5]])
				if m[6] >= 0 {
					pm := strings.HasPrefix(strings.ToLower(after[m[6]:m[7]]), "p")
					if pm && h < 12 {
						h += 12
					} else if !pm && h == 12 {
						h = 0
					}
				}
				t = t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
			}
		}
		return wallClock(t)
	}
	return time.Time{}, false
}
