package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/data"
)

// claimsPane lists the claims, or the search hits while a query is typed.
type claimsPane struct {
	u        *UI
	search   *widget.Entry
	list     *widget.List
	claims   []data.Claim
	hits     []data.Hit
	selected int64 // claim id, 0 for none
	query    string
}

func newClaimsPane(u *UI) *claimsPane { return &claimsPane{u: u} }

func (p *claimsPane) build() fyne.CanvasObject {
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search the archive…")
	p.search.OnChanged = func(q string) {
		p.query = strings.TrimSpace(q)
		p.u.async("search", p.runSearch)
	}
	p.list = widget.NewList(p.length, p.create, p.updateItem)
	p.list.OnSelected = p.onSelected
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), p.onNew)
	add.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Claims", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), add)
	return container.NewBorder(container.NewVBox(header, p.search), nil, nil, nil, p.list)
}

func (p *claimsPane) searching() bool { return p.query != "" }

func (p *claimsPane) length() int {
	if p.searching() {
		return len(p.hits)
	}
	return len(p.claims)
}

func (p *claimsPane) create() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, detail)
}

func (p *claimsPane) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	title, detail := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
	if p.searching() {
		if i >= len(p.hits) {
			return
		}
		h := p.hits[i]
		title.SetText(h.ClaimTitle)
		detail.SetText(h.Snippet.Marked("«", "»"))
		return
	}
	if i >= len(p.claims) {
		return
	}
	c := p.claims[i]
	title.SetText(c.Title)
	detail.SetText(fmt.Sprintf("%d sources · %d statements · %d contradictions", c.Sources, c.Statements, c.Contradictions))
}

func (p *claimsPane) onSelected(i widget.ListItemID) {
	var id int64
	switch {
	case p.searching() && i < len(p.hits):
		id = p.hits[i].Statement.ClaimID
	case !p.searching() && i < len(p.claims):
		id = p.claims[i].ID
	default:
		return
	}
	p.selected = id
	p.u.async("open claim", func(ctx context.Context) error { return p.u.claim.update(ctx, id) })
}

// update reloads the claims and selects the claim with id keep, or the
// first claim when keep is 0 or gone. It returns once the claim pane is
// filled too.
func (p *claimsPane) update(ctx context.Context, keep int64) error {
	claims, err := p.u.store.Claims(ctx)
	if err != nil {
		return err
	}
	sel := -1
	for i, c := range claims {
		if c.ID == keep {
			sel = i
		}
	}
	if sel < 0 && len(claims) > 0 {
		sel = 0
	}
	var id int64
	if sel >= 0 {
		id = claims[sel].ID
	}
	fyne.DoAndWait(func() {
		p.claims = claims
		p.selected = id
		p.list.Refresh()
		if sel >= 0 && !p.searching() {
			p.list.OnSelected = nil // selecting here must not load twice
			p.list.Select(sel)
			p.list.OnSelected = p.onSelected
		}
	})
	return p.u.claim.update(ctx, id)
}

func (p *claimsPane) runSearch(ctx context.Context) error {
	q := p.query
	var hits []data.Hit
	if q != "" {
		var err error
		hits, err = p.u.store.Search(ctx, q, data.SearchFilter{Limit: 50})
		if err != nil {
			return err
		}
	}
	fyne.Do(func() {
		if q != p.query { // a newer query is on its way
			return
		}
		p.hits = hits
		p.list.UnselectAll()
		p.list.Refresh()
	})
	return nil
}

func (p *claimsPane) onNew() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("US forces will withdraw from Iraq")
	dialog.ShowForm("New claim", "Create", "Cancel", []*widget.FormItem{widget.NewFormItem("Claim", entry)}, func(ok bool) {
		title := strings.TrimSpace(entry.Text)
		if !ok || title == "" {
			return
		}
		p.u.async("create claim", func(ctx context.Context) error {
			c, err := p.u.store.CreateClaim(ctx, title)
			if err != nil {
				return err
			}
			return p.update(ctx, c.ID)
		})
	}, p.u.win)
}

func (p *claimsPane) current() (data.Claim, bool) {
	for _, c := range p.claims {
		if c.ID == p.selected {
			return c, true
		}
	}
	return data.Claim{}, false
}

func (p *claimsPane) onRename() {
	c, ok := p.current()
	if !ok {
		return
	}
	entry := widget.NewEntry()
	entry.SetText(c.Title)
	dialog.ShowForm("Rename claim", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Claim", entry)}, func(ok bool) {
		title := strings.TrimSpace(entry.Text)
		if !ok || title == "" || title == c.Title {
			return
		}
		p.u.async("rename claim", func(ctx context.Context) error {
			if err := p.u.store.RenameClaim(ctx, c.ID, title); err != nil {
				return err
			}
			return p.update(ctx, c.ID)
		})
	}, p.u.win)
}

func (p *claimsPane) onDelete() {
	c, ok := p.current()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete “%s” with its %d sources, statements, verdicts and notes? This cannot be undone.", c.Title, c.Sources)
	dialog.ShowConfirm("Delete claim", msg, func(ok bool) {
		if !ok {
			return
		}
		p.u.async("delete claim", func(ctx context.Context) error {
			if err := p.u.store.DeleteClaim(ctx, c.ID); err != nil {
				return err
			}
			return p.update(ctx, 0)
		})
	}, p.u.win)
}
