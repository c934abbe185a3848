package ingest

import "github.com/claimdiff/claimdiff/compare"

const maxTextBytes = compare.MaxTextBytes

// checkText is the engine's gate: UTF-8 (or UTF-16 with a byte order
// mark), not binary, not empty, not over the cap. Its errors are
// *compare.TextError.
func checkText(name string, b []byte) (string, error) { return compare.CheckText(name, b) }
