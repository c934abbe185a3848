package cli

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/data"
)

// OpenArchive opens the archive that env names. A file that did not exist
// is created with the sample claim loaded, so a new user's first window, or
// first 'claimdiff claims', shows something to work on; openArchiveEmpty
// creates it empty, for 'claimdiff import', which fills it with the
// journalist's own claim (a demo claim there was one to delete, and took ID
// 1).
func OpenArchive(ctx context.Context, env *Env) (*data.Store, error) {
	return openStore(ctx, env, true)
}

// openArchiveEmpty is OpenArchive without the sample claim in a new file.
func openArchiveEmpty(ctx context.Context, env *Env) (*data.Store, error) {
	return openStore(ctx, env, false)
}

func openStore(ctx context.Context, env *Env, sample bool) (*data.Store, error) {
	path, err := dbPath(env)
	if err != nil {
		return nil, err
	}
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	st, err := data.Open(path)
	if err != nil {
		if HintOf(err) == "" {
			err = Hint(err, "Choose another archive file with --db PATH or the CLAIMDIFF_DB environment variable.")
		}
		return nil, err
	}
	if fresh && sample {
		if _, err := st.LoadSample(ctx); err != nil {
			st.Close()
			return nil, fmt.Errorf("a new archive was created at %s but the sample claim could not be loaded: %w", path, err)
		}
	}
	return st, nil
}
