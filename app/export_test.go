package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
)

func TestExportWritesTheClaimReport(t *testing.T) {
	u, _ := newTestUI(t)
	c, ok := u.claims.current()
	if !ok {
		t.Fatal("no claim selected")
	}
	path := filepath.Join(t.TempDir(), "report.html")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := u.writeReport(context.Background(), c.ID, "html", w); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	for _, want := range []string{"<!DOCTYPE html>", c.Title, "Content-Security-Policy", "محض كذب"} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}
