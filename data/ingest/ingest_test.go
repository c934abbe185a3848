package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"golang.org/x/text/encoding/charmap"
)

func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const arabicArticle = `<!doctype html><html><head>
<meta charset="%s">
<title>انسحاب القوات - موقع الأخبار</title>
<meta property="og:title" content="انسحاب القوات الأمريكية من العراق">
<meta property="og:site_name" content="الأخبار">
<meta name="author" content="علي حسن">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<script>var tracking = "SCRIPTCONTENT"; document.write("SCRIPTCONTENT");</script>
<style>.x { color: red } /* STYLECONTENT */</style>
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
<article>
<h1>انسحاب القوات الأمريكية من العراق</h1>
<p>قال زعيم فصيل مسلح إن الحديث عن انسحاب القوات الأمريكية من العراق محض كذب، وأضاف أنه لا نية أمريكية للانسحاب في الوقت القريب بحسب ما نقلته الصحيفة اللبنانية.</p>
<script>alert("SCRIPTCONTENT")</script>
<p>ونقلت وكالة رويترز عن عدة مسؤولين أن خطة الانسحاب متفق عليها على نطاق واسع، وأن مئات الجنود سيغادرون بحلول أيلول سبتمبر 2025، على أن يغادر الباقون بحلول نهاية عام 2026.</p>
<p>وقال مسؤول أمريكي كبير: توصلنا إلى اتفاق، والسؤال هو متى نعلنه. وأوضح مستشار رئيس الوزراء العراقي أن المحادثات الفنية انتهت.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`

func TestHTMLMainTextAndMetadata(t *testing.T) {
	p := writeFile(t, "page.html", fmt.Appendf(nil, arabicArticle, "utf-8"))
	d, err := FromFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Method != MethodFile {
		t.Errorf("format %q method %q", d.Format, d.Method)
	}
	if !strings.Contains(d.Text, "محض كذب") || !strings.Contains(d.Text, "المحادثات الفنية انتهت") {
		t.Errorf("main text lost the article paragraphs: %q", d.Text)
	}
	for _, junk := range []string{"SCRIPTCONTENT", "STYLECONTENT", "tracking"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text contains script or style content %q: %q", junk, d.Text)
		}
	}
	if d.Title != "انسحاب القوات الأمريكية من العراق" {
		t.Errorf("title %q", d.Title)
	}
	if d.Author != "علي حسن" {
		t.Errorf("author %q", d.Author)
	}
	if d.Outlet != "الأخبار" {
		t.Errorf("outlet %q", d.Outlet)
	}
	if want := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("published %v, want %v", d.Published, want)
	}
}

func TestHTMLJSONLDMetadata(t *testing.T) {
	page := `<html><head><title>t</title><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Troops to leave Iraq",
 "author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2025-07-08T09:00:00Z",
 "publisher":{"@type":"Organization","name":"Wire"}}</script></head>
<body><article><p>` + strings.Repeat("US officials said hundreds of troops will leave Iraq by September. ", 8) + `</p></article></body></html>`
	d, err := FromFile(writeFile(t, "ld.html", []byte(page)))
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Jane Roe" || d.Title != "Troops to leave Iraq" || d.Published.IsZero() {
		t.Errorf("JSON-LD metadata: title %q author %q published %v", d.Title, d.Author, d.Published)
	}
}

func TestHTMLWindows1256(t *testing.T) {
	page := fmt.Sprintf(arabicArticle, "windows-1256")
	enc, err := charmap.Windows1256.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains([]byte(enc), []byte("كذب")) {
		t.Fatal("the test page is still UTF-8")
	}
	// From a file: the <meta charset> decides.
	d, err := FromFile(writeFile(t, "cp1256.html", []byte(enc)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "محض كذب") {
		t.Errorf("windows-1256 file not converted: %q", d.Text)
	}
	// From the web, declared only in the header.
	noMeta := strings.Replace(enc, `<meta charset="windows-1256">`, "", 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1256")
		w.Write([]byte(noMeta))
	}))
	defer srv.Close()
	d, err = FromURL(context.Background(), srv.URL+"/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "محض كذب") || d.Title != "انسحاب القوات الأمريكية من العراق" {
		t.Errorf("windows-1256 page not converted: title %q text %q", d.Title, d.Text)
	}
	if d.Method != MethodURL || d.URL != srv.URL+"/a" {
		t.Errorf("method %q url %q", d.Method, d.URL)
	}
}

// buildDOCX writes a minimal Word document with the given body XML.
func buildDOCX(t *testing.T, body string, core string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	if core != "" {
		add("docProps/core.xml", core)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDOCX(t *testing.T) {
	body := `<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>قال المسؤول </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">إن الاتفاق </w:t></w:r><w:r><w:t>تم.</w:t></w:r></w:p>
<w:p><w:r><w:t>Troops:</w:t><w:tab/><w:t>2,500</w:t><w:br/><w:t>Syria: 900</w:t></w:r></w:p>`
	core := `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Memo</dc:title><dc:creator>Desk</dc:creator><dcterms:created>2025-01-02T03:04:05Z</dcterms:created></cp:coreProperties>`
	d, err := FromFile(writeFile(t, "memo.docx", buildDOCX(t, body, core)))
	if err != nil {
		t.Fatal(err)
	}
	want := "قال المسؤول إن الاتفاق تم.\nTroops:\t2,500\nSyria: 900"
	if d.Text != want {
		t.Errorf("DOCX text\n got %q\nwant %q", d.Text, want)
	}
	if d.Title != "Memo" || d.Author != "Desk" || d.Published.Year() != 2025 || d.Format != FormatDOCX {
		t.Errorf("DOCX metadata: %+v", d)
	}
	if _, err := FromFile(writeFile(t, "broken.docx", []byte("PK\x03\x04 not really a zip"))); !errors.Is(err, ErrNotText) {
		t.Errorf("broken DOCX: err = %v, want ErrNotText", err)
	}
}

func TestMarkdown(t *testing.T) {
	md := "# Troops to leave\n\nThe **Pentagon** said _on Monday_ that [US forces](https://example.com/x) will leave.\n\n> A quote with `code`.\n\n- item one\n\n---\n![chart](c.png)\n"
	d, err := FromFile(writeFile(t, "a.md", []byte(md)))
	if err != nil {
		t.Fatal(err)
	}
	want := "Troops to leave\n\nThe Pentagon said on Monday that US forces will leave.\n\nA quote with code.\n\nitem one\n\nchart"
	if d.Text != want {
		t.Errorf("markdown\n got %q\nwant %q", d.Text, want)
	}
	if d.Title != "Troops to leave" || d.Format != FormatMarkdown {
		t.Errorf("title %q format %q", d.Title, d.Format)
	}
	if got := StripMarkdown("snake_case_word and 2*3*4"); got != "snake_case_word and 2*3*4" {
		t.Errorf("underscores and stars inside words must stay: %q", got)
	}
}

func TestBadFiles(t *testing.T) {
	big := bytes.Repeat([]byte("word "), MaxBytes/5+10)
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3}, compare.ErrBinary},
		{"latin1.txt", []byte("caf\xe9 cr\xe8me"), compare.ErrNotUTF8},
		{"empty.txt", nil, compare.ErrEmpty},
		{"blank.md", []byte("  \n\n "), compare.ErrEmpty},
		{"big.txt", big, ErrTooLarge},
		{"scripts.html", []byte(`<html><head><script>` + strings.Repeat("x();", 100) + `</script></head><body><script>y()</script></body></html>`), ErrNoText},
	}
	for _, c := range cases {
		_, err := FromFile(writeFile(t, c.name, c.data))
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
		if err != nil && strings.TrimSpace(err.Error()) == "" {
			t.Errorf("%s: empty message", c.name)
		}
	}
	if _, err := FromFile(filepath.Join(t.TempDir(), "missing.txt")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestFromText(t *testing.T) {
	d, err := FromText("", "  Officials said troops will stay.\nMore text.")
	if err != nil {
		t.Fatal(err)
	}
	if d.Method != MethodPaste || d.Name != "pasted text" || d.Title != "Officials said troops will stay." {
		t.Errorf("%+v", d)
	}
	if _, err := FromText("x", " \n"); !errors.Is(err, compare.ErrEmpty) {
		t.Errorf("blank paste: err = %v", err)
	}
}

func TestFromURLFailures(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := bytes.Repeat([]byte("a"), 64<<10)
		for i := 0; i < 100; i++ { // 6.25 MiB, no Content-Length (chunked)
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/toftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/scripts", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><script>`+strings.Repeat("track();", 500)+`</script></body></html>`)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Officials said troops will leave.")
	})
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// A port nobody listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/"
	l.Close()

	ctx := context.Background()
	cases := []struct {
		url  string
		o    Options
		want error
		text string // in the message
	}{
		{"ftp://example.com/file.txt", Options{}, ErrScheme, "ftp"},
		{"file:///etc/passwd", Options{}, ErrScheme, "file"},
		{srv.URL + "/missing", Options{}, ErrHTTPStatus, "404"},
		{srv.URL + "/big", Options{}, ErrTooLarge, "limit"},
		{srv.URL + "/image", Options{}, ErrNotText, "image/png"},
		{srv.URL + "/loop", Options{}, ErrUnreachable, "redirects"},
		{srv.URL + "/toftp", Options{}, ErrUnreachable, "ftp"},
		{srv.URL + "/slow", Options{Timeout: 200 * time.Millisecond}, ErrUnreachable, "did not answer"},
		{srv.URL + "/scripts", Options{}, ErrNoText, "no readable text"},
		{closed, Options{}, ErrUnreachable, "refused"},
	}
	for _, c := range cases {
		_, err := FromURL(ctx, c.url, c.o)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.text) {
			t.Errorf("FromURL(%s): err = %v; want %v mentioning %q", c.url, err, c.want, c.text)
		}
	}
	d, err := FromURL(ctx, srv.URL+"/hop", Options{})
	if err != nil || d.Text != "Officials said troops will leave." || d.URL != srv.URL+"/ok" || d.Format != FormatText {
		t.Errorf("redirected fetch: %+v, %v", d, err)
	}
}

func FuzzStripMarkdown(f *testing.F) {
	for _, s := range []string{"# t\n**b** _i_ [l](u)", "> q\n```\ncode\n```", "![a](b)", "__x__ *y*", "قال *المسؤول*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := StripMarkdown(s)
		if len(out) > len(s) {
			t.Fatalf("stripping made the text longer: %q -> %q", s, out)
		}
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		fromDOCX("f.docx", b) // must not panic
	})
}

// TestFromFileUTF16: a file saved as UTF-16 with a byte order mark
// (Notepad's "Unicode") is read as its text, not refused as binary.
func TestFromFileUTF16(t *testing.T) {
	const text = "قال مسؤول إن 2500 جندي سينسحبون."
	b := []byte{0xFF, 0xFE}
	for _, r := range text {
		b = append(b, byte(r), byte(r>>8))
	}
	p := filepath.Join(t.TempDir(), "u16.txt")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := FromFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(d.Text) != text {
		t.Errorf("text %q, want %q", d.Text, text)
	}
}
