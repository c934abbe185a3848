package ingest

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encode1256(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serve answers every request with body and the given Content-Type.
func serve(t *testing.T, contentType string, body []byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/page"
}

// mojibake: Arabic bytes shown as windows-1252 are Latin-1 letters.
func hasMojibake(s string) bool { return strings.ContainsAny(s, "ÇáÍãíÏÆÑ") }

func TestLateCharsetDeclaration(t *testing.T) {
	page := string(readFixture(t, "late_charset_ar.html"))
	if i := strings.Index(page, `<meta charset="windows-1256">`); i < 1024 {
		t.Fatalf("the fixture's declaration is at %d, inside the 1024-byte prescan", i)
	}
	const want = "ثلثها لمشاريع المياه"
	equiv := strings.Replace(page, `<meta charset="windows-1256">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, 1)
	undeclared := strings.Replace(page, `<meta charset="windows-1256">`, "", 1)
	for name, p := range map[string]string{"meta charset": page, "http-equiv": equiv, "undeclared": undeclared} {
		raw := encode1256(t, p)
		d, err := FromFile(writeFile(t, "late.html", raw))
		if err != nil {
			t.Fatalf("%s, file: %v", name, err)
		}
		if !strings.Contains(d.Text, want) || hasMojibake(d.Text+d.Title) {
			t.Errorf("%s, file: not decoded as windows-1256: %q", name, firstLine(d.Text, 80))
		}
		d, err = FromURL(context.Background(), serve(t, "text/html", raw), Options{})
		if err != nil {
			t.Fatalf("%s, web: %v", name, err)
		}
		if !strings.Contains(d.Text, want) || hasMojibake(d.Text+d.Title) {
			t.Errorf("%s, web: not decoded as windows-1256: %q", name, firstLine(d.Text, 80))
		}
	}
	// A header that claims UTF-8 for windows-1256 bytes is not trusted
	// over the bytes.
	d, err := FromURL(context.Background(), serve(t, "text/html; charset=utf-8", encode1256(t, undeclared)), Options{})
	if err != nil || !strings.Contains(d.Text, want) {
		t.Errorf("header claiming UTF-8: %v, %q", err, firstLine(d.Text, 80))
	}
}

func TestUndeclaredCharsetNeverMojibake(t *testing.T) {
	// Russian in windows-1251 is neither Arabic in windows-1256 nor Latin
	// in windows-1252: refuse rather than store "Ïðàâèòåëüñòâî".
	ru, err := charmap.Windows1251.NewEncoder().String(`<html><head><title>x</title></head><body><article><p>` +
		strings.Repeat("Правительство утвердило бюджет города на следующий год после долгих споров. ", 6) + `</p></article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromFile(writeFile(t, "ru.html", []byte(ru)))
	if !errors.Is(err, ErrCharset) || !strings.Contains(err.Error(), "Save as") {
		t.Errorf("file: err = %v, want ErrCharset with a hint to save as UTF-8", err)
	}
	_, err = FromURL(context.Background(), serve(t, "text/html", []byte(ru)), Options{})
	if !errors.Is(err, ErrCharset) || strings.Contains(err.Error(), "Save as") || !strings.Contains(err.Error(), "browser") {
		t.Errorf("web: err = %v, want ErrCharset with a hint that fits a web page", err)
	}
	// A web page that declares UTF-8 and is not: the hint is for a page.
	_, err = FromURL(context.Background(), serve(t, "text/html; charset=utf-8", []byte(ru)), Options{})
	if !errors.Is(err, ErrCharset) || strings.Contains(err.Error(), "Save as") || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("web, false UTF-8: err = %v", err)
	}
	// Undeclared Latin-1 French is read as windows-1252.
	fr, _ := charmap.Windows1252.NewEncoder().String(`<html><body><article><p>` +
		strings.Repeat("Le conseil a approuvé le budget après un débat très animé à la mairie. ", 6) + `</p></article></body></html>`)
	d, err := FromFile(writeFile(t, "fr.html", []byte(fr)))
	if err != nil || !strings.Contains(d.Text, "approuvé le budget après") {
		t.Errorf("windows-1252 page: %v %q", err, firstLine(d.Text, 80))
	}
}

func TestCommentsSectionRemoved(t *testing.T) {
	d, err := FromFile(writeFile(t, "c.html", readFixture(t, "comments_ar.html")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "استأنف الميناء الجنوبي") {
		t.Errorf("text does not start with the article: %q", firstLine(d.Text, 80))
	}
	if !strings.Contains(d.Text, "الطاقة الكاملة ستعود بحلول الخميس") {
		t.Errorf("article paragraph lost: %q", d.Text)
	}
	for _, junk := range []string{"الرافعات تضررت", "زائر", "تعليقات الزوار", "الرئيسيةاقتصاد"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("comments or glued menu in the text (%q): %q", junk, d.Text)
		}
	}
	if strings.Contains(d.Author, "زائر") {
		t.Errorf("a commenter became the author: %q", d.Author)
	}
	if d.Title != "الميناء يستأنف العمل" || d.Outlet != "موقع الساحل" {
		t.Errorf("title %q outlet %q", d.Title, d.Outlet)
	}
}

func TestBlocksNeverGlueWords(t *testing.T) {
	page := `<html><body><article><div>` + strings.Repeat(`<div>first block</div><div>second block</div>`, 1) +
		`<p>` + strings.Repeat("The council met on Monday to discuss the plan for the harbour. ", 6) + `</p>` +
		`<ul><li>one item</li><li>two item</li></ul><table><tr><td>cell a</td><td>cell b</td></tr></table>` +
		`<div><a href="/1">Mosul</a><a href="/2">Basra</a></div></div></article></body></html>`
	d, err := FromFile(writeFile(t, "g.html", []byte(page)))
	if err != nil {
		t.Fatal(err)
	}
	for _, glued := range []string{"blocksecond", "itemtwo", "cell acell", "MosulBasra"} {
		if strings.Contains(d.Text, glued) {
			t.Errorf("words of adjacent blocks glued (%q): %q", glued, d.Text)
		}
	}
}

func paragraphs(s string) []string { return strings.Split(s, "\n\n") }

func hasParagraph(text, want string) bool {
	for _, p := range paragraphs(text) {
		if p == want {
			return true
		}
	}
	return false
}

func TestInlineJunkEnglish(t *testing.T) {
	d, err := FromFile(writeFile(t, "en.html", readFixture(t, "inline_junk_en.html")))
	if err != nil {
		t.Fatal(err)
	}
	keep := []string{
		"The city council voted 7-2 on Sunday to approve a new bridge across the river, ending a two-year dispute.",
		"The mayor said construction would start in the spring and cost about $40 million.",
		"The official said the plan would be announced on Sept. 15.",
		"Opponents said the project would raise local taxes by 3 percent.",
		"The vote ends a two-year dispute over the river crossing", // the standfirst
	}
	for _, k := range keep {
		if !hasParagraph(d.Text, k) {
			t.Errorf("lost the paragraph %q:\n%s", k, d.Text)
		}
	}
	for _, junk := range []string{"Read more", "Council members during", "Purchase Licensing", "Photo by", "Key points",
		"Advertisement", "newsletter", "March 10, 2024", "GMT", "Reporting by", "Our Standards", "news tip",
		"small favour", "waste of money", "Updated 2 hours", "Jane Lowe"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("non-article line %q kept:\n%s", junk, d.Text)
		}
	}
	if n := strings.Count(d.Text, "construction would start in the spring"); n != 1 {
		t.Errorf("pull quote duplicates the text: %d copies", n)
	}
	if d.Author != "Jane Lowe" {
		t.Errorf("author %q", d.Author)
	}
	if d.Title != "City council approves new bridge" {
		t.Errorf("title %q", d.Title)
	}
}

func TestInlineJunkArabicAndBr(t *testing.T) {
	d, err := FromFile(writeFile(t, "ar.html", readFixture(t, "inline_junk_ar.html")))
	if err != nil {
		t.Fatal(err)
	}
	keep := []string{
		"افتتحت وزارة الصحة الأحد مستشفى جديدا بسعة مئتي سرير في جنوب المدينة، وفق بيان رسمي.",
		// One <br> inside a <p> does not split the sentence.
		`وقال وزير الصحة في كلمة الافتتاح "سنفتتح مستشفيين آخرين قبل نهاية العام" مضيفا أن التمويل مؤمن بالكامل.`,
		// Two <br> separate paragraphs.
		"وأضاف الوزير أن المستشفى سيوظف أربعمئة شخص.",
		"وأشار إلى أن العمل بدأ قبل عامين.",
	}
	for _, k := range keep {
		if !hasParagraph(d.Text, k) {
			t.Errorf("missing paragraph %q:\n%s", k, d.Text)
		}
	}
	for _, junk := range []string{"اقرأ أيضًا", "شاهد أيضا", "(الفرنسية)", "إعلان", "15/9/2024", "10/03/2024", "لن يكفي حاجة", "آذار"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("non-article line %q kept:\n%s", junk, d.Text)
		}
	}
	if d.Author != "ليلى منصور" || d.Outlet != "صحيفة النهار الجديد" {
		t.Errorf("JSON-LD @graph: author %q outlet %q", d.Author, d.Outlet)
	}
	if want := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("visible date: %v, want %v", d.Published, want)
	}
}

func TestJunkLineRules(t *testing.T) {
	junk := []string{
		"Read more: Pentagon says troops will stay",
		"Related: Talks resume in Baghdad",
		"اقرأ أيضا: الحكومة تعلن خطة جديدة",
		"اقرأ أيضًا الحكومة تعلن خطة جديدة",
		"شاهد أيضا: لقطات من الموقع",
		"Soldiers at a base near Mosul. REUTERS/Ahmed Saad/File Photo Purchase Licensing Rights",
		"(Photo by Ann Cole/Getty Images)",
		"Photograph: Ayman Henna/AFP/Getty Images",
		"جنود في قاعدة عسكرية شمالي البلاد (الفرنسية)",
		"Reporting by Jane Lowe; Editing by Tom Hale",
		"Our Standards: The Trust Principles.",
		"إعلان", "Advertisement", "إعلان ممول: عروض على الرحلات",
		"Sign up for our politics newsletter.",
		"Have a news tip? Email us.",
		"... we have a small favour to ask. Readers rely on us.",
		"15/9/2024", "بغداد - 15/09/2024", "09:05 GMT",
		"Sept. 15, 2024 8:12 AM UTC · Updated 3 hours ago",
		"Sun 15 Sep 2024 14.20 BST",
		"Key points", "أبرز النقاط",
		"بغداد - وكالات",
		"تابعوا آخر الأخبار على قناتنا في تلغرام",
	}
	for _, j := range junk {
		if !isJunkLine(j) {
			t.Errorf("not recognised as non-article: %q", j)
		}
	}
	keep := []string{
		"The official said the plan would be announced on Sept. 15.",
		"BAGHDAD, Sept 15 - A senior commander dismissed the reports as lies.",
		"A Reuters/Ipsos poll found that 40 percent of voters back the plan.",
		"Related talks will resume in Baghdad next week, the ministry said.",
		"وقال المسؤول إن الاتفاق سيعلن في 15/9/2024 بعد موافقة البرلمان.",
		"وأعلنت وزارة الدفاع أن القوات ستغادر قبل نهاية العام، وفق ما نقلته وكالة الصحافة الفرنسية.",
		"Troops will leave on Sunday at 09:05 GMT, the spokesman said.",
		"He read more than 200 pages of the report before the vote.",
		"The advertisement campaign cost the ministry $2 million, officials said.",
		"The photo showed the 2024/25 budget documents on the minister's desk.",
	}
	for _, k := range keep {
		if isJunkLine(k) {
			t.Errorf("a real statement would be dropped: %q", k)
		}
	}
}

func TestPublishedKeepsOutletWallClock(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2024-09-16T01:30:00+03:00"></head><body><article><p>` +
		strings.Repeat("The council approved the budget after a long debate in the city hall. ", 5) + `</p></article></body></html>`
	d, err := FromFile(writeFile(t, "p.html", []byte(page)))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2024, 9, 16, 1, 30, 0, 0, time.UTC); !d.Published.Equal(want) || d.Published.Location() != time.UTC {
		t.Errorf("published %v, want the outlet's wall clock %v", d.Published, want)
	}
}

func TestMetadataSources(t *testing.T) {
	body := `<p>` + strings.Repeat("The council approved the budget after a long debate in the city hall. ", 5) + `</p>`
	page := func(head, art string) string {
		return `<html><head>` + head + `</head><body><article><h1>Budget approved</h1>` + art + body + `</article></body></html>`
	}
	ld := func(js string) string { return `<script type="application/ld+json">` + js + `</script>` }
	cases := []struct {
		name, html                 string
		author, outlet, title, day string
	}{
		{"ld string", page(ld(`{"@type":"NewsArticle","author":"Omar Said","publisher":"Daily Post"}`), ""), "Omar Said", "Daily Post", "", ""},
		{"ld object", page(ld(`{"@type":"Article","author":{"@type":"Person","name":"Omar Said"},"publisher":{"name":"Daily Post"}}`), ""), "Omar Said", "Daily Post", "", ""},
		{"ld list", page(ld(`[{"@type":"NewsArticle","author":[{"name":"Omar Said"},{"name":"Hana Ali"}]}]`), ""), "Omar Said, Hana Ali", "", "", ""},
		{"ld graph", page(ld(`{"@graph":[{"@type":"Person","@id":"#p","name":"Omar Said"},{"@type":"Organization","@id":"#o","name":"Daily Post"},{"@type":"NewsArticle","author":{"@id":"#p"},"publisher":{"@id":"#o"},"datePublished":"2024-09-15 10:30:00"}]}`), ""), "Omar Said", "Daily Post", "", "2024-09-15"},
		{"td author", page("", `<div class="td-post-author-name"><a href="/a">Omar Said</a></div>`), "Omar Said", "", "", ""},
		{"rel author", page("", `<span>By <a rel="author" href="/a">Omar Said</a></span>`), "Omar Said", "", "", ""},
		{"itemprop author", page("", `<span itemprop="author" itemscope><span itemprop="name">Omar Said</span></span>`), "Omar Said", "", "", ""},
		{"byline by", page("", `<p class="byline">By Omar Said, Staff Writer</p>`), "Omar Said", "", "", ""},
		{"byline ar", page("", `<div class="byline">بقلم: سعاد الكرخي</div>`), "سعاد الكرخي", "", "", ""},
		{"byline kataba", page("", `<div class="byline">كتب: سعاد الكرخي</div>`), "سعاد الكرخي", "", "", ""},
		{"author url ignored", page(`<meta property="article:author" content="https://www.facebook.com/x">`, ""), "", "", "", ""},
		{"itemprop date", page(`<meta itemprop="datePublished" content="2024-09-15">`, ""), "", "", "", "2024-09-15"},
		{"visible ar date", page("", `<div class="meta"><span class="date">الأحد 15 أيلول 2024</span></div>`), "", "", "", "2024-09-15"},
		{"visible en date", page("", `<p class="date">Sept. 15, 2024</p>`), "", "", "", "2024-09-15"},
		{"guardian date", page("", `<time>Sun 15 Sep 2024 14.20 BST</time>`), "", "", "", "2024-09-15"},
		{"title site suffix", page(`<title>Budget approved - Daily Post</title><meta property="og:site_name" content="Daily Post">`, ""), "", "Daily Post", "Budget approved", ""},
		{"title section and site", page(`<title>Budget approved | World news | The Post</title>`, ""), "", "", "Budget approved", ""},
	}
	for _, c := range cases {
		d, err := FromText("", c.html)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Author != c.author {
			t.Errorf("%s: author %q, want %q", c.name, d.Author, c.author)
		}
		if c.outlet != "" && d.Outlet != c.outlet {
			t.Errorf("%s: outlet %q, want %q", c.name, d.Outlet, c.outlet)
		}
		if c.title != "" && d.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, d.Title, c.title)
		}
		if c.day != "" && (d.Published.IsZero() || d.Published.Format("2006-01-02") != c.day) {
			t.Errorf("%s: published %v, want %s", c.name, d.Published, c.day)
		}
		if c.day == "" && !d.Published.IsZero() {
			t.Errorf("%s: published %v from nowhere", c.name, d.Published)
		}
	}
}

func TestHTMLAsPlainInput(t *testing.T) {
	page := string(readFixture(t, "comments_ar.html"))
	check := func(how string, d Doc, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", how, err)
		}
		if d.Format != FormatHTML || strings.Contains(d.Text, "<p>") || strings.Contains(d.Text, "<!DOCTYPE") ||
			!strings.HasPrefix(d.Text, "استأنف الميناء") {
			t.Errorf("%s: HTML kept as text (format %q): %q", how, d.Format, firstLine(d.Text, 80))
		}
	}
	d, err := FromText("standard input", page)
	check("stdin", d, err)
	if d.Method != MethodPaste {
		t.Errorf("method %q", d.Method)
	}
	d, err = FromText("", "\n  <!-- saved -->\n"+strings.Replace(page, "<!DOCTYPE html>", "", 1))
	check("pasted without doctype", d, err)
	d, err = FromFile(writeFile(t, "saved.txt", []byte(page)))
	check(".txt file", d, err)
	// Text that quotes a tag is still text.
	d, err = FromText("", "The page used <html> tags and <p> paragraphs, the report said.")
	if err != nil || d.Format != FormatText {
		t.Errorf("prose with tags: %q %v", d.Format, err)
	}
	for s, want := range map[string]bool{
		"<!doctype html><p>x": true, "\uFEFF <html lang=ar>": true, "<HEAD><title>": true,
		"<header>news</header>": false, "<htmlx>": false, "text <html>": false, "": false,
	} {
		if LooksLikeHTML([]byte(s)) != want {
			t.Errorf("LooksLikeHTML(%q) = %v", s, !want)
		}
	}
}

// bigPage is an HTML page of about size bytes: a small article in a sea
// of inline scripts and data, as modern news sites send.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><title>Budget approved</title>`)
	chunk := `<script>window.__DATA__.push({"id":12345,"items":["alpha","beta","gamma","delta"],"html":"<div class=\"x\">y</div>"});</script>` + "\n"
	for b.Len() < size/2 {
		b.WriteString(chunk)
	}
	b.WriteString(`</head><body><article><h1>Budget approved</h1>`)
	for range 20 {
		b.WriteString(`<p>The council approved the budget after a long debate in the city hall, officials said on Monday.</p>`)
	}
	b.WriteString(`</article>`)
	for b.Len() < size {
		b.WriteString(`<div class="promo"><a href="/x">More stories</a></div>` + "\n")
	}
	b.WriteString(`</body></html>`)
	return b.Bytes()
}

func TestPageLimitAppliesToText(t *testing.T) {
	page := bigPage(7 << 20)
	d, err := FromFile(writeFile(t, "big.html", page))
	if err != nil || !strings.Contains(d.Text, "approved the budget") {
		t.Fatalf("a 7 MiB page with a short article: %v", err)
	}
	d, err = FromURL(context.Background(), serve(t, "text/html; charset=utf-8", page), Options{})
	if err != nil || !strings.Contains(d.Text, "approved the budget") {
		t.Fatalf("a 7 MiB web page: %v", err)
	}
	_, err = FromURL(context.Background(), serve(t, "text/html", page), Options{MaxBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1.0 MiB") {
		t.Errorf("over the page limit: %v", err)
	}
	huge := append(bigPage(MaxPageBytes), ' ')
	_, err = FromFile(writeFile(t, "huge.html", huge))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), sizeString(MaxPageBytes)) {
		t.Errorf("over the page limit: %v", err)
	}
	// A plain text file keeps the text limit.
	_, err = FromFile(writeFile(t, "big.txt", bytes.Repeat([]byte("word "), (MaxBytes/5)+10)))
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("text over 5 MiB: %v", err)
	}
}

// BenchmarkFromHTML16MB extracts a page of the largest size accepted.
func BenchmarkFromHTML16MB(b *testing.B) {
	page := bigPage(MaxPageBytes - 1<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := fromHTML("big.html", page, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNormalizeAddress(t *testing.T) {
	cases := map[string]string{
		"www.aljazeera.net/news/x":      "https://www.aljazeera.net/news/x",
		"aljazeera.net/x":               "https://aljazeera.net/x",
		"aljazeera.net":                 "https://aljazeera.net",
		"127.0.0.1:8765/p.html":         "http://127.0.0.1:8765/p.html",
		"localhost:8080/a":              "http://localhost:8080/a",
		"  https://example.com/a b ":    "",
		"https://example.com/a?b=1":     "https://example.com/a?b=1",
		"HTTP://Example.com":            "HTTP://Example.com",
		"news.bbc.co.uk/world":          "https://news.bbc.co.uk/world",
		"موقع.عربي/خبر":                 "https://موقع.عربي/خبر",
		"/home/me/page.html":            "",
		"./page.html":                   "",
		"page.html":                     "",
		"report.docx":                   "",
		`C:\Users\me\page.html`:         "",
		"C:page.html":                   "",
		"troops leave Iraq":             "",
		"withdrawal":                    "",
		"ftp://example.com/x":           "",
		"me@example.com":                "",
		"file:///etc/passwd":            "",
		"localhost":                     "",
		"example.com:99999/x":           "",
		"www.example.com/report.html":   "https://www.example.com/report.html",
		"example.com/files/report.docx": "https://example.com/files/report.docx",
	}
	for in, want := range cases {
		got, ok := NormalizeAddress(in)
		if ok != (want != "") || got != want {
			t.Errorf("NormalizeAddress(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func FuzzFromHTML(f *testing.F) {
	for _, name := range []string{"late_charset_ar.html", "comments_ar.html", "inline_junk_en.html", "inline_junk_ar.html"} {
		f.Add(readFixture(f, name), "")
	}
	f.Add([]byte(`<p>a<br>b<br><br>c</p>`), "text/html; charset=windows-1256")
	f.Add([]byte("<html><head><meta charset=\"utf-8\"></head><body>\xC7\xE1</body></html>"), "text/html; charset=utf-8")
	f.Fuzz(func(t *testing.T, page []byte, ct string) {
		d, err := fromHTML("fuzz", page, ct, "http://example.com/")
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" || strings.ContainsRune(d.Text, 0) {
			t.Fatalf("accepted a text that is empty, not UTF-8 or has NUL: %q", d.Text)
		}
	})
}

func FuzzNormalizeAddress(f *testing.F) {
	for _, s := range []string{"www.aljazeera.net/news/x", "127.0.0.1:8765/p.html", "page.html", "C:\\x", "a b", "localhost:1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		addr, ok := NormalizeAddress(s)
		if !ok {
			return
		}
		if !strings.HasPrefix(strings.ToLower(addr), "http://") && !strings.HasPrefix(strings.ToLower(addr), "https://") {
			t.Fatalf("NormalizeAddress(%q) = %q without a scheme", s, addr)
		}
		if again, ok2 := NormalizeAddress(addr); !ok2 || again != addr {
			t.Fatalf("not idempotent: %q -> %q -> %q %v", s, addr, again, ok2)
		}
	})
}
