package ingest

import (
	"net"
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// NormalizeAddress turns what a journalist types into a web address:
// "www.aljazeera.net/news/x" and "aljazeera.net/x" become https://…, an IP
// address or localhost with a port ("127.0.0.1:8765/p.html") becomes
// http://… (local test servers rarely speak TLS). An address that already
// has an http or https scheme is returned trimmed. ok is false for what is
// not a web address: a file path, words, an e-mail address, another scheme.
func NormalizeAddress(s string) (addr string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\r\n\\") {
		return "", false
	}
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", false
		}
		return s, true
	}
	if strings.Contains(s, "://") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, ".") || strings.HasPrefix(s, "~") {
		return "", false
	}
	hostPort := s
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		hostPort = s[:i]
	}
	if strings.Contains(hostPort, "@") {
		return "", false // an e-mail address or credentials
	}
	host, port := hostPort, ""
	if h, p, err := net.SplitHostPort(hostPort); err == nil {
		host, port = h, p
		if n, err := strconv.Atoi(p); err != nil || n <= 0 || n > 65535 {
			return "", false
		}
	} else if strings.Contains(hostPort, ":") {
		return "", false // "C:" drive letters and "note:" labels
	}
	scheme := "https://"
	switch {
	case strings.EqualFold(host, "localhost"):
		if port == "" {
			return "", false
		}
		scheme = "http://"
	case net.ParseIP(host) != nil:
		if port != "" || isPrivateIP(host) {
			scheme = "http://"
		}
	case isDomain(host):
		// A file name such as "report.html" or "notes.txt" also has a
		// dot; a top-level domain made of letters that is a common file
		// extension is taken as a file unless a path follows or it
		// starts with www.
		tld := strings.ToLower(host[strings.LastIndexByte(host, '.')+1:])
		if fileExts[tld] && !strings.HasPrefix(strings.ToLower(host), "www.") && len(hostPort) == len(s) {
			return "", false
		}
	default:
		return "", false
	}
	addr = scheme + s
	if u, err := url.Parse(addr); err != nil || u.Host == "" {
		return "", false
	}
	return addr, true
}

func isPrivateIP(h string) bool {
	ip := net.ParseIP(h)
	return ip != nil && (ip.IsLoopback() || ip.IsPrivate())
}

// isDomain: labels of letters, digits and hyphens (any script, for
// internationalised names), at least two labels, a top-level label of
// letters.
func isDomain(h string) bool {
	h = strings.TrimSuffix(h, ".")
	labels := strings.Split(h, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
		for _, r := range l {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len([]rune(tld)) < 2 {
		return false
	}
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// fileExts are extensions of files a journalist imports; "report.docx"
// is a file even though .docx could be read as a domain.
var fileExts = map[string]bool{
	"txt": true, "text": true, "md": true, "markdown": true, "html": true, "htm": true,
	"xhtml": true, "docx": true, "doc": true, "pdf": true, "rtf": true, "odt": true,
	"csv": true, "json": true, "xml": true, "png": true, "jpg": true, "jpeg": true, "gif": true,
	"zip": true, "db": true, "sqlite": true, "log": true, "mdown": true, "epub": true,
}
