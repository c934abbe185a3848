package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/data"
)

// openArchive opens the archive that env names. A file that did not exist
// is created with the sample claim loaded, so a new user's first window, or
// first 'claimdiff claims', shows something to work on.
func openArchive(ctx context.Context, env *Env) (*data.Store, error) {
	path, err := dbPath(env)
	if err != nil {
		return nil, err
	}
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	st, err := data.Open(path)
	if err != nil {
		if hintOf(err) == "" {
			err = hinted(err, "Choose another archive file with --db PATH or the CLAIMDIFF_DB environment variable.")
		}
		return nil, err
	}
	if fresh {
		if _, err := st.LoadSample(ctx); err != nil {
			st.Close()
			return nil, fmt.Errorf("a new archive was created at %s but the sample claim could not be loaded: %w", path, err)
		}
	}
	return st, nil
}
