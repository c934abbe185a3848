package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/data"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// importJob is one source to add: its name for the progress list and how
// to read it (a file, pasted text, a web page).
type importJob struct {
	name string
	load func(ctx context.Context) (ingest.Doc, error)
}

// importResult is what became of one job.
type importResult struct {
	src        data.Source
	duplicate  bool
	appearance bool // a duplicate from another outlet or address, recorded as such
	err        error
}

// importSummary is the line over the list once the imports have ended.
func importSummary(added, jobs int, cancelled bool) string {
	var s string
	switch {
	case added == jobs:
		s = "Added " + count(added, "source") + "."
	default:
		s = fmt.Sprintf("Added %d of %s.", added, count(jobs, "source"))
	}
	if cancelled {
		s = "Cancelled. " + s
	}
	return s
}

// message is the result as the progress list says it: a sentence.
func (r importResult) message() string {
	switch {
	case errors.Is(r.err, context.Canceled):
		return "Cancelled."
	case r.err != nil:
		var te *compare.TextError
		if errors.As(r.err, &te) { // the file's name is on the line above
			return sentence("it " + te.Reason())
		}
		return sentence(r.err.Error())
	case r.appearance && len(r.src.Appearances) > 0:
		a := r.src.Appearances[len(r.src.Appearances)-1]
		return fmt.Sprintf("Same text as “%s”; recorded that %s published it too.", isolate(sourceLabel(r.src)), isolate(cmp.Or(a.Outlet, a.URL)))
	case r.duplicate:
		return "Already in this claim."
	}
	return fmt.Sprintf("Added: %d statements.", r.src.Statements)
}

// sentence capitalises a lowercase error and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	// A sentence that opens with a file's path or a web address keeps it
	// as it is: "Ftp://…" would name another address.
	if first, _, _ := strings.Cut(s, " "); !strings.ContainsAny(first, "/\\") {
		r, n := utf8.DecodeRuneInString(s)
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// setStatus puts an import's message under its name.
func setStatus(v *textview.ParagraphView, msg string) {
	v.SetParagraph(textview.Paragraph{Text: msg, Dir: textview.LTR})
}

func fileJob(path string) importJob {
	return importJob{name: path, load: func(context.Context) (ingest.Doc, error) { return ingest.FromFile(path) }}
}

func urlJob(address string) importJob {
	return importJob{name: address, load: func(ctx context.Context) (ingest.Doc, error) {
		return ingest.FromURL(ctx, address, ingest.Options{})
	}}
}

func textJob(title, outlet, text string) importJob {
	name := title
	if name == "" {
		name = "pasted text"
	}
	return importJob{name: name, load: func(context.Context) (ingest.Doc, error) {
		d, err := ingest.FromText(name, text)
		if err != nil {
			return d, err
		}
		if title != "" {
			d.Title = title
		}
		d.Outlet = outlet
		return d, nil
	}}
}

// importAll imports the jobs into the claim in order, telling progress
// when each starts (done false) and ends. The archive reads and analyses a
// job while the one before is written; a job "starts" here when the one
// before has ended. A failed job does not stop the others; a cancelled
// context does, and is returned.
func (u *UI) importAll(ctx context.Context, claimID int64, jobs []importJob, progress func(i int, done bool, r importResult)) error {
	if len(jobs) == 0 || ctx.Err() != nil {
		return ctx.Err()
	}
	read := func(ctx context.Context, i int) (ingest.Doc, error) {
		doc, err := jobs[i].load(ctx)
		if err != nil {
			return doc, fmt.Errorf("%s: %w", jobs[i].name, err)
		}
		return doc, nil
	}
	progress(0, false, importResult{})
	_, err := u.store.ImportEach(ctx, claimID, len(jobs), read, func(i int, ir data.ImportResult) {
		r := importResult{src: ir.Source, duplicate: ir.Duplicate, appearance: ir.Appearance, err: ir.Err}
		if ctx.Err() != nil && r.err != nil {
			r.err = ctx.Err()
		}
		progress(i, true, r)
		if i+1 < len(jobs) {
			progress(i+1, false, importResult{})
		}
	})
	return err
}

// runImports imports the jobs into the selected claim off the UI
// goroutine, with a progress bar per job and a Cancel button, then reloads
// the claim.
func (u *UI) runImports(jobs []importJob) {
	if work := u.importDialog(jobs); work != nil {
		u.spawn(work)
	}
}

// importDialog shows the progress dialog of jobs and returns the work to
// run off the UI goroutine (nil when there is nothing to do): the imports,
// then the reload of the claim. Called on the UI goroutine.
func (u *UI) importDialog(jobs []importJob) (work func()) {
	claimID := u.claim.id
	if claimID == 0 {
		u.inform("Add source", "Select or create a claim first (File › New claim).")
		return nil
	}
	if len(jobs) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(u.ctx)
	bars := make([]*widget.ProgressBarInfinite, len(jobs))
	status := make([]*textview.ParagraphView, len(jobs))
	rows := container.NewVBox()
	for i, j := range jobs {
		// A pasted text's title may be Arabic: through the bidi layout.
		name := textview.NewParagraph(textview.Paragraph{Text: j.name, Dir: textview.LTR})
		name.MaxLines = 1
		bars[i] = widget.NewProgressBarInfinite()
		bars[i].Stop()
		bars[i].Hide()
		// A view of the bidi layout: a message may name an Arabic title.
		status[i] = textview.NewParagraph(textview.Paragraph{Text: "Waiting.", Dir: textview.LTR})
		status[i].MaxLines = 3
		rows.Add(container.NewVBox(name, bars[i], status[i]))
	}
	total := widget.NewProgressBar()
	total.Max = float64(len(jobs))
	summary := widget.NewLabel("Adding " + count(len(jobs), "source") + "…")
	content := container.NewBorder(summary, total, nil, nil, container.NewVScroll(rows))
	d := dialog.NewCustom("Add sources", "Cancel", content, u.win)
	d.SetOnClosed(cancel)
	// Room for each job's name and a two-line message.
	d.Resize(fyne.NewSize(560, min(200+float32(len(jobs))*140, 600)))
	// Escape cancels while the imports run; once they end, Enter closes
	// the report too.
	shown := u.showDialog(d, false)
	return func() {
		n, added := 0, 0
		err := u.importAll(ctx, claimID, jobs, func(i int, done bool, r importResult) {
			fyne.Do(func() {
				if !done {
					bars[i].Show()
					bars[i].Start()
					setStatus(status[i], "Reading and comparing…")
					return
				}
				bars[i].Stop()
				bars[i].Hide()
				setStatus(status[i], r.message())
				n++
				if r.err == nil && !r.duplicate {
					added++
				}
				total.SetValue(float64(n))
			})
		})
		fyne.Do(func() {
			if err != nil {
				for i := n; i < len(jobs); i++ {
					bars[i].Stop()
					bars[i].Hide()
					setStatus(status[i], "Cancelled.")
				}
			}
			summary.SetText(importSummary(added, len(jobs), err != nil))
			d.SetDismissText("Close")
			shown.enter = true
		})
		// Whatever was imported before a cancel stays: show it.
		if err := u.claims.update(u.ctx, claimID); err != nil {
			fyne.Do(func() { u.showError("reload the claim", err) })
		}
	}
}

// onAddFile asks for a document file and imports it.
func (u *UI) onAddFile() {
	if u.picking {
		return // Ctrl+O again while the dialog is open
	}
	u.picking = true
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		u.picking = false
		if err != nil {
			u.showError("add source", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.runImports([]importJob{fileJob(path)})
	}, u.win)
	open.SetFilter(storage.NewExtensionFileFilter(sourceExts))
	open.Show()
}

// sourceExts are the file types that can be imported.
var sourceExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".docx"}

// onAddFolder imports every file of a folder that can be imported: the
// file dialog takes one file at a time.
func (u *UI) onAddFolder() {
	if u.picking {
		return
	}
	u.picking = true
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		u.picking = false
		if err != nil {
			u.showError("add folder", err)
			return
		}
		if dir == nil {
			return
		}
		jobs := fileJobs([]string{dir.Path()})
		if !slices.ContainsFunc(jobs, func(j importJob) bool { return slices.Contains(sourceExts, strings.ToLower(filepath.Ext(j.name))) }) {
			u.inform("Add folder", "There is no text, Markdown, HTML or DOCX file in "+dir.Name()+".")
			return
		}
		u.runImports(jobs)
	}, u.win)
}

// onDropped imports the files dropped on the window, and the files of
// dropped folders.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	u.runImports(fileJobs(paths))
}

// errSkipped is the result of a file of a folder that is not a document.
var errSkipped = errors.New("skipped: not a text, Markdown, HTML or DOCX file")

// fileJobs are the imports of paths: a file as it is (its import says
// what is wrong with it), a folder as its files by name, without its
// subfolders and hidden files; those that are not documents are skipped
// with a word in the report.
func fileJobs(paths []string) []importJob {
	var jobs []importJob
	for _, p := range paths {
		entries, err := os.ReadDir(p)
		if err != nil { // not a folder
			jobs = append(jobs, fileJob(p))
			continue
		}
		for _, e := range entries { // ReadDir sorts by name
			if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			path := filepath.Join(p, e.Name())
			if slices.Contains(sourceExts, strings.ToLower(filepath.Ext(e.Name()))) {
				jobs = append(jobs, fileJob(path))
				continue
			}
			// Listed, so that the report says which files were left out.
			jobs = append(jobs, importJob{name: path, load: func(context.Context) (ingest.Doc, error) {
				return ingest.Doc{}, errSkipped
			}})
		}
	}
	return jobs
}

// onPaste asks for a text with its title and outlet and imports it.
func (u *UI) onPaste() {
	title, outlet := newEscEntry(false), newEscEntry(false)
	title.SetPlaceHolder("Headline")
	outlet.SetPlaceHolder("Reuters, الجزيرة…")
	text := newEscEntry(true)
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(10)
	text.SetPlaceHolder("Paste the article here.")
	// Fyne's field lays Arabic out left to right, with numbers in the wrong
	// places: the start of the text is shown again as it reads, so that what
	// was pasted can be checked.
	preview := textview.NewParagraph(textview.Paragraph{})
	preview.MaxLines = 3
	text.OnChanged = func(s string) { preview.SetParagraph(textview.Paragraph{Text: shorten(strings.TrimSpace(s), 400)}) }
	d := dialog.NewForm("Paste text", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Outlet", outlet),
		widget.NewFormItem("Text", text),
		widget.NewFormItem("Reads", preview),
	}, func(ok bool) {
		if !ok {
			return
		}
		if strings.TrimSpace(text.Text) == "" {
			u.inform("Paste text", "Nothing was added: the text is empty.")
			return
		}
		u.runImports([]importJob{textJob(strings.TrimSpace(title.Text), strings.TrimSpace(outlet.Text), text.Text)})
	}, u.win)
	d.Resize(fyne.NewSize(720, 520))
	u.showForm(d, title, outlet, text)
	u.win.Canvas().Focus(text) // Ctrl+V pastes the article at once
}

// onAddURL asks for a web address and imports the page.
func (u *UI) onAddURL() {
	entry := newEscEntry(false)
	entry.SetPlaceHolder("https://")
	d := dialog.NewForm("Add web address", "Add", "Cancel", []*widget.FormItem{widget.NewFormItem("Address", entry)}, func(ok bool) {
		addr := strings.TrimSpace(entry.Text)
		if !ok || addr == "" {
			return
		}
		// "www.example.org/story" is what the address bar shows; it
		// means https://www.example.org/story.
		if full, isAddr := ingest.NormalizeAddress(addr); isAddr {
			addr = full
		}
		u.runImports([]importJob{urlJob(addr)})
	}, u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, 160))
	u.showForm(d, entry)
	u.win.Canvas().Focus(entry)
}
