package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Options bound a web import. Zero fields take the defaults.
type Options struct {
	Timeout      time.Duration // whole request, body included; default 20 s
	MaxBytes     int64         // cap on the raw page; default MaxPageBytes (16 MiB); the text is capped at MaxBytes
	MaxRedirects int           // default 5
	Client       *http.Client  // default a fresh client; its CheckRedirect and Timeout are overridden
}

// Defaults for Options.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
)

// FromURL fetches an http or https address and converts the page: HTML by
// readability, plain text and Markdown as such, DOCX by its text; the
// declared charset (header or <meta>) is converted to UTF-8.
func FromURL(ctx context.Context, address string, o Options) (Doc, error) {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" && (u.Scheme == "http" || u.Scheme == "https") {
		return Doc{}, fmt.Errorf("%q is not a web address", address)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Doc{}, fmt.Errorf("%w, not %q", ErrScheme, u.Scheme+":")
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = MaxPageBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	client := &http.Client{}
	if o.Client != nil {
		c := *o.Client
		client = &c
	}
	client.Timeout = o.Timeout
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > o.MaxRedirects {
			return fmt.Errorf("more than %d redirects", o.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirected to a %s: address", req.URL.Scheme)
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Doc{}, fmt.Errorf("%q is not a web address", address)
	}
	req.Header.Set("User-Agent", "Claimdiff (article archive)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return Doc{}, fetchError(ctx, u, err, o.Timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Doc{}, fmt.Errorf("%w: %s answered %s", ErrHTTPStatus, u.Host, resp.Status)
	}
	if resp.ContentLength > o.MaxBytes {
		return Doc{}, fmt.Errorf("%w: the page is %s, the limit for a web page is %s", ErrTooLarge, sizeString(resp.ContentLength), sizeString(o.MaxBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, o.MaxBytes+1))
	if err != nil {
		return Doc{}, fetchError(ctx, u, err, o.Timeout)
	}
	if int64(len(body)) > o.MaxBytes {
		return Doc{}, fmt.Errorf("%w: the page is over the limit of %s for a web page", ErrTooLarge, sizeString(o.MaxBytes))
	}
	final := resp.Request.URL.String()
	ct := resp.Header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(body)
	}
	mt, params, _ := mime.ParseMediaType(ct)
	var d Doc
	// Servers label saved pages text/plain or octet-stream; the content
	// decides.
	isHTML := mt == "text/html" || mt == "application/xhtml+xml" ||
		(mt == "text/plain" || mt == "application/octet-stream" || mt == "") && LooksLikeHTML(body)
	switch {
	case isHTML:
		d, err = fromHTML(final, body, ct, final)
		if err == nil {
			d.Text, err = checkText(final, []byte(d.Text))
		}
		if err == nil && d.Title == "" {
			d.Title = firstLine(d.Text, 120)
		}
	case mt == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		d, err = fromBytes(final, body, FormatDOCX, "")
	case strings.HasPrefix(mt, "text/"):
		if len(body) > MaxBytes {
			return Doc{}, fmt.Errorf("%w: the text is %s, the limit is %s", ErrTooLarge, sizeString(int64(len(body))), sizeString(MaxBytes))
		}
		if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") {
			r, cerr := charset.NewReaderLabel(cs, strings.NewReader(string(body)))
			if cerr != nil {
				return Doc{}, fmt.Errorf("%w: unknown charset %q", ErrNotText, cs)
			}
			if body, err = io.ReadAll(r); err != nil {
				return Doc{}, fmt.Errorf("%w: cannot convert the page from %s", ErrNotText, cs)
			}
		}
		format := FormatText
		if mt == "text/markdown" || mt == "text/x-markdown" {
			format = FormatMarkdown
		}
		d, err = fromBytes(final, body, format, ct)
	default:
		return Doc{}, fmt.Errorf("%w: the address returned %s", ErrNotText, mt)
	}
	if err != nil {
		return Doc{}, err
	}
	d.Name = address
	d.URL = final
	d.Method = MethodURL
	if d.Outlet == "" {
		d.Outlet = strings.TrimPrefix(resp.Request.URL.Hostname(), "www.")
	}
	return d, nil
}

// fetchError says why a request failed, in words.
func fetchError(ctx context.Context, u *url.URL, err error, timeout time.Duration) error {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		return ctx.Err()
	case errors.As(err, &dnsErr):
		return fmt.Errorf("%w: no such host %s", ErrUnreachable, u.Hostname())
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %s did not answer within %s", ErrUnreachable, u.Host, timeout)
	case errors.As(err, &opErr):
		return fmt.Errorf("%w: %s refused the connection or is offline", ErrUnreachable, u.Host)
	}
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return fmt.Errorf("%w: %s: %v", ErrUnreachable, u.Host, ue.Err)
	}
	return fmt.Errorf("%w: %s: %v", ErrUnreachable, u.Host, err)
}
