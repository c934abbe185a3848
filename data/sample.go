package data

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/assets"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// LoadSample loads the embedded sample claim (assets.Sample): two sources per
// account, the original Arabic and its English rendering, with the outlet,
// speaker and date. It is
// one transaction; loading it again adds nothing (the texts are recognised
// by their hash).
func (s *Store) LoadSample(ctx context.Context) (Claim, error) {
	sample, err := assets.Sample()
	if err != nil {
		return Claim{}, err
	}
	type prepared struct {
		doc ingest.Doc
		an  analysis
	}
	var docs []prepared
	for _, acc := range sample.Accounts {
		// The original Arabic, then the English rendering as a source of
		// its own, so the two can be compared like any other accounts.
		for _, v := range []struct{ name, title, text string }{
			{acc.Key + " (ar)", acc.Speaker, acc.TextAr()},
			{acc.Key + " (en)", acc.Speaker + " (English rendering)", acc.TextEn()},
		} {
			d, err := ingest.FromText("sample: "+v.name, v.text)
			if err != nil {
				return Claim{}, fmt.Errorf("load sample account %s: %w", v.name, err)
			}
			d.Title = v.title
			d.Outlet, d.Author, d.Published = acc.Outlet, acc.Speaker, partialDate(acc.Published)
			an, err := safeAnalyze(d.Text, sample.Title)
			if err != nil {
				return Claim{}, fmt.Errorf("load sample account %s: %w", v.name, err)
			}
			docs = append(docs, prepared{d, an})
		}
	}
	var c Claim
	err = s.write(ctx, func(t *tx) error {
		var err error
		c, err = claimByTitle(ctx, t, sample.Title)
		if err != nil {
			if c, err = createClaim(ctx, t, sample.Title); err != nil {
				return err
			}
		}
		for _, p := range docs {
			a := &p.an
			if _, _, _, err := importTx(ctx, t, c.ID, p.doc, textHash(p.doc.Text), ingest.MethodPaste, sample.Title, &a, nil); err != nil {
				return err
			}
		}
		c, err = claimByID(ctx, t, c.ID)
		return err
	})
	if err != nil {
		return Claim{}, fmt.Errorf("load sample claim: %w", domainErr(err))
	}
	return c, nil
}

// partialDate reads YYYY, YYYY-MM or YYYY-MM-DD; zero when it is none.
func partialDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
